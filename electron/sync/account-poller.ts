// One poller per account: sync on an interval (or at once when the channel pushes), back off on errors,
// honour rate limits, and stop on refused credentials until the clerk reconnects the account.
import { ChannelError } from '../channels/channel-error';
import type { Connector } from '../channels/connector';
import type { AccountHealth, AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';
import type { EventHub } from './event-hub';
import { syncAccount } from './sync-account';

export interface PollerOptions {
  intervalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  log: (line: string) => void;
  onIngested?: (itemIds: number[]) => void;
  /** Why the account must not be polled now (its spending cap reached), or null; asked before every poll. */
  mayPoll?: (account: AccountRow) => string | null;
}

const defaults: PollerOptions = {
  intervalMs: 60_000,
  baseDelayMs: 5_000,
  maxDelayMs: 15 * 60_000,
  random: Math.random,
  log: () => undefined,
};

export type PollOutcome =
  | { kind: 'synced'; added: number }
  | { kind: 'stopped'; reason: string }
  | { kind: 'retry'; inMs: number; reason: string };

export class AccountPoller {
  private readonly options: PollerOptions;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollOutcome> | null = null;
  private failures = 0;
  private stopped = true;
  private watching: { stop(): Promise<void> } | null = null;

  constructor(
    private readonly store: Store,
    private readonly account: AccountRow,
    private readonly connector: Connector,
    private readonly events: EventHub,
    private readonly now: () => Date,
    options: Partial<PollerOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
  }

  async start(): Promise<void> {
    this.stopped = false;
    void this.pollNow();
    if (this.connector.watch) {
      try {
        this.watching = await this.connector.watch(() => void this.pollNow());
      } catch (error) {
        this.options.log(
          `${this.account.name}: push notifications unavailable (${error instanceof Error ? error.message : String(error)}); polling instead.`,
        );
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.watching?.stop();
    this.watching = null;
    await this.running;
  }

  /** Syncs now (overlapping calls share one run) and schedules the next run from the outcome. */
  pollNow(): Promise<PollOutcome> {
    this.running ??= this.pollOnce().finally(() => (this.running = null));
    return this.running;
  }

  private async pollOnce(): Promise<PollOutcome> {
    if (this.timer) clearTimeout(this.timer);
    const outcome = await this.sync();
    if (!this.stopped && outcome.kind !== 'stopped') {
      this.timer = setTimeout(
        () => void this.pollNow(),
        outcome.kind === 'retry' ? outcome.inMs : this.options.intervalMs,
      );
    }
    return outcome;
  }

  private async sync(): Promise<PollOutcome> {
    const current = this.store.accounts.get(this.account.id);
    if (!current || current.paused || current.removedAt) return { kind: 'stopped', reason: 'paused' };
    const hold = this.options.mayPoll?.(current) ?? null;
    if (hold !== null) {
      // Asked again at every interval, so a new month (or a raised cap) starts it again by itself.
      if (current.health !== 'capped' || current.healthMessage !== hold) this.changeHealth('capped', hold);
      return { kind: 'retry', inMs: this.options.intervalMs, reason: hold };
    }
    try {
      const added = await syncAccount(
        this.store,
        current,
        this.connector,
        this.events,
        this.now,
        this.options.onIngested,
      );
      this.failures = 0;
      if (current.health !== 'ok') this.changeHealth('ok', null);
      return { kind: 'synced', added };
    } catch (error) {
      return this.failed(error);
    }
  }

  private failed(error: unknown): PollOutcome {
    this.failures++;
    if (error instanceof ChannelError && error.kind === 'auth') {
      this.changeHealth(
        'auth',
        `${error.message} Syncing has stopped: reconnect the account under Settings → Channels.`,
      );
      return { kind: 'stopped', reason: error.message };
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (!(error instanceof ChannelError))
      this.options.log(
        `${this.account.name}: sync failed: ${error instanceof Error ? (error.stack ?? reason) : reason}`,
      );
    const inMs =
      error instanceof ChannelError && error.kind === 'rate-limit' && error.retryAfterMs !== undefined
        ? error.retryAfterMs
        : this.backoff();
    const seconds = Math.max(1, Math.round(inMs / 1000));
    this.changeHealth(
      'error',
      `${reason} Trying again in ${seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`}.`,
    );
    return { kind: 'retry', inMs, reason };
  }

  private changeHealth(health: AccountHealth, message: string | null): void {
    this.store.accounts.setHealth(this.account.id, health, message);
    this.events.publish({ type: 'accounts:changed', accountIds: [this.account.id] });
  }

  /** Exponential, capped, with jitter so that many accounts do not retry together. */
  private backoff(): number {
    const exponential = Math.min(this.options.maxDelayMs, this.options.baseDelayMs * 2 ** (this.failures - 1));
    return Math.round(exponential / 2 + this.options.random() * (exponential / 2));
  }
}
