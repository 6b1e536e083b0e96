import { describe, expect, it } from 'vitest';
import { ChannelError } from '../channels/channel-error';
import { channelCapabilities } from '../channels/capabilities';
import type { Connector, PollResult } from '../channels/connector';
import { ConsoleStore } from '../store/console-store';
import { useTempDirs } from '../../testing/support/temp-dir';
import { EventHub } from './event-hub';
import { AccountPoller } from './account-poller';

/** A connector whose polls answer from a script: a page, or a ChannelError to throw. */
function scripted(answers: (PollResult | ChannelError)[]) {
  let pushed: (() => void) | null = null;
  const connector: Connector = {
    connector: 'scripted',
    channel: 'sms',
    capabilities: channelCapabilities.sms,
    poll: () => {
      const next = answers.shift() ?? { items: [], nextCursor: 'end', rejected: [], more: false };
      return next instanceof ChannelError ? Promise.reject(next) : Promise.resolve(next);
    },
    perform: () => Promise.resolve({ ok: true, reference: null }),
    verify: () => Promise.resolve({ ok: true, detail: 'ok' }),
    watch: (onChange) => {
      pushed = onChange;
      return Promise.resolve({ stop: () => Promise.resolve() });
    },
  };
  return { connector, push: () => pushed?.() };
}

const sms = (id: string) => ({
  externalId: id,
  channel: 'sms' as const,
  kind: 'sms' as const,
  author: { externalId: '+447700900102', name: '+447700900102', handle: null, email: null, phone: '+447700900102' },
  subject: null,
  text: `message ${id}`,
  html: null,
  receivedAt: '2026-11-24T09:00:00.000Z',
  threadId: null,
  parentExternalId: null,
  url: null,
  fromCouncil: false,
  expectedReasons: null,
});

describe('AccountPoller', () => {
  const tempDir = useTempDirs();
  const setUp = (answers: (PollResult | ChannelError)[]) => {
    const store = ConsoleStore.open(tempDir());
    const account = store.accounts.add(
      { key: 'twilio:AC1', connector: 'twilio', channel: 'sms', name: 'Council SMS', config: {} },
      '2026-11-24T09:00:00.000Z',
    );
    const { connector, push } = scripted(answers);
    const poller = new AccountPoller(
      store,
      account,
      connector,
      new EventHub(),
      () => new Date('2026-11-24T10:00:00Z'),
      { intervalMs: 3_600_000, random: () => 0.5 },
    );
    return { store, account, poller, push };
  };

  it('keeps a malformed payload aside in Problems and ingests the rest of the page', async () => {
    const { store, poller, account } = setUp([
      {
        items: [sms('SM1'), sms('SM2')],
        nextCursor: 'c1',
        rejected: [{ raw: '{"sid":42}', error: 'sid is not text' }],
        more: false,
      },
    ]);
    expect(await poller.pollNow()).toEqual({ kind: 'synced', added: 2 });
    expect(store.problems.listOpen(10)).toMatchObject([
      { raw: '{"sid":42}', error: 'sid is not text', accountName: 'Council SMS' },
    ]);
    expect(store.accounts.get(account.id)).toMatchObject({
      cursor: 'c1',
      health: 'ok',
      lastSyncAt: '2026-11-24T10:00:00.000Z',
    });
    await poller.stop();
    store.close();
  });

  it('stops on refused credentials and says what to do; nothing is retried until reconnected', async () => {
    const { store, poller, account } = setUp([
      new ChannelError('auth', 'Twilio refused the account SID or auth token.'),
    ]);
    expect(await poller.pollNow()).toMatchObject({ kind: 'stopped' });
    expect(store.accounts.get(account.id)).toMatchObject({
      health: 'auth',
      healthMessage:
        'Twilio refused the account SID or auth token. Syncing has stopped: reconnect the account under Settings → Channels.',
    });
    await poller.stop();
    store.close();
  });

  it('waits as long as the channel asks after a rate limit, and backs off with jitter after network errors', async () => {
    const { store, poller, account } = setUp([
      new ChannelError('rate-limit', 'X asked us to slow down.', 90_000),
      new ChannelError('network', 'Email server imap.example.org not found.'),
      new ChannelError('network', 'Email server imap.example.org not found.'),
    ]);
    expect(await poller.pollNow()).toMatchObject({ kind: 'retry', inMs: 90_000 });
    expect(store.accounts.get(account.id)?.healthMessage).toBe('X asked us to slow down. Trying again in 90 s.');
    // Second and third failures in a row: 5 s × 2ⁿ⁻¹, half of it fixed and half jitter (random 0.5 here).
    expect(await poller.pollNow()).toMatchObject({ kind: 'retry', inMs: 7_500 });
    expect(await poller.pollNow()).toMatchObject({ kind: 'retry', inMs: 15_000 });
    expect(await poller.pollNow()).toMatchObject({ kind: 'synced' });
    expect(store.accounts.get(account.id)).toMatchObject({ health: 'ok', healthMessage: null });
    await poller.stop();
    store.close();
  });

  it('polls at once when the channel pushes (IMAP IDLE)', async () => {
    const { store, poller, push } = setUp([
      { items: [], nextCursor: 'c0', rejected: [], more: false },
      { items: [sms('SM9')], nextCursor: 'c1', rejected: [], more: false },
    ]);
    await poller.start();
    await poller.pollNow();
    push();
    await expect.poll(() => store.items.count({ status: 'new' })).toBe(1);
    await poller.stop();
    store.close();
  });
});
