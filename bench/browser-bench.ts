// Chromium figures against browser mode on the 100,000-item database: first row, filter repaint, keys.
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { startConsole } from '../e2e/support/console-process';
import { channels } from '../electron/api/domain';
import { fixed, line, percentile } from './stats';

const rowSelector = 'table[aria-label="Queue"] tbody tr';
/**
 * The same figures for the renderer before issue 13 (commit a3ee80a), measured with this script on the
 * development machine in the same hour as the figures in README, alternating old and new runs.
 */
const beforeIssue13 = { filterP95: '64-100 ms', jP95: '23-30 ms', removalP95: '58-94 ms' };

declare global {
  interface Window {
    __firstRowAt?: number;
    __untilRepaint?: (
      start: 'keydown' | 'change',
      until: 'another-row-selected' | 'only-channel',
      channel?: string,
    ) => Promise<number>;
    __measured?: Promise<number>;
  }
}

/**
 * Installed in the page: from the next `start` event to the first frame painted after the page shows
 * `until` (another row selected; only rows of `channel`). Watching from before the event, with the page's
 * own clock, keeps the test driver's round trips out of the figure.
 */
function installRepaintTimer(rows: string): void {
  const selectedText = () => document.querySelector(`${rows}[aria-selected="true"]`)?.textContent ?? '';
  window.__untilRepaint = (start, until, channel) =>
    new Promise<number>((resolve, reject) => {
      const before = selectedText();
      let startedAt: number | null = null;
      const shows = () => {
        if (until === 'another-row-selected') return selectedText() !== '' && selectedText() !== before;
        const listed = [...document.querySelectorAll<HTMLElement>(rows)];
        return listed.length > 0 && listed.every((row) => row.dataset.channel === channel);
      };
      const observer = new MutationObserver(() => {
        if (startedAt === null || !shows()) return;
        observer.disconnect();
        const at = startedAt;
        // The frame is painted after its animation-frame callbacks; a task queued there runs after the paint.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - at), 0));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      document.addEventListener(start, () => (startedAt = performance.now()), { capture: true, once: true });
      setTimeout(() => {
        observer.disconnect();
        reject(new Error(`The page never showed ${until} ${channel ?? ''}`));
      }, 10_000);
    });
}

/** Presses `key` `rounds` times on the focused queue: each time, key down to the next row shown. */
async function keyToNextRow(page: Page, key: string, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    await page.evaluate(() => {
      window.__measured = window.__untilRepaint?.('keydown', 'another-row-selected');
    });
    await page.keyboard.press(key);
    samples.push(await page.evaluate(() => window.__measured ?? Promise.reject(new Error('not armed'))));
    // Lets the detail pane and the sender history of the new row load, as they would while the clerk reads.
    await page.waitForTimeout(150);
  }
  return samples;
}

export async function benchBrowser(dataDir: string): Promise<void> {
  const running = await startConsole(['--data-dir', dataDir]);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); the page
    // that runs them for page.evaluate needs that helper too.
    const keepNames = { content: 'window.__name = (fn) => fn;' };
    const firstRows: number[] = [];
    const askedAt: number[] = [];
    for (let round = 0; round < 5; round++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(keepNames);
      // Stamp the moment the first queue row exists, measured from the start of navigation.
      await page.addInitScript((selector) => {
        new MutationObserver((_, observer) => {
          if (document.querySelector(selector)) {
            window.__firstRowAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, rowSelector);
      await page.goto(running.url);
      // The console first asks who is working; the queue is drawn once someone is chosen.
      const choice = page.getByRole('dialog', { name: 'Who is working?' }).getByRole('button').first();
      await choice.waitFor();
      askedAt.push(await page.evaluate(() => performance.now()));
      const clickedAt = await page.evaluate(() => performance.now());
      await choice.click();
      await page.waitForSelector(rowSelector);
      firstRows.push((await page.evaluate(() => window.__firstRowAt ?? Number.NaN)) - clickedAt);
      await page.close();
    }
    line('open → "Who is working?" shown, median of 5 (ms)', fixed(percentile(askedAt, 50), 0));
    line('operator chosen → first row, median of 5 (ms)', fixed(percentile(firstRows, 50), 0), '< 1,500');

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(keepNames);
    await page.addInitScript(installRepaintTimer, rowSelector);
    await page.goto(running.url);
    await page.getByRole('dialog', { name: 'Who is working?' }).getByRole('button').first().click();
    // The summary of what happened meanwhile comes with the first rows; it is a modal, so it goes first.
    await page.waitForSelector(rowSelector);
    const handover = page.getByRole('dialog', { name: /^Since you were last here/ });
    if (await handover.isVisible().catch(() => false))
      await handover.getByRole('button', { name: 'Start work' }).click();
    await handover.waitFor({ state: 'hidden' });
    await page
      .getByRole('combobox', { name: 'Status' })
      .selectOption({ label: 'All' })
      .catch(() => undefined);
    const repaints: number[] = [];
    for (let round = 0; round < 40; round++) {
      const channel = channels[round % channels.length] as (typeof channels)[number];
      // Armed without waiting: evaluate would wait for the promise it is handed back.
      await page.evaluate((next) => {
        window.__measured = window.__untilRepaint?.('change', 'only-channel', next);
      }, channel);
      await page.getByRole('combobox', { name: 'Channel' }).selectOption(channel);
      const elapsed = await page.evaluate(() => window.__measured ?? Promise.reject(new Error('not armed')));
      repaints.push(elapsed);
    }
    line('filter change to repaint p50 (ms)', fixed(percentile(repaints, 50), 0));
    line('filter change to repaint p95 (ms)', fixed(percentile(repaints, 95), 0), '< 100', beforeIssue13.filterP95);

    // Keys on the queue of New items: j moves to the next row, 6 (Off-topic) removes and moves on.
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'New' });
    await page.waitForSelector(`${rowSelector}[aria-selected="true"]`);
    await page.locator('table[aria-label="Queue"]').locator('xpath=..').focus();
    const moves = await keyToNextRow(page, 'j', 60);
    line('j to the next row shown p50 (ms)', fixed(percentile(moves, 50), 0));
    line('j to the next row shown p95 (ms)', fixed(percentile(moves, 95), 0), '< 50', beforeIssue13.jP95);
    const removals = await keyToNextRow(page, '6', 40);
    line('removal key to the next row shown p50 (ms)', fixed(percentile(removals, 50), 0));
    line(
      'removal key to the next row shown p95 (ms)',
      fixed(percentile(removals, 95), 0),
      '< 100',
      beforeIssue13.removalP95,
    );
  } finally {
    await browser.close();
    await running.stop();
  }
}
