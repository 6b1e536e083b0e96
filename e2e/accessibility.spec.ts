// Every view and the main dialogs checked by axe-core (WCAG 2.1 A and AA rules and best practices).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { QueuePage } from './pages/queue-page';
import { expect, test } from './support/fixtures';

/** The violations axe finds on the page as it is now, in a form a failing test can print. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('the opening dialogs have no accessibility violations', async ({ page, demoConsole }) => {
  await page.goto(demoConsole.url);
  await expect(page.getByRole('dialog', { name: 'Who is working?' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the queue with an item and its sender history open has no accessibility violations', async ({ page, queue }) => {
  await queue.rows.nth(2).click();
  await expect(queue.detail.getByRole('region', { name: /^Sender history/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the reply composer has no accessibility violations', async ({ page, queue }) => {
  await queue.rows.nth(2).click();
  await queue.focusQueue();
  await page.keyboard.press('r');
  await expect(page.getByRole('dialog', { name: /^Reply to / })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("a row's removal menu has no accessibility violations", async ({ page, queue }) => {
  await queue.rows
    .nth(1)
    .getByRole('button', { name: /^Remove the / })
    .click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

const settingsSections = ['Council', 'People', 'Policy import', 'Address book', 'Channels', 'Backup'];
for (const view of ['Requests', 'Records', 'Reports', 'Replies', 'Rules', 'Problems', 'Policy', ...settingsSections]) {
  test(`the ${view} view has no accessibility violations`, async ({ page, queue }) => {
    const inSettings = settingsSections.includes(view);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: new RegExp(`^${inSettings ? 'Settings' : view}`) })
      .click();
    if (inSettings)
      await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: view, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(queue.table).toBeHidden();
    expect(await violations(page)).toEqual([]);
  });
}

test('an FOI request logged from the queue, and the register with it open, have no accessibility violations', async ({
  page,
  queue,
}) => {
  test.slow();
  await queue.search.fill('last tendered');
  await expect(queue.rows).toHaveCount(1);
  await queue.rows.first().click();
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await panel.getByRole('button', { name: 'Log as FOI request' }).click();
  await expect(panel).toContainText('FOI-2026-001');
  expect(await violations(page)).toEqual([]);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Requests/ })
    .click();
  await page.getByRole('button', { name: 'FOI-2026-001' }).click();
  await expect(page.getByRole('form', { name: 'Next step for FOI-2026-001' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('combobox', { name: 'Next step' }).selectOption('refused');
  await expect(page.getByRole('combobox', { name: 'Section of the Act' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("Browse…'s folder and backup choosers have no accessibility violations", async ({ page, homeConsole }) => {
  await new QueuePage(page).open(homeConsole.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Backup' }).click();
  // The chooser starts from the field: wait for the default folder to be in it.
  await expect(page.getByRole('textbox', { name: 'Backup folder' })).toHaveValue(/ backups$/);
  await page.getByRole('button', { name: 'Browse for a backup folder' }).click();
  const folders = page.getByRole('dialog', { name: 'Choose a backup folder' });
  // Started outside the home folder (the default is beside the data folder), so the note shows too.
  await expect(folders.getByRole('status')).toBeVisible();
  await folders.getByRole('button', { name: 'Documents' }).click();
  await expect(folders.getByRole('button', { name: 'Council backups' })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await folders.getByRole('button', { name: 'Council backups' }).click();
  await folders.getByRole('button', { name: 'Choose this folder' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Backed up to' })).toBeVisible();

  await page.getByRole('button', { name: 'Browse for a backup file' }).click();
  const backups = page.getByRole('dialog', { name: 'Choose a backup to restore' });
  await backups.getByRole('button', { name: /^console-backup-/ }).click();
  await expect(backups.getByRole('button', { name: /^console-backup-/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await violations(page)).toEqual([]);
});
