// Backup while working, then restore it: what was done after the backup is gone, the rest is back.
import { expect, test, type Page } from '@playwright/test';
import { QueuePage } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';

let running: RunningConsole | null = null;
test.afterEach(async () => {
  await running?.stop();
  running = null;
});

test('backs up while the console runs and restores that backup at the next start', async ({ page }, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  running = await startConsole(['--demo', '--data-dir', dataDir]);
  const queue = new QueuePage(page);
  await queue.open(running.url);
  await queue.focusQueue();
  await queue.pressKey('7');
  await expect(page.getByRole('status')).toContainText('Removed: Commercial or spam');

  const views = page.getByRole('navigation', { name: 'Views' });
  await openBackup(page);
  const backup = page.getByRole('region', { name: 'Backup' });
  await backup.getByRole('textbox', { name: 'Backup folder' }).fill(testInfo.outputPath('backups'));
  await backup.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Backed up to' })).toBeVisible();

  // Something done after the backup: it will not survive the restore.
  await views.getByRole('button', { name: 'Queue' }).click();
  // The queue loads again when it is shown; a key pressed before its rows are there has nothing to act on.
  await expect(queue.rows.first()).toBeVisible();
  await queue.focusQueue();
  await queue.pressKey('2');
  await expect(page.getByRole('status')).toContainText('Removed: Personal attack or threat');

  await openBackup(page);
  const restore = page.getByRole('region', { name: 'Restore' });
  await expect(restore.getByRole('textbox', { name: 'Backup file' })).not.toHaveValue('');
  await restore.getByRole('button', { name: 'Check the backup' }).click();
  await expect(restore.getByRole('status')).toContainText('A whole, undamaged backup');
  await restore.getByRole('button', { name: 'Restore it' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Close the console and start it again' })).toBeVisible();

  await running.stop();
  running = await startConsole(['--demo', '--data-dir', dataDir]);
  await queue.open(running.url);
  await queue.status.selectOption({ label: 'Removed' });
  await expect(queue.rows).toHaveCount(1);
  await expect(queue.rows.first()).toContainText('Commercial or spam');
});

test('refuses system folders, relative addresses and files that are not backups at once, with one message, and keeps working', async ({
  page,
}, testInfo) => {
  running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
  const queue = new QueuePage(page);
  await queue.open(running.url);
  const views = page.getByRole('navigation', { name: 'Views' });
  await openBackup(page);
  const backup = page.getByRole('region', { name: 'Backup' });
  const folder = backup.getByRole('textbox', { name: 'Backup folder' });
  const refusal = page.getByRole('alert').filter({ hasText: 'cannot hold backups' });
  for (const typed of ['/proc/x', 'backups', '/etc/parish-backups']) {
    await folder.fill(typed);
    await backup.getByRole('button', { name: 'Back up now' }).click();
    await expect(refusal).toHaveText(
      `"${typed}" cannot hold backups: give the full address of a folder of your own, such as /home/clerk/Backups, not a system folder.`,
    );
  }

  const restore = page.getByRole('region', { name: 'Restore' });
  for (const typed of [
    '/etc/shadow',
    testInfo.outputPath('no-such-backup.db'),
    'console-backup-2026-11-24-101500.db',
    '/proc/self/environ',
  ]) {
    await restore.getByRole('textbox', { name: 'Backup file' }).fill(typed);
    await restore.getByRole('button', { name: 'Check the backup' }).click();
    await expect(restore.getByRole('status')).toHaveText(
      `No console backup was found at "${typed}". Give the full address of a backup file named console-backup-….db, outside the system's folders.`,
    );
    await expect(restore.getByRole('button', { name: 'Restore it' })).toHaveCount(0);
  }

  // The backend was never stuck: the queue still answers.
  await views.getByRole('button', { name: 'Queue' }).click();
  await expect(queue.rows.first()).toBeVisible();
});

/** Settings → Backup. */
async function openBackup(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Backup' }).click();
}
