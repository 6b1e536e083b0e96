// An X account's estimated spend, checked against what the fake X API itself counted as billable, and its cap.
import { afterEach, describe, expect, it } from 'vitest';
import { publishedApis } from '../channels/registry';
import { FakeX } from '../../testing/fakes/x/fake-x';
import { MemorySecretStore } from '../../testing/support/memory-secret-store';
import { useTempDirs } from '../../testing/support/temp-dir';
import { testBackend, type TestBackend } from '../../testing/support/test-backend';
import { sqliteHandle } from '../store/sqlite-handle';

const tempDir = useTempDirs();
const council = { id: '1000000001', username: 'ParishCouncil', name: 'Little Snoring Parish Council' };
const alice = { id: '2000000002', username: 'alice_m', name: 'Alice Moore' };
const bob = { id: '2000000003', username: 'bob_k', name: 'Bob Kerr' };
const settings = { accountId: council.id, accessToken: 'x-access-token-0001' };

let clock = new Date('2026-12-02T10:00:00Z');
let running: { backend: TestBackend; fake: FakeX } | null = null;
afterEach(async () => {
  await running?.backend.backend.close();
  await running?.fake.close();
  running = null;
});

async function start(): Promise<{ backend: TestBackend; fake: FakeX }> {
  clock = new Date('2026-12-02T10:00:00Z');
  const fake = await FakeX.start({ council, accessToken: settings.accessToken });
  fake.now = () => clock;
  // Pollers run (a poll at connect, then syncNow), but never by the clock during a test.
  const backend = await testBackend(
    tempDir(),
    { items: [] },
    {
      secrets: new MemorySecretStore(),
      apis: { ...publishedApis, x: fake.baseUrl },
      polling: { intervalMs: 3_600_000 },
      now: () => clock,
    },
  );
  running = { backend, fake };
  return running;
}

/** X's published prices applied to what the fake counted: the check is independent of the console's own metering. */
function expectedDollars(fake: FakeX): number {
  const c = fake.bill.counts;
  return (
    c.post * 0.005 +
    c['own post'] * 0.001 +
    c.user * 0.01 +
    c['dm event'] * 0.01 +
    c['post created'] * 0.015 +
    c['post created with a link'] * 0.2 +
    c['dm created'] * 0.015
  );
}

const listed = async (backend: TestBackend, id: number) =>
  (await backend.value('accounts:list', {})).accounts.find((account) => account.id === id);
const words = (amount: number) => `About $${amount.toFixed(2)} this month`;

