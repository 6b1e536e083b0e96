// No single-key shortcut acts while a dialog or menu is open or a field has the focus: every dialog and
// every field of the queue gets every shortcut typed into it, and the record proves nothing changed.
// Every dialog and menu is also checked by axe-core.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { OperatorMenu } from './pages/operator-menu';
import { chooseOperator, QueuePage } from './pages/queue-page';
import { itemStatuses, recordSize } from './support/console-api';
import type { RunningConsole } from './support/console-process';
import { expect, test } from './support/fixtures';

const shortcuts = [
  'j',
  'k',
  'ArrowDown',
  'ArrowUp',
  'i',
  'x',
  'z',
  'r',
  'p',
  '/',
  '?',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
];

async function pressEach(page: Page, keys: readonly string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** What would show that a key acted: any item's status, the size of the record, another dialog. */
async function stateOf(running: RunningConsole) {
  return { statuses: await itemStatuses(running), recorded: await recordSize(running) };
}

async function axeViolations(page: Page, scope: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(scope)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * The dialog has the focus, passes axe, and ignores every shortcut typed at it and into each of its
 * fields (Enter too, in fields: it adds a line or picks a reply, never acts on the queue); then Escape
 * closes it, unless it must be answered. `escapeRecords`: closing is itself a decision on the record
 * (skipping the formal complaint reply), which is then the only entry added.
 */
async function checkDialog(
  page: Page,
  running: RunningConsole,
  dialog: Locator,
  options: { escapeCloses?: boolean; escapeRecords?: string } = {},
): Promise<void> {
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((node) => node.tagName)).toBe('DIALOG');
  expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
  const before = await stateOf(running);
  await pressEach(page, shortcuts);
  const fields = dialog.locator('textarea, input[type="search"], input[type="text"], input:not([type]), select');
  for (let index = 0; index < (await fields.count()); index++) {
    await fields.nth(index).focus();
    await pressEach(page, [...shortcuts, 'Enter']);
  }
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  expect(await stateOf(running)).toEqual(before);
  await page.keyboard.press('Escape');
  if (options.escapeCloses === false) await expect(dialog).toBeVisible();
  else await expect(dialog).toBeHidden();
  if (!options.escapeRecords) {
    expect(await stateOf(running)).toEqual(before);
    return;
  }
  const after = await stateOf(running);
  expect(after.statuses).toEqual(before.statuses);
  expect(after.recorded.entries).toBe(before.recorded.entries + 1);
  expect(after.recorded.latest.at(-1)).toContain(options.escapeRecords);
}

async function openFirstReplyable(queue: QueuePage): Promise<void> {
  await queue.rows.first().click();
  await expect(queue.detail.getByRole('button', { name: /^Reply/ })).toBeEnabled();
}

test('the keyboard shortcuts (?) list every key, in a dialog that ignores them', async ({
  page,
  queue,
  demoConsole,
}) => {
  await queue.focusQueue();
  await queue.pressKey('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const key of ['j', 'k', 'Enter', '/', 'i', 'z', 'x', 'r', 'p', '?', 'Esc'])
    await expect(
      dialog
        .getByRole('cell')
        .locator('kbd', { hasText: new RegExp(`^${key.replace('?', '\\?')}$`) })
        .first(),
    ).toBeVisible();
  await checkDialog(page, demoConsole, dialog);
});

test('the handover note, the reply composer and the forward dialog ignore every shortcut', async ({
  page,
  queue,
  demoConsole,
}) => {
  await new OperatorMenu(page).choose('Note for Deputy Clerk…');
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: 'Handover note for Deputy Clerk' }));

  await openFirstReplyable(queue);
  await queue.focusQueue();
  await queue.pressKey('r');
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: /^Reply to / }));

  await queue.detail.getByRole('button', { name: 'Forward…' }).click();
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: 'Forward to a councillor or agency' }));
});

test('Escape closes the reply composer from anywhere inside it', async ({ page, queue }) => {
  await openFirstReplyable(queue);
  await queue.detail.getByRole('button', { name: /^Reply/ }).click();
  const composer = page.getByRole('dialog', { name: /^Reply to / });
  for (const place of [
    composer.getByRole('searchbox'),
    composer.getByRole('textbox', { name: 'Reply text' }),
    composer.getByRole('radio').first(),
    composer.getByRole('button', { name: 'Cancel' }),
  ]) {
    await place.focus();
    await page.keyboard.press('Escape');
    await expect(composer).toBeHidden();
    await queue.detail.getByRole('button', { name: /^Reply/ }).click();
  }
});

test('the block, unblock and formal complaint dialogs ignore every shortcut', async ({ page, queue, demoConsole }) => {
  await openFirstReplyable(queue);
  const panel = page.getByRole('region', { name: /^Sender history/ });
  await panel.getByRole('button', { name: 'Block sender' }).click();
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: /^Block / }));

  await panel.getByRole('button', { name: 'Block sender' }).click();
  await page
    .getByRole('dialog', { name: /^Block / })
    .getByRole('button', { name: /^Block on / })
    .click();
  await panel.getByRole('button', { name: 'Unblock…' }).click();
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: /^Unblock / }));

  await queue.focusQueue();
  await queue.pressKey('8');
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: 'Ask for a formal complaint' }), {
    escapeRecords: 'Formal complaint reply skipped',
  });
});

