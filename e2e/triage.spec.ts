// Issue 13 through the UI: dialogs that keep the keys, undo that undoes what it says, rows that stay true.
import { OperatorMenu } from './pages/operator-menu';
import { itemStatuses, recordSize } from './support/console-api';
import { expect, test } from './support/fixtures';

test('the handover note takes the focus and the keys typed into it, and reads dark on white', async ({
  page,
  queue,
  demoConsole,
}) => {
  const before = await itemStatuses(demoConsole);
  const recorded = await recordSize(demoConsole);
  await new OperatorMenu(page).choose('Note for Deputy Clerk…');
  const dialog = page.getByRole('dialog', { name: 'Handover note for Deputy Clerk' });
  await expect(dialog.getByRole('textbox', { name: 'What Deputy Clerk should know' })).toBeFocused();
  const heading = dialog.getByRole('heading', { name: 'Handover note for Deputy Clerk' });
  expect(await heading.evaluate((node) => getComputedStyle(node).color)).not.toBe('rgb(255, 255, 255)');
  await page.keyboard.type('6 Gary rang ix z');
  await expect(dialog.getByRole('textbox')).toHaveValue('6 Gary rang ix z');
  await expect(page.getByRole('dialog', { name: /^Reply to / })).toHaveCount(0);
  expect(await itemStatuses(demoConsole)).toEqual(before);
  expect(await recordSize(demoConsole)).toEqual(recorded);
  await expect(queue.table).toBeVisible();
});

test('z undoes the most recent action: "No action needed" after a removal is undone first', async ({
  page,
  queue,
  demoConsole,
}) => {
  const start = await itemStatuses(demoConsole);
  await queue.focusQueue();
  await queue.pressKey('6');
  await expect(page.getByRole('status')).toContainText('Removed: Off-topic or links');
  await queue.pressKey('i');
  await expect(page.getByRole('status')).toContainText('Marked as needing no action');
  const acted = await itemStatuses(demoConsole);
  const removed = Object.keys(acted).filter((id) => acted[Number(id)] === 'removed' && start[Number(id)] !== 'removed');
  const handled = Object.keys(acted).filter((id) => acted[Number(id)] === 'handled' && start[Number(id)] !== 'handled');
  expect(removed).toHaveLength(1);
  expect(handled).toHaveLength(1);
  await queue.pressKey('z');
  await expect.poll(async () => (await itemStatuses(demoConsole))[Number(handled[0])]).toBe('new');
  expect((await itemStatuses(demoConsole))[Number(removed[0])]).toBe('removed');
});

test('every row of a sender shows their strikes as soon as one of their items is removed', async ({ queue }) => {
  await queue.search.fill('Gary Pritchard');
  await expect(queue.rows.filter({ hasNotText: 'Gary Pritchard' })).toHaveCount(0);
  const garyOnFacebook = queue.rowsOn('facebook');
  await expect.poll(() => garyOnFacebook.count()).toBeGreaterThanOrEqual(3);
  await garyOnFacebook.first().click();
  await queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' }).click();
  await expect(queue.page.getByRole('status')).toContainText('Removed: Obscene or racist');
  const remaining = await garyOnFacebook.count();
  expect(remaining).toBeGreaterThanOrEqual(2);
  for (let row = 0; row < remaining; row++) await expect(garyOnFacebook.nth(row)).toContainText('1 strike');
});
