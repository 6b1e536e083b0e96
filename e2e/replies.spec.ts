// Issue 6 through the UI: canned replies in each channel's form, the exact outgoing text, and the outbound check.
import type { Page } from '@playwright/test';
import { ReplyComposer } from './pages/reply-composer';
import type { QueuePage } from './pages/queue-page';
import { expect, test } from './support/fixtures';

async function openItem(queue: QueuePage, search: string): Promise<void> {
  await queue.search.fill(search);
  await expect(queue.rows).toHaveCount(1);
  await queue.rows.first().click();
  await queue.focusQueue();
}

async function fillPolicySettings(page: Page, values: Record<string, string>): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
  const form = page.getByRole('form', { name: 'Policy settings' });
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('Saved.');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();
}

test.describe('replies', () => {
  test('answers a Facebook comment with "read our policy": the preview is the exact text, the record names the template and the delivery', async ({
    queue,
    page,
  }) => {
    await fillPolicySettings(page, {
      'Policy web address': 'https://ashcombe-pc.example.org/policy',
      'Council name': 'Ashcombe Parish Council',
    });
    await openItem(queue, 'Priya stewarding');
    const composer = new ReplyComposer(page);
    await composer.open();
    await expect(composer.dialog.getByRole('radio', { name: 'Public reply' })).toBeChecked();
    await composer.useTemplate('read our');
    const expected =
      /^Hello .+, please read our Social Media Policy, .*https:\/\/ashcombe-pc\.example\.org\/policy Thank you\. Clerk, Ashcombe Parish Council$/;
    await expect(composer.text).toHaveValue(expected);
    await expect(composer.preview.locator('pre')).toHaveText(expected);
    await composer.send.click();
    await expect(composer.dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('Sending the reply…');
    await queue.status.selectOption({ label: 'Handled' });
    await openItem(queue, 'Priya stewarding');
    const record = queue.detail.getByRole('region', { name: 'Record' });
    await expect(record).toContainText('Replied (Public reply) with "Please read our policy": "Hello');
    // The outbox reaches the (demo) channel within a second or two.
    await expect(record).toContainText('· Sent');
  });

  test('r pressed while the item is still loading opens the composer for that item once it has loaded', async ({
    queue,
    page,
  }) => {
    // Each item arrives a second after it is asked for, as on a busy office PC.
    await page.route(
      (url) => decodeURIComponent(url.pathname) === '/api/item:get',
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      },
    );
    await queue.search.fill('Priya stewarding');
    await expect(queue.rows).toHaveCount(1);
    await expect(queue.detail.getByRole('heading', { level: 2 })).toHaveCount(0);
    await queue.rows.first().click();
    await queue.focusQueue();
    await page.keyboard.press('r');
    const composer = new ReplyComposer(page);
    await expect(composer.dialog).toBeVisible();
    const heading = await queue.openedHeading();
    const author = heading.replace(/^\S+ from /, '');
    await expect(composer.dialog).toHaveAccessibleName(new RegExp(`^Reply to ${author} on `));
  });

  test('refuses an X mention reply over 280 characters, counting as X does', async ({ queue, page }) => {
    await openItem(queue, 'precept figures');
    const composer = new ReplyComposer(page);
    await composer.open();
    await composer.write(
      `@gazza_ashcombe ${'The precept figures are published in full on our website with the audited accounts. '.repeat(4)}`,
    );
    await expect(composer.preview).toContainText('/ 280 characters (X counts a link as 23)');
    await expect(composer.preview.getByRole('list', { name: 'Cannot send' })).toContainText(
      /X allows 280 characters and this reply is \d+/,
    );
    await expect(composer.send).toBeDisabled();
    await composer.write(
      '@gazza_ashcombe The precept figures are published in full on our website with the audited accounts.',
    );
    await expect(composer.preview.getByRole('list', { name: 'Cannot send' })).toHaveCount(0);
    await expect(composer.send).toBeEnabled();
  });

  test('sends an SMS reply, counted in text messages', async ({ queue, page }) => {
    await openItem(queue, 'litter pick');
    const composer = new ReplyComposer(page);
    await composer.open();
    await expect(composer.dialog.getByRole('radio', { name: 'Text message' })).toBeChecked();
    await composer.write(
      'The next litter pick is on Saturday 6 December at 10am, meeting at the Village Hall. Gloves and pickers are provided. Thank you for offering to help, it is much appreciated!',
    );
    await expect(composer.preview).toContainText('sent as 2 text messages (GSM-7)');
    await composer.send.click();
    await expect(page.getByRole('status')).toContainText('Sending the reply…');
  });

  test('answers an email with Re:, the quoted message, and threading headers that name the message and its thread', async ({
    queue,
    page,
  }) => {
    await openItem(queue, 'still out tonight, is there');
    const composer = new ReplyComposer(page);
    await composer.open();
    // Nothing typed yet is not an error to show in red.
    await expect(composer.preview).toBeVisible();
    await expect(composer.preview.getByText('The reply is empty.')).toHaveCount(0);
    await expect(composer.send).toBeDisabled();
    await composer.write('Thank you, Ruth. We have chased the county council again today.');
    // It leads with who it is from and to; the threading headers are folded away as technical details.
    const headers = composer.preview.locator('dl').first();
    await expect(headers).toHaveText(/^From.+To.*Ruth Marlow <[^>]+@[^>]+>SubjectRe: Streetlight out on Station Road$/);
    const technical = composer.preview.locator('details');
    await expect(technical.getByText('In-Reply-To')).toBeHidden();
    await technical.getByText('Technical details').click();
    await expect(technical).toContainText('In-Reply-To<e5ecb8a1a57fa01f@mail.example.net>');
    await expect(technical).toContainText(
      'References<cf1e262ee5a4da02@mail.example.net> <e5ecb8a1a57fa01f@mail.example.net>',
    );
    await composer.write('');
    await expect(composer.preview.getByRole('list', { name: 'Cannot send' })).toContainText('The reply is empty.');
    await composer.write('Thank you, Ruth. We have chased the county council again today.');
    await expect(composer.preview.locator('pre')).toContainText('Ruth Marlow wrote:\n> Dear Clerk,');
    await composer.send.click();
    await expect(page.getByRole('status')).toContainText('Sending the reply…');
  });

  test("blocks a reply carrying someone else's phone number, then sends it with a recorded reason", async ({
    queue,
    page,
  }) => {
    await openItem(queue, 'Priya stewarding');
    const composer = new ReplyComposer(page);
    await composer.open();
    await composer.write('Please ring Mr Pritchard on 07700 900461 about the allotments.');
    const check = composer.dialog.getByRole('group', { name: 'Policy check' });
    await expect(check).toContainText("It contains a phone number (07700 900461) that is not the council's own");
    await expect(composer.send).toBeHidden();
    await composer.dialog.getByRole('button', { name: 'Send anyway…' }).click();
    const sendAnyway = composer.dialog.getByRole('button', { name: 'Send anyway', exact: true });
    await expect(sendAnyway).toBeDisabled();
    await composer.dialog
      .getByRole('textbox', { name: 'Reason for sending anyway' })
      .fill('Mr Pritchard asked in writing for his number to be shared.');
    await sendAnyway.click();
    await expect(page.getByRole('status')).toContainText('Sending the reply…');
    await queue.status.selectOption({ label: 'Handled' });
    await openItem(queue, 'Priya stewarding');
    await expect(queue.detail.getByRole('region', { name: 'Record' })).toContainText(
      'sent despite the policy check: "Mr Pritchard asked in writing for his number to be shared."',
    );
  });
});

