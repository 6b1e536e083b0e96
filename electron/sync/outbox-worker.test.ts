import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelOperation, Connector, PerformResult } from '../channels/connector';
import { channelCapabilities } from '../channels/capabilities';
import { ConsoleStore } from '../store/console-store';
import type { NewOutboxEntry } from '../store/outbox-repo';
import { useTempDirs } from '../../testing/support/temp-dir';
import { EventHub } from './event-hub';
import { OutboxWorker } from './outbox-worker';

const tempDir = useTempDirs();
let store: ConsoleStore | null = null;
afterEach(() => {
  store?.close();
  store = null;
});

/** A channel that answers from a script, and counts what it was asked. */
class ScriptedChannel implements Connector {
  readonly connector = 'scripted';
  readonly channel = 'facebook' as const;
  readonly capabilities = channelCapabilities.facebook;
  readonly calls: ChannelOperation[] = [];
  constructor(private readonly answers: PerformResult[]) {}
  poll() {
    return Promise.resolve({ items: [], nextCursor: null, rejected: [], more: false });
  }
  perform(operation: ChannelOperation): Promise<PerformResult> {
    this.calls.push(operation);
    return Promise.resolve(this.answers.shift() ?? { ok: true, reference: `ref-${this.calls.length}` });
  }
  verify() {
    return Promise.resolve({ ok: true as const, detail: 'scripted' });
  }
}

function setUp(answers: PerformResult[], clock = { now: new Date('2026-11-24T10:00:00Z') }) {
  store = ConsoleStore.open(tempDir());
  const account = store.accounts.ensure(
    { key: 'fb', connector: 'scripted', channel: 'facebook', name: 'Page' },
    clock.now.toISOString(),
  );
  const actionId = store.actions.append({
    itemId: null,
    kind: 'note',
    operator: 'Clerk',
    details: { text: 'An action whose channel action the worker delivers.' },
    createdAt: clock.now.toISOString(),
  });
  const entryId = store.outbox.enqueue({
    actionId,
    accountId: account.id,
    itemId: null,
    operation: 'hide',
    payload: { externalId: 'c1' },
    idempotencyKey: 'key-1',
    now: clock.now.toISOString(),
  });
  const channel = new ScriptedChannel(answers);
  const worker = new OutboxWorker(store, new Map([[account.id, channel]]), new EventHub(), () => clock.now, {
    random: () => 0.5,
    baseDelayMs: 1000,
  });
  return { store, channel, worker, entryId, clock, accountId: account.id, actionId };
}

