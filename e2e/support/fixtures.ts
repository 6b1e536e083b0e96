// Playwright fixtures: every test gets its own data dir and its own console process.
import { test as base } from '@playwright/test';
import { startConsole, type RunningConsole } from './console-process';
import { QueuePage } from '../pages/queue-page';

export const test = base.extend<{ demoConsole: RunningConsole; queue: QueuePage }>({
  demoConsole: async ({}, use, testInfo) => {
    const running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
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
