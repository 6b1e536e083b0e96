// Delivers queued channel actions: one at a time in order, retried with backoff, never dropped.
import { parseChannelRequest } from '../channels/channel-operations';
import type { Connector, PerformResult } from '../channels/connector';
import type { Store } from '../store/store';
import type { OutboxEntry } from '../store/outbox-repo';
import type { EventHub } from './event-hub';

export interface OutboxWorkerOptions {
  batchSize: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 0..1; jitter keeps many retries from arriving at a channel together. */
  random: () => number;
}

const defaults: OutboxWorkerOptions = {
  batchSize: 20,
  maxAttempts: 8,
  baseDelayMs: 2_000,
  maxDelayMs: 15 * 60_000,
  random: Math.random,
};

export class OutboxWorker {
  private readonly options: OutboxWorkerOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly store: Store,
    private readonly connectors: ReadonlyMap<number, Connector>,
    private readonly events: EventHub,
    private readonly now: () => Date,
    options: Partial<OutboxWorkerOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
    store.outbox.requeueInterrupted(now().toISOString());
  }

  start(intervalMs: number): void {
    this.timer ??= setInterval(() => void this.deliverDue(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Delivers what is due now; overlapping calls share one run. */
  deliverDue(): Promise<number> {
    this.running ??= this.deliverBatch().finally(() => (this.running = null));
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    const due = this.store.outbox.dueAt(this.now().toISOString(), this.options.batchSize);
    for (const entry of due) await this.deliver(entry);
    return due.length;
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const connector = this.connectors.get(entry.accountId);
    const started = this.now().toISOString();
    this.store.outbox.mark(entry.id, 'delivering', started, { attempted: true });
    const result = connector
      ? await this.perform(connector, entry)
      : {
          ok: false as const,
          retryable: false,
          message: 'This account has no channel connection; reconnect it under Settings.',
        };
    const finished = this.now();
    if (result.ok) {
      this.store.outbox.mark(entry.id, 'delivered', finished.toISOString(), { reference: result.reference });
    } else if (result.kind === 'auth') {
      // Refused credentials are the account's problem, not this action's: it waits, queued, for the reconnect.
      this.store.outbox.mark(entry.id, 'queued', finished.toISOString(), { lastError: result.message });
      this.store.accounts.setHealth(
        entry.accountId,
        'auth',
        `${result.message} Channel actions wait until the account is reconnected under Settings → Channels.`,
      );
      this.events.publish({ type: 'accounts:changed', accountIds: [entry.accountId] });
    } else if (result.retryable && entry.attempts + 1 < this.options.maxAttempts) {
      const delay = result.retryAfterMs ?? this.backoff(entry.attempts);
      this.store.outbox.mark(entry.id, 'queued', finished.toISOString(), {
        nextAttemptAt: new Date(finished.getTime() + delay).toISOString(),
        lastError: result.message,
      });
    } else {
      this.store.outbox.mark(entry.id, 'failed', finished.toISOString(), { lastError: result.message });
    }
    if (entry.itemId !== null) this.events.publish({ type: 'outbox:changed', itemIds: [entry.itemId] });
  }

  private async perform(connector: Connector, entry: OutboxEntry): Promise<PerformResult> {
    const reversed = typeof entry.payload.reverses === 'number' ? this.store.outbox.get(entry.payload.reverses) : null;
    const payload = reversed ? { ...entry.payload, reference: reversed.reference } : entry.payload;
    // A row that does not fit its operation's schema fails here, with a message, instead of reaching the channel.
    const parsed = parseChannelRequest(entry.operation, payload);
    if (!parsed.ok) return { ok: false, retryable: false, message: parsed.message };
    try {
      return await connector.perform({
        ...parsed.request,
        itemExternalId: typeof payload.externalId === 'string' ? payload.externalId : null,
        idempotencyKey: entry.idempotencyKey,
      });
    } catch (error) {
      return { ok: false, retryable: true, message: error instanceof Error ? error.message : String(error) };
    }
  }

  private backoff(attempts: number): number {
    const exponential = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** attempts);
    return Math.round(exponential / 2 + this.options.random() * (exponential / 2));
  }
}
