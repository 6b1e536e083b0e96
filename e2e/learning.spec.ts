// Issue 15, item 4 through the UI: suggestions learned from the clerk's own decisions, kept across a restart,
// shown as "Learned from N of your decisions", and forgotten on the clerk's word.
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { callApi } from './support/console-api';
import { startConsole } from './support/console-process';
import { QueuePage } from './pages/queue-page';

const campaign = [
  'Sign Gordon Pike petition against the Thornbury motorway extension today',
  'Gordon Pike says the Thornbury motorway extension must be stopped, sign now',
  'Thornbury motorway extension: Gordon Pike petition needs your name',
];
const business = [
  'When is the next meeting about the car park?',
  'The streetlight on Kiln Lane is out again',
  'Thank you for clearing the footpath by the church',
  'Is the village hall free on Saturday afternoon?',
  'The bus shelter glass on Mill Road is broken',
];
const comment = (id: string, text: string, day: number) => ({
  channel: 'facebook',
  kind: 'comment',
  id,
  author: { id: `fb_${id}`, name: `Resident ${id}` },
  text,
  receivedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`,
});

test('removals teach the suggestions: a new item like them says "Learned from N of your decisions", until the clerk makes it forget', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const dataDir = testInfo.outputPath('data');
  const first = testInfo.outputPath('first.json');
  // 54 ordinary comments and 18 of one man's campaign, which this council removes as off-topic.
  const items = Array.from({ length: 72 }, (_, index) =>
    index % 4 === 0
      ? comment(`c${index}`, `${campaign[index % campaign.length]} (${index})`, 1 + (index % 20))
      : comment(`b${index}`, `${business[index % business.length]} (${index})`, 1 + (index % 20)),
  );
  writeFileSync(first, JSON.stringify({ items }));
  let running = await startConsole(['--sample', first, '--data-dir', dataDir]);
  try {
    // The council's earlier decisions, made through the console's own API: all but three campaign posts.
    const listed = await callApi<{ items: { id: number; text: string }[] }>(running, 'queue:list', { limit: 500 });
    const campaignItems = listed.items.filter((item) => item.text.includes('Thornbury'));
    for (const item of listed.items.filter((candidate) => !candidate.text.includes('Thornbury')))
      await callApi(running, 'item:markHandled', { id: item.id });
    for (const item of campaignItems.slice(3))
      await callApi(running, 'item:remove', { id: item.id, reasonId: 'off-topic' });

    // The clerk removes the last three by hand.
    const queue = new QueuePage(page);
    await queue.open(running.url);
    for (let removed = 0; removed < 3; removed++) {
      await queue.rows.filter({ hasText: 'Thornbury' }).first().click();
      await queue.detail.getByRole('button', { name: 'Remove: Off-topic or links' }).click();
      await expect(page.getByRole('status')).toContainText('Removed: Off-topic or links');
    }
    const decisions = listed.items.length;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
    await expect(page.getByText(`Learned from ${decisions} decisions so far.`)).toBeVisible();
  } finally {
    await running.stop();
  }

  // Next morning a new post of the campaign arrives.
  const second = testInfo.outputPath('second.json');
  writeFileSync(
    second,
    JSON.stringify({
      items: [comment('late', 'Gordon Pike wants everyone to fight the Thornbury motorway extension', 23)],
    }),
  );
  running = await startConsole(['--sample', second, '--data-dir', dataDir]);
  try {
    const queue = new QueuePage(page);
    await queue.open(running.url);
    await queue.rows.filter({ hasText: 'Gordon Pike wants everyone' }).click();
    await expect(queue.detail).toContainText(`Learned from ${items.length} of your decisions`);
    await expect(queue.detail).toContainText('Suggested: Off-topic or links');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Policy' }).click();
    await page.getByRole('button', { name: 'Forget what the console learned from your decisions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Forget what was learned?' });
    await expect(dialog).toContainText(`The console will forget what it learned from ${items.length} decisions.`);
    await dialog.getByRole('button', { name: `Forget ${items.length} decisions` }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Nothing has been learned yet.')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Forget what the console learned from your decisions' }),
    ).toBeDisabled();

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();
    await queue.rows.filter({ hasText: 'Gordon Pike wants everyone' }).click();
    await expect(queue.detail).toContainText('Gordon Pike wants everyone');
    await expect(queue.detail).not.toContainText('Learned from');
  } finally {
    await running.stop();
  }
});
