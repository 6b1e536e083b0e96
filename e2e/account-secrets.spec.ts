// A saved password goes only where it was saved for, and never in the clear: the form says why in one sentence.
import { expect, test } from '@playwright/test';
import { FakeWordPress } from '../testing/fakes/wordpress/fake-wordpress';
import { httpListeningPost, type HttpListeningPost } from '../testing/support/listening-post';
import { ChannelsPage } from './pages/channels-page';
import { chooseOperator } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';

const password = 'abcdEFGHijklMNOPqrstUVWX';
let running: RunningConsole | null = null;
let site: FakeWordPress | null = null;
let other: HttpListeningPost | null = null;
test.afterEach(async () => {
  await running?.stop();
  await site?.stop();
  await other?.close();
  running = null;
  site = null;
  other = null;
});

test('asks for the application password again when the site address changes, and refuses http:// to another computer', async ({
  page,
}, testInfo) => {
  site = new FakeWordPress();
  const siteUrl = await site.start();
  other = await httpListeningPost();
  running = await startConsole(['--data-dir', testInfo.outputPath('data')]);
  await page.goto(running.url);
  await chooseOperator(page);
  const channels = new ChannelsPage(page);
  await channels.open();

  const form = await channels.startConnecting('WordPress website');
  await form.getByLabel('Site address').fill('http://ashcombe-pc.example.org');
  await form.getByLabel('User name').fill('clerk');
  await form.getByLabel('Application password').fill(password);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toHaveText(
    'WordPress website: Site address: give the https:// address: over http:// the application password would travel unencrypted.',
  );

  await form.getByLabel('Site address').fill(siteUrl);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Connected to 127\.0\.0\.1:\d+ as Parish Clerk\.$/);
  await form.getByLabel('Name in the console').fill('Council website');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(channels.row('Council website')).toBeVisible();

  await page.getByRole('button', { name: 'Edit Council website' }).click();
  const edit = page.getByRole('form', { name: 'Edit Council website' });
  await edit.getByLabel('Site address').fill(other.origin);
  await edit.getByRole('button', { name: 'Test connection' }).click();
  const reason =
    'The site address changed, so type the application password again: a saved password is only ever sent to the site it was saved for.';
  await expect(edit.getByRole('status')).toHaveText(reason);
  const passwordField = edit.getByRole('textbox', { name: /^Application password/ });
  await expect(passwordField).toBeFocused();
  await expect(passwordField).toHaveAttribute('aria-invalid', 'true');
  await expect(passwordField).toHaveAccessibleDescription(reason);
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('status')).toHaveText(reason);
  expect(other.requests).toEqual([]);

  // Typed again, it may go there: the clerk has said so.
  await passwordField.fill('zyxwVUTSrqpoNMLKjihgFEDC');
  await expect(passwordField).not.toHaveAttribute('aria-invalid', 'true');
  await edit.getByRole('button', { name: 'Test connection' }).click();
  await expect(edit.getByRole('status')).toHaveText(
    /^WordPress at 127\.0\.0\.1:\d+ refused the request \(HTTP 404\)\.$/,
  );
  expect(other.requests.join('\n')).not.toContain(Buffer.from(`clerk:${password}`).toString('base64'));
});
