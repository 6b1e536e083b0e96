// Issue 16 through the UI: an FOI email suggested, logged with its due date, answered and off the open list;
// a subject access request answered with the subject access export, emailed to the requester through a real
// mail server pair (Dovecot and an SMTP server) or, without an address, saved and recorded; a complaint's due date
// from the council's target.
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import { simpleParser } from 'mailparser';
import { appendMessage, residentMailbox, startDovecot, type DovecotServer } from '../testing/support/dovecot';
import { startSmtpSink, type SmtpSink } from '../testing/support/smtp-sink';
import { ChannelsPage } from './pages/channels-page';
import { ReplyComposer } from './pages/reply-composer';
import { chooseOperator, QueuePage } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';
import { expect, test } from './support/fixtures';

let running: RunningConsole | null = null;
let dovecot: DovecotServer | null = null;
let sink: SmtpSink | null = null;
test.afterEach(async () => {
  await running?.stop();
  await sink?.stop();
  await dovecot?.stop();
  running = null;
  sink = null;
  dovecot = null;
});

async function openItem(queue: QueuePage, search: string): Promise<void> {
  await queue.search.fill(search);
  await expect(queue.rows).toHaveCount(1);
  await queue.rows.first().click();
}

test('an FOI email is suggested, logged with its due date, answered with a reply and leaves the open list', async ({
  queue,
  page,
}) => {
  // A long flow through four views on a shared machine.
  test.slow();
  await openItem(queue, 'last tendered');
  await expect(queue.rows.first()).toContainText('Looks like an FOI request');
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await expect(panel).toContainText('Looks like an FOI request');
  await expect(panel).toContainText('Freedom of Information Act');

  await panel.getByRole('button', { name: 'Log as FOI request' }).click();
  // Received Wed 23 Sep 2026: the 20th working day after it is Wed 21 Oct 2026.
  await expect(page.getByRole('status')).toContainText('Logged as FOI-2026-001, due 21 Oct 2026.');
  await expect(panel).toContainText('FOI-2026-001');
  await expect(panel.getByRole('button', { name: 'Log as FOI request' })).toBeDisabled();
  await expect(queue.rows.first()).toContainText(/FOI-2026-001: Overdue/);
  // The header warns while a request is overdue.
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('img', { name: '1 overdue' })).toBeVisible();

  await queue.focusQueue();
  const composer = new ReplyComposer(page);
  await composer.open();
  await composer.write('Dear Ms Kaur, the contract is worth £4,200 a year; three quotes were received. Clerk');
  await expect(composer.send).toBeEnabled();
  await composer.send.click();
  await expect(page.getByRole('status')).toContainText('Sending the reply…');

  await nav.getByRole('button', { name: /^Requests/ }).click();
  const register = page.getByRole('table');
  await expect(register.getByRole('row', { name: /FOI-2026-001/ })).toContainText('Jasleen Kaur');
  await expect(register.getByRole('row', { name: /FOI-2026-001/ })).toContainText('21 Oct 2026');
  await register.getByRole('button', { name: 'FOI-2026-001' }).click();
  const step = page.getByRole('form', { name: 'Next step for FOI-2026-001' });
  await expect(step.getByRole('combobox', { name: 'Next step' })).toHaveValue('answered');
  await expect(step.getByRole('radio', { name: /the contract is worth/ })).toBeChecked();
  await step.getByRole('button', { name: 'Record this step' }).click();
  await expect(page.getByRole('status')).toContainText('FOI-2026-001: mark as answered recorded.');
  await expect(page.getByText('No open requests.')).toBeVisible();
  await expect(nav.getByRole('img', { name: /overdue/ })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Closed' }).check();
  await expect(page.getByRole('row', { name: /FOI-2026-001/ })).toContainText('Answered');
  await expect(page.getByRole('region', { name: /FOI-2026-001/ })).toContainText('the reply marked as the response');
});

