// Issue 7 through the UI: a Facebook Page connected against the local Graph API fake, synced, acted on, expired.
import { expect, test } from '@playwright/test';
import { FakeGraph } from '../testing/fakes/facebook/fake-graph';
import { ChannelsPage } from './pages/channels-page';
import { chooseOperator, QueuePage } from './pages/queue-page';
import { startConsole, type RunningConsole } from './support/console-process';

const token = 'EAAGpage-token-Little-Snoring-000111222';
let running: RunningConsole | null = null;
let fake: FakeGraph | null = null;
test.afterEach(async () => {
  await running?.stop();
  await fake?.close();
  running = null;
  fake = null;
});

test('connects a Facebook Page, syncs it, hides and replies on Facebook, and says what to do when the token expires', async ({
  page,
}, testInfo) => {
  fake = new FakeGraph({ pageId: '1000', accessToken: token });
  const graphUrl = await fake.start();
  const postId = fake.addPost({
    message: 'Road closure on Mill Lane from Monday',
    at: new Date(Date.now() - 3 * 3600_000),
  });
  fake.addMalformedComment(postId, { message: 42 }, new Date(Date.now() - 1800_000));
  running = await startConsole(['--data-dir', testInfo.outputPath('data')], 20_000, {
    PARISH_CONSOLE_FACEBOOK_API: graphUrl,
    PARISH_CONSOLE_POLL_SECONDS: '1',
  });
  await page.goto(running.url);
  await chooseOperator(page);

  const channels = new ChannelsPage(page);
  await channels.open();
  const form = await channels.startConnecting('Facebook Page');
  await form.getByLabel('Name in the console').fill('Council Page');
  await form.getByLabel('Page id').fill('1000');
  await form.getByLabel('Page access token').fill('EAAG-not-the-right-token-0000');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toContainText('Facebook');
  await expect(form.getByRole('status')).not.toContainText('Connected');
  await form.getByLabel('Page access token').fill(token);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toHaveText('Connected to the Facebook Page Little Snoring Parish Council.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(channels.row('Council Page')).toContainText('Syncing');

  // A comment posted while the clerk watches the empty queue appears in it by itself; removing it
  // hides it on Facebook; a reply is posted there.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();
  const queue = new QueuePage(page);
  await expect(page.getByText('The queue is empty')).toBeVisible();
  const commentId = fake.addComment(postId, {
    message: 'You lot are a bloody disgrace',
    at: new Date(Date.now() - 60_000),
    from: { id: 'u7', name: 'Gary Pritchard' },
  });
  await expect(queue.rows.filter({ hasText: 'bloody disgrace' })).toHaveCount(1, { timeout: 10_000 });
  await queue.rows.filter({ hasText: 'bloody disgrace' }).click();
  await queue.focusQueue();
  await page.keyboard.press('r');
  const composer = page.getByRole('dialog', { name: /^Reply to / });
  await composer
    .getByRole('textbox', { name: 'Reply text' })
    .fill('Please keep comments civil; our policy is on the website.');
  await composer.getByRole('button', { name: 'Send', exact: true }).click();
  await expect
    .poll(() =>
      fake?.state.comments.some(
        (comment) => comment.from?.id === '1000' && comment.message.startsWith('Please keep comments civil'),
      ),
    )
    .toBe(true);
  await queue.status.selectOption({ label: 'All' });
  await queue.rows.filter({ hasText: 'bloody disgrace' }).click();
  await queue.detail.getByRole('button', { name: 'Remove: Obscene or racist' }).click();
  await expect.poll(() => fake?.state.comments.find((comment) => comment.id === commentId)?.hidden).toBe(true);
  await expect(queue.detail.getByRole('list', { name: 'Channel actions' })).toContainText(
    /Hidden on Facebook at \d{2}:\d{2}/,
  );

  // What could not be read is in Problems, with the raw payload.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /^Problems/ })
    .click();
  const unreadable = page.getByRole('region', { name: 'Messages that could not be read' });
  await expect(unreadable).toContainText('Council Page');
  await unreadable.getByText('What the channel sent').click();
  await expect(unreadable.locator('pre')).toContainText('"message":42');

  // The token expires: syncing stops and a banner says what to do.
  fake.expireToken();
  const banner = page.getByRole('alert').filter({ hasText: 'Council Page:' });
  await expect(banner).toContainText('reconnect the account under Settings → Channels', { timeout: 10_000 });
  await expect(banner).not.toContainText(token);
});
