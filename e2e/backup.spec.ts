// Backup while working, then restore it: what was done after the backup is gone, the rest is back.
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

test('Browse… finds a folder inside the home folder for the backup, and then the backup to restore', async ({
  page,
}, testInfo) => {
  // A home folder of the clerk's own, beside (not holding) the data folder.
  const home = testInfo.outputPath('home');
  const backups = join(home, 'Documents', 'Council backups');
  mkdirSync(backups, { recursive: true });
  mkdirSync(join(home, 'Documents', 'Minutes'));
  mkdirSync(join(home, 'Pictures'));
  mkdirSync(join(home, '.config', 'Parish Console'), { recursive: true });
  writeFileSync(join(home, 'Documents', 'letter.txt'), 'Dear resident');
  const dataDir = testInfo.outputPath('data');
  running = await startConsole(['--demo', '--data-dir', dataDir], 20_000, { HOME: home });
  const queue = new QueuePage(page);
  await queue.open(running.url);
  await openBackup(page);
  const backup = page.getByRole('region', { name: 'Backup' });
  const folder = backup.getByRole('textbox', { name: 'Backup folder' });
  await expect(folder).toHaveValue(`${dataDir} backups`);

  await backup.getByRole('button', { name: 'Browse for a backup folder' }).click();
  const chooser = page.getByRole('dialog', { name: 'Choose a backup folder' });
  const entries = chooser.getByRole('list', { name: 'In this folder' }).getByRole('button');
  // The default folder is beside the data folder, outside this home folder: the chooser says so and starts at home.
  await expect(chooser.getByRole('status')).toHaveText(
    `That folder is outside your home folder. Showing your home folder instead of “${dataDir} backups”.`,
  );
  await expect(chooser).toContainText(`Looking in ${home} (your home folder)`);
  await expect(entries).toHaveText(['Documents', 'Pictures']);
  await expect(chooser.getByRole('button', { name: 'Up one folder' })).toBeDisabled();

  // Mouse into Documents, then the keyboard: down, up, Enter opens, Backspace comes back to where it was.
  await chooser.getByRole('button', { name: 'Documents' }).click();
  await expect(chooser).toContainText(`Looking in ${join(home, 'Documents')}`);
  await expect(entries).toHaveText(['Council backups', 'Minutes']);
  await expect(entries.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(chooser.getByRole('button', { name: 'Minutes' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(chooser).toContainText(`Looking in ${backups}`);
  await expect(chooser.getByText('No folders in here.')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(chooser.getByRole('button', { name: 'Council backups' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chooser).toContainText(`Looking in ${backups}`);
  await chooser.getByRole('button', { name: 'Choose this folder' }).click();
  await expect(chooser).toBeHidden();
  await expect(folder).toHaveValue(backups);

  await backup.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Backed up to' })).toContainText(
    `Backed up to ${join(backups, 'console-backup-')}`,
  );
  const made = readdirSync(backups);
  expect(made).toEqual([expect.stringMatching(/^console-backup-\d{4}-\d{2}-\d{2}-\d{6}\.db$/)]);

  // Restore: start from nothing typed, so the chooser opens at the backup folder; go up and back in to find it.
  const restore = page.getByRole('region', { name: 'Restore' });
  const file = restore.getByRole('textbox', { name: 'Backup file' });
  await file.fill('');
  await restore.getByRole('button', { name: 'Browse for a backup file' }).click();
  const fileChooser = page.getByRole('dialog', { name: 'Choose a backup to restore' });
  await expect(fileChooser).toContainText(`Looking in ${backups}`);
  await fileChooser.getByRole('button', { name: 'Up one folder' }).click();
  await expect(fileChooser).toContainText(`Looking in ${join(home, 'Documents')}`);
  await expect(fileChooser.getByRole('list', { name: 'In this folder' }).getByRole('button')).toHaveText([
    'Council backups',
    'Minutes',
  ]);
  await fileChooser.getByRole('button', { name: 'Council backups' }).click();
  const theBackup = fileChooser.getByRole('button', { name: made[0] });
  await expect(theBackup).toContainText(/\d+ KB, \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/);
  const choose = fileChooser.getByRole('button', { name: 'Choose this backup' });
  await expect(choose).toBeDisabled();
  await theBackup.click();
  await expect(theBackup).toHaveAttribute('aria-pressed', 'true');
  await choose.click();
  await expect(fileChooser).toBeHidden();
  await expect(file).toHaveValue(join(backups, made[0] ?? ''));
  await restore.getByRole('button', { name: 'Check the backup' }).click();
  await expect(restore.getByRole('status')).toContainText('A whole, undamaged backup');

  // Cancel and Escape leave the field as it was.
  await restore.getByRole('button', { name: 'Browse for a backup file' }).click();
  await fileChooser.getByRole('button', { name: 'Cancel' }).click();
  await backup.getByRole('button', { name: 'Browse for a backup folder' }).click();
  await expect(chooser).toContainText(`Looking in ${backups}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(file).toHaveValue(join(backups, made[0] ?? ''));
  await expect(folder).toHaveValue(backups);
});

/** Settings → Backup. */
async function openBackup(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: 'Backup' }).click();
}