describe('an X account’s spend this month', () => {
  it('is estimated from the reads and writes the connector made, a resource read again the same UTC day charged once', async () => {
    const { backend, fake } = await start();
    fake.addMention({ from: alice, text: '@ParishCouncil the footpath is flooded' });
    fake.addMention({ from: alice, text: '@ParishCouncil and the stile is broken' });
    fake.addDm({ from: bob, text: 'Who empties the dog bins?' });
    const account = await backend.value('accounts:add', { connector: 'x', name: 'Council X', settings });
    await backend.backend.channels.syncNow(account.id);
    expect(fake.bill.counts).toMatchObject({ post: 2, user: 2, 'dm event': 1 });

    // Later the same day: Alice again (her profile comes along again), the DM page read again.
    fake.addMention({ from: alice, text: '@ParishCouncil any news?' });
    await backend.backend.channels.syncNow(account.id);
    expect(fake.bill.counts).toMatchObject({ post: 3, user: 2, 'dm event': 1 });

    // Replies: one with a link, a direct message.
    const items = (await backend.value('queue:list', { status: 'all' })).items;
    const mention = items.find((item) => item.text === '@ParishCouncil any news?');
    const dm = items.find((item) => item.text === 'Who empties the dog bins?');
    await backend.value('item:reply', {
      id: mention!.id,
      form: 'public-reply',
      text: 'Reported: https://ashcombe-pc.example.org/footpaths',
    });
    await backend.value('item:reply', {
      id: dm!.id,
      form: 'direct-message',
      text: 'The district council empties them.',
    });
    await backend.backend.outbox.deliverDue();
    expect(fake.bill.counts).toMatchObject({ 'post created with a link': 1, 'dm created': 1 });

    // The next UTC day the same DM events and senders are billed again.
    clock = new Date('2026-12-03T00:30:00Z');
    await backend.backend.channels.syncNow(account.id);
    expect(fake.bill.counts['dm event']).toBeGreaterThan(1);

    // Kind by kind, what the console counted is what the fake served as billable.
    const c = fake.bill.counts;
    const served = {
      'post-read': c.post,
      'own-post-read': c['own post'],
      'user-read': c.user,
      'dm-event-read': c['dm event'],
      'post-create': c['post created'],
      'post-create-with-url': c['post created with a link'],
      'dm-create': c['dm created'],
    };
    expect(backend.backend.store.usage.month(account.id, clock)).toEqual(
      Object.fromEntries(Object.entries(served).filter(([, count]) => count > 0)),
    );
    const expected = expectedDollars(fake);
    expect(expected).toBeGreaterThan(0.2);
    expect((await listed(backend, account.id))?.spend).toEqual({
      words: words(expected),
      cap: null,
      capReached: false,
    });
    // Kept per account and month in the database, for the console started again.
    expect(
      sqliteHandle(backend.backend.store)
        .prepare(`SELECT DISTINCT month FROM channel_usage WHERE account_id = ?`)
        .pluck()
        .all(account.id),
    ).toEqual(['2026-12']);
  });

  it('pauses polling at the monthly cap, says so in the banner and the handover summary, and resumes when the cap is raised or the month turns', async () => {
    const { backend, fake } = await start();
    for (let index = 0; index < 10; index++)
      fake.addMention({
        from: { id: `30000000${index}`, username: `resident${index}`, name: `Resident ${index}` },
        text: `@ParishCouncil pothole ${index}`,
      });
    const account = await backend.value('accounts:add', {
      connector: 'x',
      name: 'Council X',
      settings: { ...settings, monthlyCapUsd: '0.10' },
    });
    await backend.backend.channels.syncNow(account.id);
    // 10 posts and 10 profiles: $0.15, over the cap of $0.10.
    expect(expectedDollars(fake)).toBeCloseTo(0.15, 10);
    await backend.backend.channels.syncNow(account.id);
    const capped = await listed(backend, account.id);
    expect(capped).toMatchObject({
      health: 'capped',
      spend: { words: 'About $0.15 this month', cap: 'cap $0.10 a month', capReached: true },
    });
    expect(capped?.healthMessage).toBe(
      "Not fetching from X: this month's estimated spend, about $0.15, has reached the cap of $0.10 set for this account. It starts again on 1 Jan 2027, or raise the cap under Channels (Edit).",
    );
    const calls = fake.calls.length;
    fake.addMention({ from: alice, text: '@ParishCouncil hello?' });
    await backend.backend.channels.syncNow(account.id);
    expect(fake.calls.length).toBe(calls);

    const operators = await backend.value('operators:list', {});
    const { handover } = await backend.value('operators:choose', { id: operators.operators[0]!.id });
    expect(handover.pausedChannels).toEqual([{ accountName: 'Council X', message: capped?.healthMessage }]);

    await backend.value('accounts:update', { id: account.id, settings: { monthlyCapUsd: '5' } });
    await backend.backend.channels.syncNow(account.id);
    expect(fake.calls.length).toBeGreaterThan(calls);
    expect(await listed(backend, account.id)).toMatchObject({
      health: 'ok',
      spend: { capReached: false, cap: 'cap $5.00 a month' },
    });
    expect(
      (await backend.value('queue:list', { status: 'all' })).items.some(
        (item) => item.text === '@ParishCouncil hello?',
      ),
    ).toBe(true);

    // Capped again with a lower cap; the new month starts from nothing, so it fetches again by itself.
    await backend.value('accounts:update', { id: account.id, settings: { monthlyCapUsd: '0.01' } });
    await backend.backend.channels.syncNow(account.id);
    expect((await listed(backend, account.id))?.health).toBe('capped');
    clock = new Date('2027-01-01T00:05:00Z');
    const before = fake.calls.length;
    await backend.backend.channels.syncNow(account.id);
    expect(fake.calls.length).toBeGreaterThan(before);
    expect((await listed(backend, account.id))?.health).toBe('ok');
  });
});