describe('OutboxWorker', () => {
  it("delivers with the idempotency key and keeps the channel's reference", async () => {
    const { store: opened, channel, worker, entryId } = setUp([]);
    expect(await worker.deliverDue()).toBe(1);
    expect(channel.calls).toEqual([
      { operation: 'hide', itemExternalId: 'c1', payload: { externalId: 'c1' }, idempotencyKey: 'key-1' },
    ]);
    expect(opened.outbox.get(entryId)).toMatchObject({ state: 'delivered', attempts: 1, reference: 'ref-1' });
    expect(await worker.deliverDue()).toBe(0);
  });

  it('retries a passing failure after an exponential backoff with jitter, then delivers', async () => {
    const {
      store: opened,
      channel,
      worker,
      entryId,
      clock,
    } = setUp([
      { ok: false, retryable: true, message: 'network down' },
      { ok: false, retryable: true, message: 'network down' },
    ]);
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: 'network down',
      nextAttemptAt: '2026-11-24T10:00:00.750Z',
    });
    expect(await worker.deliverDue()).toBe(0);
    clock.now = new Date('2026-11-24T10:00:01Z');
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)).toMatchObject({
      state: 'queued',
      attempts: 2,
      nextAttemptAt: '2026-11-24T10:00:02.500Z',
    });
    clock.now = new Date('2026-11-24T10:00:03Z');
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)).toMatchObject({ state: 'delivered', attempts: 3 });
    expect(channel.calls.map((call) => call.idempotencyKey)).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it("honours the channel's Retry-After", async () => {
    const {
      store: opened,
      worker,
      entryId,
    } = setUp([{ ok: false, retryable: true, message: 'rate limited', retryAfterMs: 60_000 }]);
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)?.nextAttemptAt).toBe('2026-11-24T10:01:00.000Z');
  });

  it('keeps a permanent failure as failed with its error, never dropped', async () => {
    const {
      store: opened,
      worker,
      entryId,
    } = setUp([{ ok: false, retryable: false, message: 'The comment no longer exists' }]);
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)).toMatchObject({ state: 'failed', lastError: 'The comment no longer exists' });
  });

  it('holds everything for an account whose credentials were refused, and delivers once it is reconnected', async () => {
    const {
      store: opened,
      worker,
      entryId,
      accountId,
    } = setUp([{ ok: false, retryable: false, message: 'Facebook refused the Page token (expired).', kind: 'auth' }]);
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)).toMatchObject({
      state: 'queued',
      lastError: 'Facebook refused the Page token (expired).',
    });
    expect(opened.accounts.get(accountId)).toMatchObject({ health: 'auth' });
    expect(await worker.deliverDue()).toBe(0);
    opened.accounts.setHealth(accountId, 'ok', null);
    await worker.deliverDue();
    expect(opened.outbox.get(entryId)?.state).toBe('delivered');
  });

  it("keeps a paused account's actions queued, to go out when it is resumed (offline, then catching up)", async () => {
    const { store: opened, worker, entryId, accountId } = setUp([]);
    opened.accounts.setPaused(accountId, true);
    expect(await worker.deliverDue()).toBe(0);
    opened.accounts.setPaused(accountId, false);
    expect(await worker.deliverDue()).toBe(1);
    expect(opened.outbox.get(entryId)?.state).toBe('delivered');
  });

  it('tries again what was being delivered when the app stopped', async () => {
    const { store: opened, entryId, channel, accountId } = setUp([]);
    opened.outbox.mark(entryId, 'delivering', '2026-11-24T10:00:00Z', { attempted: true });
    const restarted = new OutboxWorker(
      opened,
      new Map([[accountId, channel]]),
      new EventHub(),
      () => new Date('2026-11-24T10:05:00Z'),
    );
    expect(opened.outbox.get(entryId)?.state).toBe('queued');
    await restarted.deliverDue();
    expect(opened.outbox.get(entryId)?.state).toBe('delivered');
  });

  it('gives a reversal the reference of what it reverses', async () => {
    const { store: opened, channel, worker, entryId, accountId, actionId } = setUp([]);
    await worker.deliverDue();
    opened.outbox.enqueue({
      actionId,
      accountId,
      itemId: null,
      operation: 'unhide',
      payload: { externalId: 'c1', reverses: entryId },
      idempotencyKey: 'key-2',
      now: '2026-11-24T10:00:00.000Z',
    });
    await worker.deliverDue();
    expect(channel.calls.at(-1)?.payload).toEqual({ externalId: 'c1', reverses: entryId, reference: 'ref-1' });
  });
});

describe('OutboxWorker with a stored action that does not fit its schema', () => {
  it('fails it with a message the clerk can act on, sends nothing, and delivers the next one', async () => {
    const { store: opened, channel, worker, entryId, accountId, actionId } = setUp([]);
    // Rows the types would not let this version queue: as an older or newer console might have left them.
    const broken = opened.outbox.enqueue({
      actionId,
      accountId,
      itemId: null,
      operation: 'post-notice',
      payload: { inReplyTo: 42 },
      idempotencyKey: 'key-broken',
      now: '2026-11-24T10:00:00.000Z',
    } as unknown as NewOutboxEntry);
    const unknown = opened.outbox.enqueue({
      actionId,
      accountId,
      itemId: null,
      operation: 'levitate',
      payload: {},
      idempotencyKey: 'key-unknown',
      now: '2026-11-24T10:00:00.000Z',
    } as unknown as NewOutboxEntry);
    expect(await worker.deliverDue()).toBe(3);
    expect(opened.outbox.get(entryId)?.state).toBe('delivered');
    expect(opened.outbox.get(broken)).toMatchObject({
      state: 'failed',
      lastError:
        'This channel action was saved incomplete (inReplyTo, text), so it was not sent; do it on the channel by hand.',
    });
    expect(opened.outbox.get(unknown)).toMatchObject({
      state: 'failed',
      lastError: 'The console does not know the channel action "levitate", so it was not sent.',
    });
    expect(channel.calls.map((call) => call.idempotencyKey)).toEqual(['key-1']);
  });
});
