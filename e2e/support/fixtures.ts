// Playwright fixtures: every test gets its own data dir and its own console process.
import { test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startConsole, type RunningConsole } from './console-process';
import { QueuePage } from '../pages/queue-page';

export const test = base.extend<{ demoConsole: RunningConsole; homeConsole: RunningConsole; queue: QueuePage }>({
  demoConsole: async ({}, use, testInfo) => {
    const running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
    await use(running);
    await running.stop();
  },
  /** The demo with a small home folder (HOME) of the test's own, for Browse…'s chooser, which lists only inside it. */
  homeConsole: async ({}, use, testInfo) => {
    const home = testInfo.outputPath('home');
    for (const folder of ['Documents/Council backups', 'Documents/Minutes', 'Pictures'])
      mkdirSync(join(home, folder), { recursive: true });
    const running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')], 20_000, { HOME: home });
    await use(running);
    await running.stop();
  },
  queue: async ({ page, demoConsole }, use) => {
    const queue = new QueuePage(page);
    await queue.open(demoConsole.url);
    await use(queue);
  },
});

export { expect } from '@playwright/test';
