// Issue 5 through the UI: one person across channels, strikes, blocking a repeat offender, unblocking.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PersonPanel } from './pages/person-panel';
import { QueuePage } from './pages/queue-page';
import { projectRoot, startConsole, type RunningConsole } from './support/console-process';

/** Opens the item whose message contains `text` (searching for it first). */
async function openItem(queue: QueuePage, search: string, text: string): Promise<void> {
  await queue.search.fill(search);
  const row = queue.rows.filter({ hasText: text });
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(queue.detail).toContainText(text);
}

test.describe('sender history', () => {
  let running: RunningConsole | null = null;
  test.afterEach(async () => {
    await running?.stop();
    running = null;
  });

  test('a repeat offender reaches the threshold across Facebook and X, is blocked, their next message is filed in Blocked, and is unblocked', async ({
    page,
  }, testInfo) => {
    // The sample file is the pretend platform: a message added to it arrives at the next start.
    const sample = testInfo.outputPath('sample.json');
    copyFileSync(join(projectRoot, 'assets/sample/ashcombe.json'), sample);
    const dataDir = testInfo.outputPath('data');
    running = await startConsole(['--sample', sample, '--data-dir', dataDir]);
    const queue = new QueuePage(page);
    const panel = new PersonPanel(page);
    await queue.open(running.url);

    await openItem(queue, 'allotments', 'Council is shite at everything');
    await panel.expectStrikes(0);
    await expect(panel.channels()).toHaveCount(1);
    // The same name on X is only a suggestion until the clerk links it.
    await expect(panel.region.getByRole('list', { name: 'Possibly the same person' })).toContainText('Name only');
    await panel.link('Gary Pritchard on X');
    await expect(panel.channels()).toHaveCount(2);
    await expect(page.getByRole('status')).toContainText('Gary Pritchard on X linked to Gary Pritchard');

    await queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' }).click();
    await openItem(queue, 'precept figures', 'fiddling the precept figures');
    await panel.expectStrikes(1);
    await queue.detail.getByRole('button', { name: 'Remove: Potentially libellous' }).click();
    await openItem(queue, 'incomers', 'Go back to where you came from');
    await panel.expectStrikes(2);
    // Rows from a sender with strikes carry a badge.
    await expect(queue.selectedRow()).toContainText('2 strikes');
    await expect(panel.region.getByRole('alert')).toHaveCount(0);
    await queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' }).click();

    // Any of Gary's items now shows the third strike and the offer to block.
    await openItem(queue, 'shambles', 'Typical of this lot');
    await panel.expectStrikes(3);
    await expect(panel.region.getByRole('alert')).toContainText(
      'Gary Pritchard has reached 3 strikes in 12 months. The policy says repeat offenders will be blocked.',
    );
    const plan = await panel.block();
    expect(plan).toHaveLength(2);
    expect(plan[0]).toMatch(/^Facebook: blocked from the council's Page/);
    expect(plan[1]).toMatch(/^X: muted \(X no longer lets apps block\)/);
    await expect(panel.region).toContainText('Blocked on Facebook, X');
    await expect(panel.region.getByRole('list', { name: 'What was done' })).toContainText(
      'Blocked (3 strikes): Facebook (Page block), X (mute)',
    );

    // Gary writes again on Facebook; the console picks it up at its next start.
    await running.stop();
    const parsed = JSON.parse(readFileSync(sample, 'utf8')) as { items: Record<string, unknown>[] };
    parsed.items.push({
      channel: 'facebook',
      kind: 'comment',
      id: 'fb_c_after_block',
      author: { id: 'fb_100047', name: 'Gary Pritchard' },
      text: 'Blocking me changes nothing, I will keep saying it.',
      receivedAt: '2026-11-24T19:00:00Z',
    });
    writeFileSync(sample, JSON.stringify(parsed));
    running = await startConsole(['--sample', sample, '--data-dir', dataDir]);
    await queue.open(running.url);
    await queue.search.fill('Blocking me changes nothing');
    await expect(queue.rows).toHaveCount(0);
    await queue.status.selectOption({ label: 'Blocked' });
    await expect(queue.rows).toHaveCount(1);
    await expect(queue.rows.first()).toContainText('Blocked');
    await queue.rows.first().click();

    await panel.unblock('Apologised to the Clerk in writing on 24 November');
    await expect(queue.rows).toHaveCount(0);
    await queue.status.selectOption({ label: 'New' });
    await expect(queue.rows).toHaveCount(1);
    await queue.rows.first().click();
    await expect(panel.region).not.toContainText('Blocked on');
    await expect(panel.region.getByRole('list', { name: 'What was done' })).toContainText(
      'Unblocked: "Apologised to the Clerk in writing on 24 November"; 1 blocked item back in the queue',
    );
  });

  test('p lists every item of the sender on every channel; notes keep their author and date', async ({
    page,
  }, testInfo) => {
    running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
    const queue = new QueuePage(page);
    const panel = new PersonPanel(page);
    await queue.open(running.url);
    await openItem(queue, 'allotments', 'Council is shite at everything');
    await panel.link('Gary Pritchard on X');
    await queue.focusQueue();
    await queue.pressKey('p');
    await expect(page.getByText('Every item from Gary Pritchard, on every channel.')).toBeVisible();
    await expect.poll(() => queue.total()).toBe(11);
    const channels = await queue.channelsShown();
    expect(new Set(channels.map((name) => name.split(' ')[0]))).toEqual(new Set(['Facebook', 'X']));

    await panel.region
      .getByRole('textbox', { name: 'Note for the clerk and deputy' })
      .fill('Rang the office 20 Nov, warned about language.');
    await panel.region.getByRole('button', { name: 'Add note' }).click();
    await expect(panel.region.getByRole('list', { name: 'Notes' })).toContainText('Clerk ·');
    await expect(panel.region.getByRole('list', { name: 'Notes' })).toContainText(
      'Rang the office 20 Nov, warned about language.',
    );
    await page.getByRole('button', { name: 'Back to the queue' }).click();
    await expect(page.getByText('Every item from')).toHaveCount(0);
  });
});
