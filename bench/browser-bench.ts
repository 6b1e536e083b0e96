// Chromium figures against browser mode on the 100,000-item database: first row, filter repaint.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { startConsole } from '../e2e/support/console-process';
import { channelNames, channels } from '../electron/api/domain';
import { fixed, line, percentile } from './stats';

const rowSelector = 'table[aria-label="Queue"] tbody tr';

declare global {
  interface Window {
    __firstRowAt?: number;
    __changedAt?: number;
  }
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
    await page.goto(running.url);
    await page.getByRole('dialog', { name: 'Who is working?' }).getByRole('button').first().click();
    const handover = page.getByRole('dialog', { name: /^Since you were last here/ });
    if (await handover.isVisible().catch(() => false)) await handover.getByRole('button', { name: 'Start work' }).click();
    await page.waitForSelector(rowSelector);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All' }).catch(() => undefined);
    const repaints: number[] = [];
    for (let round = 0; round < 40; round++) {
      const channel = channels[round % channels.length] as (typeof channels)[number];
      const name = channelNames[channel];
      await page.evaluate(() => {
        document.querySelector('select[aria-label="Channel"]')?.addEventListener('change', () => (window.__changedAt = performance.now()), { capture: true, once: true });
      });
      await page.getByRole('combobox', { name: 'Channel' }).selectOption(channel);
      // Done when every rendered row shows the new channel, and a frame has been painted after it.
      const elapsed = await page.evaluate(
        ({ selector, name }) =>
          new Promise<number>((resolve, reject) => {
            const started = performance.now();
            const check = () => {
              const rows = [...document.querySelectorAll(selector)];
              // The second cell is the channel ("Facebook / Comment"); the first is the checkbox.
              const ready = rows.length > 0 && rows.every((row) => row.querySelector('td:nth-child(2)')?.textContent?.startsWith(name));
              if (ready) requestAnimationFrame(() => resolve(performance.now() - (window.__changedAt ?? 0)));
              else if (performance.now() - started > 10_000) reject(new Error(`The queue never showed only ${name} rows`));
              else requestAnimationFrame(check);
            };
            check();
          }),
        { selector: rowSelector, name },
      );
      repaints.push(elapsed);
    }
    line('filter change to repaint p50 (ms)', fixed(percentile(repaints, 50), 0));
    line('filter change to repaint p95 (ms)', fixed(percentile(repaints, 95), 0), '< 200');
  } finally {
    await browser.close();
    await running.stop();
  }
}