test.describe('canned replies page', () => {
  test('adds a reply, rewords it with the old wording kept, and retires it from the composer', async ({
    queue,
    page,
  }) => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Replies' }).click();
    const table = page.getByRole('table', { name: 'Canned replies' });
    await expect(table.getByRole('row')).toHaveCount(9);
    await page.getByRole('button', { name: 'Add a canned reply' }).click();
    const form = page.getByRole('form', { name: 'New canned reply' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Bin day');
    await form.getByRole('textbox', { name: 'Text' }).fill('Dear {{sender}}, bins go out on Thursdays.');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '{{sender}}' })).toContainText(
      '{{sender}} is not a variable the console knows',
    );
    await form.getByRole('textbox', { name: 'Text' }).fill('Bins go out on Thursdays. {{councilName}}');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(table.getByRole('row', { name: /Bin day/ })).toContainText('v1');

    await page.getByRole('button', { name: 'Edit Bin day' }).click();
    await page
      .getByRole('form', { name: 'Edit canned reply' })
      .getByRole('textbox', { name: 'Text' })
      .fill('Bins go out on Fridays from December. {{councilName}}');
    await page.getByRole('form', { name: 'Edit canned reply' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'History of Bin day' }).click();
    const history = page.getByRole('region', { name: 'Wording history' });
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(history.getByRole('listitem').nth(1)).toContainText('Bins go out on Thursdays.');

    await page.getByRole('button', { name: 'Retire Bin day' }).click();
    await expect(table.getByRole('row', { name: /Bin day/ })).toContainText('(retired)');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();
    await openItem(queue, 'Priya stewarding');
    const composer = new ReplyComposer(page);
    await composer.open();
    await expect(composer.dialog.getByRole('list', { name: 'Canned replies' }).getByRole('button')).toHaveCount(8);
    await expect(composer.dialog.getByRole('button', { name: 'Bin day' })).toHaveCount(0);
  });
});
