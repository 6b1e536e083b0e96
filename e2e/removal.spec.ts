// Issue 4 through the UI: one-click removal with the policy's reasons, notice, undo, reason 8, bulk, restore.
import { expect, test } from './support/fixtures';

test.describe('removal', () => {
  test('removes by click with a policy reason, at once, and files it under Removed', async ({ queue, page }) => {
    const row = queue.selectedRow();
    const author = await row.getByRole('cell').nth(2).innerText();
    const before = await queue.total();
    await expect(queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' })).toBeVisible();
    await queue.detail.getByRole('button', { name: 'Remove: Personal attack or threat' }).click();
    await expect(page.getByRole('status')).toContainText('Removed: Personal attack or threat');
    await expect.poll(() => queue.total()).toBe(before - 1);
    await queue.status.selectOption({ label: 'Removed' });
    const removedRow = queue.rows.filter({ hasText: author.split('\n')[0] ?? '' }).first();
    await expect(removedRow).toContainText('Personal attack or threat · Clerk');
    await removedRow.click();
    await expect(queue.detail).toContainText('Removed: Personal attack or threat');
    await expect(queue.detail).toContainText('Clerk');
  });

  test("removes from a row's own actions without opening it", async ({ queue, page }) => {
    const before = await queue.total();
    const third = queue.rows.nth(2);
    const heading = (await third.getByRole('cell').nth(2).innerText()).split('\n')[0] ?? '';
    await third.getByRole('button', { name: /^Remove the .+…$/ }).click();
    const menu = page.getByRole('menu', { name: 'Remove with a policy reason' });
    await expect(menu.getByRole('menuitem')).toHaveCount(8);
    await menu.getByRole('menuitem', { name: 'Remove: Commercial or spam' }).click();
    await expect(menu).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Removed: Commercial or spam');
    await expect.poll(() => queue.total()).toBe(before - 1);
    await queue.status.selectOption({ label: 'Removed' });
    await expect(queue.rows.filter({ hasText: heading }).first()).toContainText('Commercial or spam · Clerk');
    await queue.status.selectOption({ label: 'New' });
    await queue.showChannel('sms');
    await queue.rows
      .first()
      .getByRole('button', { name: /^Remove the .+…$/ })
      .click();
    await expect(menu).toContainText('SMS does not let the council remove a text message');
  });

  test('removes by key 1-8 on the selected item, and undoes with z', async ({ queue, page }) => {
    const before = await queue.total();
    await queue.focusQueue();
    await queue.pressKey('7');
    await expect(page.getByRole('status')).toContainText('Removed: Commercial or spam');
    await expect.poll(() => queue.total()).toBe(before - 1);
    await queue.pressKey('z');
    await expect(page.getByRole('status')).toContainText('Undone: removed');
    await expect.poll(() => queue.total()).toBe(before);
  });

  test('offers Undo for ten seconds after a removal', async ({ queue, page }) => {
    await queue.detail.getByRole('button', { name: 'Remove: Off-topic or links' }).click();
    const undo = page.getByRole('button', { name: /^Undo: removed / });
    await expect(undo).toBeVisible();
    await undo.click();
    await expect(page.getByRole('status')).toContainText('Undone: removed');
    await queue.detail.getByRole('button', { name: 'Remove: Off-topic or links' }).click();
    await expect(undo).toBeVisible();
    await expect(undo).toBeHidden({ timeout: 12_000 });
  });

  test('shows the channel action delivered when the channel confirms, live from the backend', async ({ queue }) => {
    await queue.status.selectOption({ label: 'All' });
    await queue.showChannel('facebook');
    await queue.rows.filter({ hasText: 'New' }).first().click();
    await queue.detail.getByRole('button', { name: 'Remove: Off-topic or links' }).click();
    const actions = queue.detail.getByRole('list', { name: 'Channel actions' });
    // The outbox worker delivers within a second or so; the page hears of it over server-sent events.
    await expect(actions).toContainText(/Hidden on Facebook at \d{2}:\d{2}/, { timeout: 10_000 });
  });

  test('says before the click what removal does on a channel that cannot remove', async ({ queue }) => {
    await queue.showChannel('sms');
    await queue.rows.first().click();
    await expect(queue.detail).toContainText('SMS does not let the council remove a text message');
    await queue.showChannel('facebook');
    await queue.rows.first().click();
    await expect(queue.detail).toContainText('Removing hides the');
  });

  test('posts the removal notice by default where the channel allows, and the checkbox overrides it', async ({
    queue,
  }) => {
    await queue.showChannel('facebook');
    await queue.rows.first().click();
    const notice = queue.detail.getByRole('checkbox', { name: /Post the removal notice/ });
    await expect(notice).toBeChecked();
    await notice.uncheck();
    const first = await queue.openedHeading();
    await queue.detail.getByRole('button', { name: 'Remove: Personal attack or threat' }).click();
    await expect.poll(() => queue.openedHeading()).not.toBe(first);
    const second = await queue.openedHeading();
    await queue.detail.getByRole('button', { name: 'Remove: Personal attack or threat' }).click();
    await queue.openRemoved(first);
    await expect(queue.detail.getByRole('region', { name: 'Record' })).not.toContainText('removal notice posted');
    await queue.openRemoved(second);
    await expect(queue.detail.getByRole('region', { name: 'Record' })).toContainText('removal notice posted');
  });

  test('reason 8 offers the complaint reply, which can be edited and sent, or skipped', async ({ queue, page }) => {
    await queue.showChannel('facebook');
    await queue.rows.first().click();
    const first = await queue.openedHeading();
    await queue.detail.getByRole('button', { name: 'Remove: Alleged breach' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask for a formal complaint' });
    await expect(dialog).toBeVisible();
    const reply = dialog.getByRole('textbox', { name: 'Reply' });
    await expect(reply).toHaveValue(/formal complaint/);
    await expect(reply).toHaveValue(/Police/);
    await reply.fill('Please make a formal complaint to the Clerk at the Parish Hall, or report this to the Police.');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => queue.openedHeading()).not.toBe(first);
    const second = await queue.openedHeading();
    await queue.focusQueue();
    await queue.pressKey('8');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Skip' }).click();
    await expect(dialog).toBeHidden();
    await queue.openRemoved(first);
    await expect(queue.detail).toContainText('Asked to make a formal complaint or report to the Police (text edited)');
    await queue.openRemoved(second);
    await expect(queue.detail).toContainText('Formal complaint reply skipped');
  });

  test('removes several selected items with one reason in one action', async ({ queue, page }) => {
    const before = await queue.total();
    await queue.rows.nth(0).getByRole('checkbox').check();
    await queue.rows
      .nth(2)
      .getByRole('checkbox')
      .click({ modifiers: ['Shift'] });
    await queue.rows.nth(3).click();
    await queue.focusQueue();
    await queue.pressKey('x');
    const bar = page.getByRole('region', { name: 'Selected items' });
    await expect(bar).toContainText('4 selected');
    await bar.getByRole('combobox', { name: 'Reason for selected' }).selectOption({ label: 'Commercial or spam' });
    await bar.getByRole('button', { name: 'Remove selected' }).click();
    await expect(page.getByRole('status')).toContainText('Removed 4 items: Commercial or spam');
    await expect.poll(() => queue.total()).toBe(before - 4);
  });

  test('restores a removed email later', async ({ queue, page }) => {
    await queue.showChannel('email');
    await queue.rows.first().click();
    const subject = await queue.detail.getByRole('heading', { level: 2 }).innerText();
    await queue.detail.getByRole('button', { name: 'Remove: Off-topic or links' }).click();
    await queue.status.selectOption({ label: 'Removed' });
    await queue.rows.first().click();
    await expect(queue.detail.getByRole('heading', { level: 2 })).toHaveText(subject);
    await queue.detail.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('status')).toContainText('Restored');
    await queue.status.selectOption({ label: 'New' });
    await expect(queue.rows.first()).toBeVisible();
  });

  test('shows the policy, asks for its dates, and warns once the review date has passed', async ({ queue, page }) => {
    await expect(page.getByRole('alert').filter({ hasText: 'policy' })).toContainText('version');
    await page.getByRole('button', { name: 'Policy', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Social Media and Electronic Communication Policy', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Removal reasons' })).toContainText('Commercial promotions or spam');
    const form = page.getByRole('form', { name: 'Policy settings' });
    await form.getByLabel('Policy version').fill('2.1');
    await form.getByRole('textbox', { name: 'Date agreed' }).fill('01/05/2024');
    await form.getByRole('textbox', { name: 'Review due' }).fill('1 May 2025');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'review' })).toContainText(
      'was due for review on 1 May 2025',
    );
    await page.getByRole('button', { name: 'Queue', exact: true }).click();
    await queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' }).click();
    await queue.status.selectOption({ label: 'Removed' });
    await queue.rows.first().click();
    await expect(queue.detail).toContainText('(policy 2.1)');
  });

  test('shows the suggested reason on an item and highlights its button', async ({ queue }) => {
    await queue.search.fill('fucking');
    await queue.rows.first().click();
    await expect(queue.detail).toContainText('Suggested: Obscene or racist');
    await expect(queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' })).toHaveAttribute(
      'data-suggested',
      'true',
    );
  });
});
