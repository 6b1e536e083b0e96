// Issue 8 through the UI: who is working, the handover summary and note, and forwarding with redaction.
import { OperatorMenu } from './pages/operator-menu';
import { expect, test } from './support/fixtures';

test('switching to the deputy shows what the clerk did; the deputy leaves a note the clerk sees on return', async ({
  queue,
  page,
}) => {
  const bar = new OperatorMenu(page);
  await bar.expectWorking('Clerk (Clerk)');
  await queue.focusQueue();
  await queue.pressKey('7');
  await expect(page.getByRole('status')).toContainText('Removed: Commercial or spam');

  await bar.choose('Switch to Deputy Clerk');
  const summary = page.getByRole('dialog', { name: 'Since you were last here, Deputy Clerk' });
  await expect(summary.getByRole('region', { name: 'Handled by others' }).getByRole('paragraph')).toHaveText(
    '1 removal',
  );
  await expect(summary.getByRole('region', { name: 'Handled by others' })).toContainText(
    'Clerk · Removed: Commercial or spam',
  );
  await expect(summary.getByRole('region', { name: 'Still to do' })).toContainText('waiting in the queue');
  await summary.getByRole('button', { name: 'Start work' }).click();
  await bar.expectWorking('Deputy Clerk (Deputy Clerk)');

  await bar.choose('Note for Clerk…');
  const note = page.getByRole('dialog', { name: 'Handover note for Clerk' });
  await note
    .getByRole('textbox', { name: 'What Clerk should know' })
    .fill('Gary Pritchard rang twice about the bins; I said you would call back.');
  await note.getByRole('button', { name: 'Leave note' }).click();
  // Keys are ignored while a dialog is open, so the queue is used once the note has been left.
  await expect(page.getByRole('status')).toContainText('Note left for Clerk.');
  await expect(note).toBeHidden();
  await queue.focusQueue();
  await queue.pressKey('i');
  await expect(page.getByRole('status')).toContainText('Marked as needing no action');

  // The clerk opens the console again (a new window) and chooses themselves.
  await page.reload();
  await page
    .getByRole('dialog', { name: 'Who is working?' })
    .getByRole('button', { name: /^Clerk \(/ })
    .click();
  const back = page.getByRole('dialog', { name: 'Since you were last here, Clerk' });
  await expect(back.getByRole('region', { name: 'Handover notes' })).toContainText('Deputy Clerk');
  await expect(back.getByRole('region', { name: 'Handover notes' })).toContainText(
    'Gary Pritchard rang twice about the bins',
  );
  await expect(back.getByRole('region', { name: 'Handled by others' })).toContainText('1 item needing no action');
  await back.getByRole('button', { name: 'Start work' }).click();
  await queue.status.selectOption({ label: 'Removed' });
  await queue.rows.first().click();
  await expect(queue.detail.getByRole('region', { name: 'Record' })).toContainText(
    'Clerk · Removed: Commercial or spam',
  );
});

test("forwards an email to a councillor with the sender's personal data redacted", async ({ queue, page }) => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
  const book = page.getByRole('form', { name: 'Address book' });
  await book.getByRole('button', { name: 'Add contact' }).click();
  await book.getByRole('textbox', { name: 'Name 1' }).fill('Cllr Paul Fenwick');
  await book.getByRole('textbox', { name: 'Email 1' }).fill('paul.fenwick@ashcombe-pc.example.org');
  await book.getByRole('button', { name: 'Save address book' }).click();
  await expect(book).toContainText('Saved.');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();

  await queue.search.fill('still out tonight, is there');
  await expect(queue.rows).toHaveCount(1);
  await queue.rows.first().click();
  await queue.detail.getByRole('button', { name: 'Forward…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forward to a councillor or agency' });
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Personal data redacted');
  await expect(preview.locator('pre')).toContainText('Dear Cllr Paul Fenwick');
  await expect(preview.locator('pre')).not.toContainText('Ruth');
  await expect(preview.locator('pre')).toContainText('[name removed]');
  // Without the consent form the unredacted copy is refused.
  await dialog.getByRole('checkbox', { name: /Include the sender's personal data/ }).check();
  await expect(preview).toContainText('data consent form has not been received');
  await expect(dialog.getByRole('button', { name: 'Forward', exact: true })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Include the sender's personal data/ }).uncheck();
  await dialog.getByRole('button', { name: 'Forward', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Forwarding by email…');
  await expect(queue.detail.getByRole('region', { name: 'Record' })).toContainText(
    'Forwarded to Cllr Paul Fenwick (paul.fenwick@ashcombe-pc.example.org), personal data redacted',
  );
});