test('a subject access request from someone without an email address: the export is saved, then recorded with where it went', async ({
  queue,
  page,
}) => {
  test.slow();
  await openItem(queue, 'allotments');
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await panel.getByRole('button', { name: 'Log as subject access request' }).click();
  await expect(page.getByRole('status')).toContainText(/Logged as SAR-2026-001, due/);

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Requests/ })
    .click();
  await page.getByRole('button', { name: 'SAR-2026-001' }).click();
  const detail = page.getByRole('region', { name: /SAR-2026-001/ });
  await detail.getByRole('button', { name: 'Send the subject access export' }).click();
  // A Facebook comment gives no email address: the console says so, and saves the file instead.
  const dialog = page.getByRole('dialog', { name: 'Save the subject access export' });
  await expect(dialog).toContainText(
    'Gary Pritchard has given no email address, so the console cannot send it. Save the export instead, send it yourself, then record where it went.',
  );
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Save subject-access-gary-pritchard-.*\.zip$/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^subject-access-gary-pritchard-\d{4}-\d{2}-\d{2}\.zip$/);
  const record = page.getByRole('dialog', { name: 'Record where the export went' });
  await expect(record.getByRole('textbox', { name: 'Sent to' })).toBeFocused();
  await record.getByRole('textbox', { name: 'Sent to' }).fill('4 Mill Lane, Ashcombe (by post)');
  await record.getByRole('button', { name: 'Record as answered' }).click();
  await expect(page.getByRole('status')).toContainText(
    'SAR-2026-001 answered with the subject access export, sent to 4 Mill Lane, Ashcombe (by post).',
  );
  await expect(page.getByText('No open requests.')).toBeVisible();
  await expect(detail).toContainText('with the subject access export, sent to 4 Mill Lane, Ashcombe (by post)');
});

/** A resident's subject access request, dated now, as their mail program would send it. */
function sarEmail(): string {
  return [
    'From: Jo Bennett <resident@example.org>',
    'To: Parish Council <clerk@parish.test>',
    'Subject: Subject access request',
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    'Message-ID: <sar-jo@example.org>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear Clerk,',
    '',
    'Under the Data Protection Act please send me a copy of all the personal data the council holds about me.',
    'My neighbour Alan (07700 900987) has the same problem with the hedge.',
    '',
    'Jo Bennett',
    '',
  ].join('\r\n');
}

test('a subject access request by email: the clerk confirms what goes where, and the export reaches the requester by SMTP', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  dovecot = await startDovecot();
  sink = await startSmtpSink({ deliverTo: dovecot });
  await appendMessage(dovecot, sarEmail());
  running = await startConsole(['--data-dir', testInfo.outputPath('data')]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(running.url);
  await chooseOperator(page);

  const channels = new ChannelsPage(page);
  await channels.open();
  const form = await channels.startConnecting('Council email');
  await form.getByLabel('Email provider').selectOption({ label: 'Other' });
  await form.getByLabel('Council email address').fill('clerk@parish.test');
  await form.getByLabel('IMAP host').fill(dovecot.host);
  await form.getByLabel('IMAP port').fill(String(dovecot.port));
  await form.getByRole('checkbox', { name: /^IMAP uses TLS from the start/ }).setChecked(false);
  await form.getByLabel('SMTP host').fill(sink.host);
  await form.getByLabel('SMTP port').fill(String(sink.port));
  await form.getByRole('checkbox', { name: /^SMTP uses TLS from the start/ }).setChecked(false);
  await form.getByLabel('User name').fill(dovecot.user);
  await form.getByLabel(/^Password/).fill(dovecot.password);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toContainText('Connected', { timeout: 30_000 });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(channels.row('Council email')).toBeVisible();

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Queue' }).click();
  const queue = new QueuePage(page);
  await queue.search.fill('personal data the council holds');
  await expect(queue.rows).toHaveCount(1, { timeout: 30_000 });
  await queue.rows.first().click();
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await panel.getByRole('button', { name: 'Log as subject access request' }).click();
  await expect(page.getByRole('status')).toContainText(/Logged as SAR-\d{4}-001, due/);

  await views.getByRole('button', { name: /^Requests/ }).click();
  await page.getByRole('button', { name: /^SAR-\d{4}-001$/ }).click();
  const detail = page.getByRole('region', { name: /SAR-\d{4}-001/ });
  await detail.getByRole('button', { name: 'Send the subject access export' }).click();

  const dialog = page.getByRole('dialog', { name: 'Send the subject access export?' });
  const fileName = /subject-access-jo-bennett-\d{4}-\d{2}-\d{2}\.zip/;
  await expect(dialog.getByText(/^Send subject-access-jo-bennett-/)).toHaveText(
    new RegExp(`^Send ${fileName.source} to resident@example\\.org from clerk@parish\\.test\\?$`),
  );
  // The request names a neighbour's phone number: the clerk reads it before anything can go.
  const toRead = dialog.getByRole('region', { name: 'Read these items first' });
  await expect(toRead).toContainText('(a phone number): Jo Bennett');
  const send = dialog.getByRole('button', { name: 'Send to resident@example.org' });
  await expect(send).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await toRead.getByText(/a phone number/).click();
  await expect(toRead).toContainText('My neighbour Alan (07700 900987)');
  await dialog.getByRole('checkbox', { name: /^I have read this item/ }).check();
  await page.screenshot({ path: testInfo.outputPath('send-subject-access-1366x768.png') });
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze())
      .violations,
  ).toEqual([]);
  expect(sink.received).toHaveLength(0);
  await send.click();
  await expect(page.getByRole('status')).toContainText(
    /SAR-\d{4}-001 answered: subject-access-jo-bennett-.*\.zip is being sent to resident@example\.org from clerk@parish\.test\./,
  );

  // The test's SMTP server receives it: to the requester only, the export attached, a valid ZIP.
  const [mail] = await sink.waitFor(1, 30_000);
  expect(mail?.to).toEqual([residentMailbox.user]);
  const parsed = await simpleParser(mail?.raw ?? Buffer.alloc(0));
  expect(parsed.from?.text).toBe('clerk@parish.test');
  expect(parsed.inReplyTo).toBe('<sar-jo@example.org>');
  expect(parsed.attachments).toHaveLength(1);
  const [attachment] = parsed.attachments;
  expect(attachment?.filename).toMatch(new RegExp(`^${fileName.source}$`));
  expect(attachment?.contentType).toBe('application/zip');
  const files = unzipSync(new Uint8Array(attachment?.content ?? []));
  expect(Object.keys(files).sort()).toEqual([
    'README.txt',
    'actions.json',
    'items.json',
    'notes.json',
    'person.json',
    'report.pdf',
  ]);
  expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('Made for: Jo Bennett');
  expect(strFromU8(files['items.json'] ?? new Uint8Array())).toContain('Under the Data Protection Act');

  // Off the open list; the record shows it, sent.
  await expect(page.getByText('No open requests.')).toBeVisible();
  await expect(detail).toContainText(
    /by email: subject-access-jo-bennett-.*\.zip sent to resident@example\.org from clerk@parish\.test/,
  );
  await expect(detail.getByRole('listitem').filter({ hasText: 'by email' })).toContainText('Sent');
  await page.getByRole('radio', { name: 'Closed' }).check();
  await expect(page.getByRole('row', { name: /SAR-\d{4}-001/ })).toContainText('Answered');
});