test('"Since you were last here" and "Who is working?" ignore every shortcut; the second cannot be dismissed', async ({
  page,
  queue,
  demoConsole,
}) => {
  await expect(queue.table).toBeVisible();
  // Something for the deputy to hear of: the first look counts only the last seven days, and the demo is older.
  await queue.focusQueue();
  await queue.pressKey('i');
  await expect(page.getByRole('status')).toContainText('Marked as needing no action.');
  await new OperatorMenu(page).choose('Switch to Deputy Clerk');
  await checkDialog(page, demoConsole, page.getByRole('dialog', { name: /^Since you were last here/ }));
  await page.reload();
  const who = page.getByRole('dialog', { name: 'Who is working?' });
  await checkDialog(page, demoConsole, who, { escapeCloses: false });
  await chooseOperator(page);
});

test("Browse…'s folder and backup choosers ignore every shortcut", async ({ page, homeConsole }) => {
  await new QueuePage(page).open(homeConsole.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Backup' }).click();
  await page.getByRole('button', { name: 'Browse for a backup folder' }).click();
  const folders = page.getByRole('dialog', { name: 'Choose a backup folder' });
  await expect(folders.getByRole('button', { name: 'Documents' })).toBeFocused();
  await checkDialog(page, homeConsole, folders);
  await page.getByRole('button', { name: 'Browse for a backup file' }).click();
  await checkDialog(page, homeConsole, page.getByRole('dialog', { name: 'Choose a backup to restore' }));
});

test('no shortcut acts while a menu is open', async ({ page, queue, demoConsole }) => {
  const before = await stateOf(demoConsole);
  await queue.rows
    .nth(1)
    .getByRole('button', { name: /^Remove the / })
    .click();
  const rowMenu = page.getByRole('menu', { name: 'Remove with a policy reason' });
  await pressEach(page, shortcuts);
  expect(await stateOf(demoConsole)).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(rowMenu).toBeHidden();

  await new OperatorMenu(page).button().click();
  expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
  await pressEach(page, shortcuts);
  expect(await stateOf(demoConsole)).toEqual(before);
  await page.keyboard.press('Escape');

  await queue.focusQueue();
  await queue.pressKey('i');
  await expect(page.getByRole('status')).toContainText('Marked as needing no action');
  const acted = await stateOf(demoConsole);
  await page.getByRole('button', { name: /^Recent actions/ }).click();
  const recent = page.getByRole('menu', { name: 'Recent actions' });
  await expect(recent.getByRole('menuitem')).toHaveCount(1);
  expect(await axeViolations(page, '[role="menu"]')).toEqual([]);
  await pressEach(page, shortcuts);
  expect(await stateOf(demoConsole)).toEqual(acted);
  await page.keyboard.press('Escape');
  await expect(recent).toBeHidden();
});

test('no shortcut acts while a field of the queue or of the detail pane has the focus', async ({
  page,
  queue,
  demoConsole,
}) => {
  await queue.rows.first().getByRole('checkbox').check();
  await expect(page.getByRole('region', { name: 'Selected items' })).toBeVisible();
  await expect(queue.detail.getByRole('region', { name: /^Sender history/ })).toBeVisible();
  const before = await stateOf(demoConsole);
  const history = queue.detail.getByRole('region', { name: /^Sender history/ });
  // The search last: what is typed there filters the list, and the detail pane's fields go with it.
  const fields: [string, Locator][] = [
    ['find a sender to link', history.getByRole('searchbox', { name: 'Find a sender to link' })],
    ['note on the sender', history.getByRole('textbox', { name: 'Note for the clerk and deputy' })],
    ['reason for the selected', page.getByRole('combobox', { name: 'Reason for selected' })],
    ['status', queue.status],
    ['channel', queue.channel],
    ['order', page.getByRole('combobox', { name: 'Order' })],
    ['search', queue.search],
  ];
  for (const [name, field] of fields) {
    await field.focus();
    // A select answers letters and arrows by choosing another option, which is the point of a select.
    const isSelect = (await field.evaluate((node) => node.tagName)) === 'SELECT';
    await pressEach(page, isSelect ? shortcuts.filter((key) => !/^[a-z]$|^Arrow/.test(key)) : [...shortcuts, 'Enter']);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await stateOf(demoConsole), `after typing into ${name}`).toEqual(before);
  }
  // Every key went into the box (the arrows moved the caret back to the start).
  await expect(queue.search).toHaveValue('ixzrp/?12345678jk');
});

const settingsSections = ['Council', 'People', 'Policy import', 'Address book', 'Channels', 'Backup'];
for (const view of ['Requests', 'Records', 'Reports', 'Replies', 'Rules', 'Policy', ...settingsSections]) {
  test(`no shortcut acts, and ? and Escape do nothing, while a field of the ${view} view has the focus`, async ({
    page,
    queue,
    demoConsole,
  }) => {
    // Some views have many fields (Reports: a date range per chart), each given every key.
    test.setTimeout(120_000);
    const topView = settingsSections.includes(view) ? 'Settings' : view;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: topView }).click();
    if (topView === 'Settings')
      await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: view, exact: true }).click();
    await expect(queue.table).toBeHidden();
    const before = await stateOf(demoConsole);
    const fields = page
      .locator('main')
      .locator(
        'input:not([type="checkbox"]):not([type="radio"]):not([type="file"]):not([type="hidden"]), textarea, select',
      );
    const count = await fields.count();
    for (let index = 0; index < count; index++) {
      const field = fields.nth(index);
      if (!(await field.isVisible()) || (await field.isDisabled())) continue;
      await field.focus();
      const isSelect = (await field.evaluate((node) => node.tagName)) === 'SELECT';
      // Escape too: in a field it must not take the clerk back to the queue.
      await pressEach(page, [
        ...(isSelect ? shortcuts.filter((key) => !/^[a-z]$|^Arrow/.test(key)) : shortcuts),
        'Escape',
      ]);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(
        page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: topView }),
      ).toHaveAttribute('aria-current', 'page');
    }
    expect(await stateOf(demoConsole)).toEqual(before);
  });
}
