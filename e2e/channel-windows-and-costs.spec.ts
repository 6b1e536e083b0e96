// Issue 18 through the UI: Messenger's Human Agent window in the composer, and an X account's spend and cap.
import { expect, test } from '@playwright/test';
import { ukWeekdayAndTime } from '../electron/api/uk-time';
import { FakeGraph } from '../testing/fakes/facebook/fake-graph';
import { FakeX } from '../testing/fakes/x/fake-x';
import { ChannelsPage } from './pages/channels-page';
import { chooseOperator, QueuePage } from './pages/queue-page';
import { ReplyComposer } from './pages/reply-composer';
import { startConsole, type RunningConsole } from './support/console-process';

let running: RunningConsole | null = null;
const closers: (() => Promise<void>)[] = [];
test.afterEach(async () => {
  await running?.stop();
  running = null;
  for (const close of closers.splice(0)) await close();
});

test('a Messenger message 30 hours old: the composer offers a Human Agent reply until 7 days after it, in UK time', async ({
  page,
}, testInfo) => {
  const token = 'EAAGpage-token-Little-Snoring-000111222';
  const fake = new FakeGraph({ pageId: '1000', accessToken: token, humanAgent: true });
  const graphUrl = await fake.start();
  closers.push(() => fake.close());
  const sentAt = new Date(Date.now() - 30 * 3_600_000);
  fake.addMessage(
    { id: '701', name: 'Gary Pritchard' },
    { text: 'Is the village hall free on Saturday week?', at: sentAt },
  );
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
  await form.getByLabel('Page access token').fill(token);
  const humanAgent = form.getByRole('checkbox', { name: "The Page's app has the Human Agent permission" });
  await expect(humanAgent).not.toBeChecked();
  await expect(humanAgent).toHaveAccessibleDescription(
    /up to 7 days after the person's last message instead of 24 hours/,
  );
  await humanAgent.check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(channels.row('Council Page')).toContainText('Syncing');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Queue' }).click();
  const queue = new QueuePage(page);
  await queue.rows.filter({ hasText: 'village hall' }).click({ timeout: 15_000 });
  await queue.focusQueue();
  const composer = new ReplyComposer(page);
  await composer.open();
  const until = ukWeekdayAndTime(new Date(sentAt.getTime() + 7 * 24 * 3_600_000));
  await expect(composer.dialog.getByRole('radio', { name: /Direct message/ })).toBeEnabled();
  await expect(composer.dialog).toContainText(
    `Their 24 hours have passed: as a Human Agent reply you can answer until ${until} (7 days after their last message).`,
  );
  await composer.write('Yes, it is free from 6pm.');
  await composer.send.click();
  await expect
    .poll(
      () => fake.calls.find((call) => call.method === 'POST' && call.path === '/1000/messages')?.params.get('tag'),
      { timeout: 10_000 },
    )
    .toBe('HUMAN_AGENT');
});

test('an X account shows its estimated spend, and its monthly cap stops fetching with a banner saying so', async ({
  page,
}, testInfo) => {
  const council = { id: '1000000001', username: 'ParishCouncil', name: 'Little Snoring Parish Council' };
  const fake = await FakeX.start({ council, accessToken: 'x-access-token-0001' });
  closers.push(() => fake.close());
  for (let index = 0; index < 10; index++)
    fake.addMention({
      from: { id: `30000000${index}`, username: `resident${index}`, name: `Resident ${index}` },
      text: `@ParishCouncil pothole on Mill Lane ${index}`,
    });
  running = await startConsole(['--data-dir', testInfo.outputPath('data')], 20_000, {
    PARISH_CONSOLE_X_API: fake.baseUrl,
    PARISH_CONSOLE_POLL_SECONDS: '1',
  });
  await page.goto(running.url);
  await chooseOperator(page);

  const channels = new ChannelsPage(page);
  await channels.open();
  const form = await channels.startConnecting('X account');
  await form.getByLabel('Name in the console').fill('Council X');
  await form.getByLabel('Account id (numeric user id)').fill(council.id);
  await form.getByLabel('OAuth 2.0 access token').fill('x-access-token-0001');
  await form.getByLabel('Monthly spending cap (US$, optional)').fill('0.10');
  await form.getByText("X's prices").click();
  await expect(form.getByLabel('A post read')).toHaveAttribute('placeholder', '0.005');
  await form.getByRole('button', { name: 'Save' }).click();

  // Ten posts and ten profiles read: $0.15, past the cap of $0.10.
  await expect(channels.row('Council X')).toContainText('About $0.15 this month (cap $0.10 a month)', {
    timeout: 15_000,
  });
  const banner = page.getByRole('alert').filter({ hasText: 'Council X:' });
  await expect(banner).toContainText(
    "Not fetching from X: this month's estimated spend, about $0.15, has reached the cap of $0.10",
    { timeout: 15_000 },
  );
  await expect(channels.row('Council X')).toContainText('Not fetching: spending cap reached');
  const calls = fake.calls.length;
  await page.waitForTimeout(2_500);
  expect(fake.calls.length).toBe(calls);
});