test("a complaint is due by the council's own target, shown in UK dates", async ({ queue, page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: /^Requests/ }).click();
  const target = page.getByRole('form', { name: 'Target for formal complaints' });
  const days = target.getByRole('textbox', { name: 'Answer formal complaints within (working days)' });
  await expect(days).toHaveValue('');
  await days.fill('10');
  await target.getByRole('button', { name: 'Save target' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Formal complaints are now due 10 working days after they arrive.',
  );

  await views.getByRole('button', { name: 'Queue' }).click();
  await openItem(queue, 'allotments');
  const panel = queue.detail.getByRole('region', { name: 'Requests' });
  await panel.getByRole('button', { name: 'Log as complaint' }).click();
  // Received Sat 21 Nov 2026: ten office days from Mon 23 Nov is Fri 4 Dec (St Andrew's Day is not a holiday in England).
  await expect(page.getByRole('status')).toContainText('Logged as COMP-2026-001, due 4 Dec 2026.');
  await expect(queue.rows.first()).toContainText(/COMP-2026-001|Complaint due|Overdue/);

  await views.getByRole('button', { name: /^Requests/ }).click();
  const row = page.getByRole('table').getByRole('row', { name: /COMP-2026-001/ });
  await expect(row).toContainText('4 Dec 2026');
  await expect(row).toContainText(/Complaint due (today|in \d+ working days?)|Overdue/);
  await page.getByRole('button', { name: 'COMP-2026-001' }).click();
  await expect(page.getByRole('region', { name: /COMP-2026-001/ })).toContainText('4 Dec 2026');
  await page.screenshot({ path: testInfo.outputPath('complaint-target-1366x768.png'), fullPage: true });
  await page.reload();
  await chooseOperator(page);
  await views.getByRole('button', { name: /^Requests/ }).click();
  await expect(target.getByRole('textbox', { name: 'Answer formal complaints within (working days)' })).toHaveValue(
    '10',
  );
});
