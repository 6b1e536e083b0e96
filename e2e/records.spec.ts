// Issue 8 through the UI: the record searched and exported as CSV for a date range, and a subject access ZIP.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './support/fixtures';

test('exports a date range of the record as one ZIP whose rows are the items received in it', async ({
  queue,
  page,
}) => {
  await queue.focusQueue();
  await queue.pressKey('7');
  await expect(page.getByRole('status')).toContainText('Removed: Commercial or spam');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Records' }).click();
  const form = page.getByRole('form', { name: 'Search the record' });
  await form.getByRole('textbox', { name: 'From', exact: true }).fill('01/11/2026');
  await form.getByRole('textbox', { name: 'To', exact: true }).fill('10/11/2026');
  await form.getByRole('combobox', { name: /^Channel/ }).selectOption('sms');
  await form.getByRole('button', { name: 'Search' }).click();
  const items = page.getByRole('region', { name: 'Items in the record' });
  await expect(items.getByRole('heading')).toHaveText(/^Items: \d+/);
  const shown = Number(/Items: (\d+)/.exec(await items.getByRole('heading').innerText())?.[1]);
  expect(shown).toBeGreaterThan(0);

  await expect(form.getByRole('checkbox', { name: 'Include a PDF report' })).toBeChecked();
  const download = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Export for FOI (ZIP)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('record-2026-11-01-to-2026-11-10.zip');
  const zip = unzipSync(readFileSync(await file.path()));
  expect(Object.keys(zip).sort()).toEqual([
    'README.txt',
    'record-2026-11-01-to-2026-11-10-actions.csv',
    'record-2026-11-01-to-2026-11-10-items.csv',
    'record-2026-11-01-to-2026-11-10.pdf',
  ]);
  const lines = strFromU8(zip['record-2026-11-01-to-2026-11-10-items.csv'] ?? new Uint8Array())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(1 + shown);
  for (const line of lines.slice(1)) {
    expect(line).toMatch(/^\d+,(0\d|10)\/11\/2026 \d{2}:\d{2},2026-1[01]-\d{2}T[^,]*,SMS,Text message \(SMS\),/);
  }
  expect(strFromU8(zip['README.txt'] ?? new Uint8Array())).toContain('every action taken in the period');
  await expect(page.getByRole('status')).toContainText('the export is recorded');
});

test('gives a sample person everything held about them as a ZIP (subject access)', async ({ queue, page }) => {
  await queue.search.fill('allotments');
  await queue.rows.filter({ hasText: 'Council is shite at everything' }).click();
  const panel = page.getByRole('region', { name: 'Sender history' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Subject access export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^subject-access-gary-pritchard-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(readFileSync(await file.path()));
  expect(Object.keys(zip).sort()).toEqual([
    'README.txt',
    'actions.json',
    'items.json',
    'notes.json',
    'person.json',
    'report.pdf',
  ]);
  const items = JSON.parse(strFromU8(zip['items.json'] ?? new Uint8Array())) as { sender: string }[];
  expect(items.length).toBeGreaterThan(3);
  expect(items.every((item) => item.sender === 'Gary Pritchard')).toBe(true);
  await expect(page.getByRole('status')).toContainText('Subject access export made');
  // The clerk is told to read it first: it may hold other people's personal data.
  await expect(page.getByRole('status')).toContainText(/before sending/i);
  expect(strFromU8(zip['README.txt'] ?? new Uint8Array())).toContain('Read before sending');
});
