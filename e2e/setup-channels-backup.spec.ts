// Issue 17, items 3 and 6: an email preset, a failed test that asks before saving, and purge and disconnect asked in-app.
import { createServer, type AddressInfo, type Server } from 'node:net';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ChannelsPage } from './pages/channels-page';
import { chooseOperator, QueuePage } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';

let running: RunningConsole | null = null;
let silent: Server | null = null;
test.afterEach(async () => {
  await running?.stop();
  await new Promise((done) => (silent ? silent.close(done) : done(null)));
  running = null;
  silent = null;
});

test('Microsoft 365 fills the servers; a failed test clears the old result, asks before saving, and the account says it is not connected', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  running = await startConsole(['--data-dir', testInfo.outputPath('data')]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(running.url);
  await chooseOperator(page);
  const channels = new ChannelsPage(page);
  await channels.open();
  const form = await channels.startConnecting('Council email');
  // Real values, not grey placeholders.
  await expect(form.getByLabel('IMAP port')).toHaveValue('993');
  await expect(form.getByLabel('SMTP port')).toHaveValue('465');
  await expect(form.getByRole('group').filter({ hasText: 'Advanced: OAuth2 sign-in' })).not.toHaveAttribute('open');
  await form.getByLabel('Email provider').selectOption({ label: 'Microsoft 365' });
  await expect(form.getByLabel('IMAP host')).toHaveValue('outlook.office365.com');
  await expect(form.getByLabel('SMTP host')).toHaveValue('smtp.office365.com');
  await expect(form.getByLabel('SMTP port')).toHaveValue('587');
  await expect(form.getByRole('checkbox', { name: /^SMTP uses TLS from the start/ })).not.toBeChecked();
  await expect(form.getByLabel('OAuth2 token address (to renew the token)')).toBeVisible();
  await expect(form.getByText('Usually the whole email address.')).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze())
      .violations,
  ).toEqual([]);

  // "Other" with a server that is not there: the test fails with a sentence, and the old result goes while it runs.
  await form.getByLabel('Email provider').selectOption({ label: 'Other' });
  await form.getByLabel('Council email address').fill('clerk@littlesnoring-pc.org.uk');
  // A mail server that takes the connection and hangs up two seconds later without a word: the test runs, then fails.
  const server = createServer((socket) => setTimeout(() => socket.destroy(), 2000));
  silent = server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  await form.getByLabel('IMAP host').fill('127.0.0.1');
  await form.getByLabel('IMAP port').fill(String((server.address() as AddressInfo).port));
  await form.getByLabel('SMTP host').fill('smtp.invalid');
  await form.getByLabel('User name').fill('clerk@littlesnoring-pc.org.uk');
  await form.getByLabel(/^Password/).fill('correct horse battery staple');
  await form.getByRole('button', { name: 'Test connection' }).click();
  const result = form.getByRole('status');
  await expect(result).toHaveText('Testing…');
  await expect(result).not.toHaveText('Testing…', { timeout: 30_000 });
  const reason = await result.innerText();
  expect(reason).not.toMatch(/Connected/);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(result).toHaveText('Testing…');
  await expect(result).toHaveText(reason, { timeout: 30_000 });

  await form.getByRole('button', { name: 'Save' }).click();
  const ask = page.getByRole('dialog', { name: 'Save without a working connection?' });
  await expect(ask).toContainText(`The last test failed: ${reason}`);
  await ask.getByRole('button', { name: 'Go back' }).click();
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Save without a working connection?' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(channels.row('Council email')).toContainText(`Not connected: ${reason}`);

  // Disconnect asks in the console, not with the browser's pop-up, and says what happens.
  await page.getByRole('button', { name: 'Disconnect Council email' }).click();
  const disconnect = page.getByRole('dialog', { name: 'Disconnect Council email?' });
  await expect(disconnect).toContainText('deletes its saved password or token');
  await disconnect.getByRole('button', { name: 'Cancel' }).click();
  await expect(channels.row('Council email')).toBeVisible();
  await page.getByRole('button', { name: 'Disconnect Council email' }).click();
  await page
    .getByRole('dialog', { name: 'Disconnect Council email?' })
    .getByRole('button', { name: 'Disconnect' })
    .click();
  await expect(channels.row('Council email')).toHaveCount(0);
});

test('the channel banner link opens Settings → Channels; Purge now asks first and says what it will do', async ({
  page,
}, testInfo) => {
  running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
  const queue = new QueuePage(page);
  await queue.open(running.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Backup' }).click();
  const backup = page.getByRole('region', { name: 'Backup' });
  // The field fills in once the backup settings have loaded.
  await expect(backup.getByRole('textbox', { name: 'Backup folder' })).toHaveValue(
    `${testInfo.outputPath('data')} backups`,
  );
  await page.getByRole('button', { name: 'Purge now' }).click();
  const ask = page.getByRole('dialog', { name: 'Purge now?' });
  await expect(ask).toContainText('cannot be brought back');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Purged' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Purge now' }).click();
  await page.getByRole('dialog', { name: 'Purge now?' }).getByRole('button', { name: 'Purge now' }).click();
  await expect(page.getByText(/Purged the content of|Nothing/).first()).toBeVisible();
});
