// Issue 17: no word of the code on any screen or in any export. Every view, the main dialogs, the composer and the
// detail pane of each channel's items are read with findInternalWords; so is every file an FOI export holds.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { extractText } from 'unpdf';
import { findInternalWords } from '../electron/api/internal-words';
import { OperatorMenu } from './pages/operator-menu';
import { ReplyComposer } from './pages/reply-composer';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 120_000 });

/** What a clerk can read on the page now: the visible text, and the names and hints of what is on it. */
async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const visible = (element: Element) => (element as HTMLElement).offsetParent !== null || element.tagName === 'BODY';
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]')]
      .filter(visible)
      .flatMap((element) =>
        ['aria-label', 'title', 'placeholder', 'aria-description'].map((name) => element.getAttribute(name) ?? ''),
      );
    const values = [...document.querySelectorAll('input, textarea, select')]
      .filter(visible)
      .map((field) => (field instanceof HTMLSelectElement ? '' : (field as HTMLInputElement).value));
    return [document.body.innerText, ...labels, ...values].join('\n');
  });
}

class Reader {
  readonly found: string[] = [];
  constructor(readonly page: Page) {}

  /** `variables`: the Replies view edits the canned replies themselves, whose {{senderName}} is theirs to write. */
  async read(where: string, options: { variables?: boolean } = {}): Promise<void> {
    const text = await shownText(this.page);
    this.add(where, options.variables ? text.replace(/\{\{\s*[\w.]+\s*\}\}/g, '') : text);
  }

  add(where: string, text: string, options: { allowIsoTimestamps?: boolean } = {}): void {
    for (const word of findInternalWords(text, options)) this.found.push(`${where}: ${word}`);
  }
}

const channels = ['facebook', 'x', 'email', 'website', 'sms'] as const;

test('no view, dialog or detail pane shows a word of the code', async ({ page, queue }) => {
  const reader = new Reader(page);
  await reader.read('the queue');

  // Something done on each kind of thing, so the record and the states have something to say.
  await queue.focusQueue();
  await queue.pressKey('7');
  await expect(page.getByRole('status')).toContainText('Removed:');
  await queue.rows.first().click();
  const composer = new ReplyComposer(page);
  await queue.focusQueue();
  await composer.open();
  await reader.read('the reply composer, empty');
  await composer.write('Thank you, we will look into it this week.');
  await reader.read('the reply composer, written');
  await composer.send.click();
  await expect(composer.dialog).toBeHidden();
  await reader.read('the detail pane after a reply');

  for (const channel of channels) {
    await queue.showChannel(channel);
    const count = Math.min(await queue.rows.count(), 3);
    for (let row = 0; row < count; row++) {
      await queue.rows.nth(row).click();
      await expect(queue.detail).toBeVisible();
      await reader.read(`the detail pane of ${channel} item ${row + 1}`);
    }
  }
  await queue.channel.selectOption('');
  await queue.status.selectOption({ label: 'Removed' });
  await queue.rows.first().click();
  await reader.read('a removed item');
  await queue.status.selectOption({ label: 'All' });
  await reader.read('the queue under All');

  await queue.rows.first().click();
  await queue.detail.getByRole('button', { name: 'Forward…' }).click();
  await reader.read('the forward dialog');
  await page.keyboard.press('Escape');
  await page
    .getByRole('region', { name: /^Sender history/ })
    .getByRole('button', { name: 'Block sender' })
    .click();
  await reader.read('the block dialog');
  await page.keyboard.press('Escape');
  await queue.focusQueue();
  await queue.pressKey('?');
  await reader.read('the keyboard shortcuts');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Recent actions/ }).click();
  await reader.read('recent actions');
  await page.keyboard.press('Escape');

  await new OperatorMenu(page).choose('Switch to Deputy Clerk');
  await expect(page.getByRole('dialog', { name: /^Since you were last here/ })).toBeVisible();
  await reader.read('"Since you were last here"');
  await page.keyboard.press('Escape');

  // Every view the navigation offers, whatever views there are by now.
  const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
  const names = await views.allInnerTexts();
  expect(names.length).toBeGreaterThan(5);
  for (const name of names) {
    await views.filter({ hasText: name }).first().click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    if (name.startsWith('Records')) await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForTimeout(300);
    await reader.read(`the ${name.trim()} view`, { variables: name.startsWith('Replies') });
  }
  expect(reader.found).toEqual([]);
});

const bytesOf = async (download: Download): Promise<Buffer> => readFileSync(await download.path());
const pdfText = async (bytes: Uint8Array): Promise<string> =>
  (await extractText(new Uint8Array(bytes), { mergePages: true })).text;

test('no export holds a word of the code: the FOI ZIP, the report PDF and the subject access export', async ({
  page,
  queue,
}) => {
  const reader = new Reader(page);
  await queue.focusQueue();
  await queue.pressKey('7');
  await expect(page.getByRole('status')).toContainText('Removed:');

  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'Records' }).click();
  const form = page.getByRole('form', { name: 'Search the record' });
  await form.getByRole('textbox', { name: 'From', exact: true }).fill('01/09/2026');
  await form.getByRole('textbox', { name: 'To', exact: true }).fill('31/12/2026');
  const zipDownload = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Export for FOI (ZIP)' }).click();
  const zip = unzipSync(await bytesOf(await zipDownload));
  for (const [name, bytes] of Object.entries(zip)) {
    if (name.endsWith('.pdf')) reader.add(name, await pdfText(bytes));
    // The CSVs keep the exact ISO time in a column of its own, beside the UK time; the README shows one.
    else reader.add(name, strFromU8(bytes), { allowIsoTimestamps: !name.endsWith('.pdf') });
  }
  expect(Object.keys(zip)).toHaveLength(4);

  await nav.getByRole('button', { name: 'Reports' }).click();
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /PDF/ }).first().click();
  reader.add('the report PDF', await pdfText(await bytesOf(await reportDownload)));

  await nav.getByRole('button', { name: /^Queue/ }).click();
  await queue.rows.first().click();
  const accessDownload = page.waitForEvent('download');
  await page
    .getByRole('region', { name: /^Sender history/ })
    .getByRole('button', { name: 'Subject access export' })
    .click();
  const access = unzipSync(await bytesOf(await accessDownload));
  reader.add('subject access README', strFromU8(access['README.txt'] ?? new Uint8Array()));
  reader.add('subject access PDF', await pdfText(access['report.pdf'] ?? new Uint8Array()));
  expect(reader.found).toEqual([]);
});
