// The one interface every channel connector implements (demo included).
import type { ChannelCapabilities } from '../api/capabilities';
import type { Channel } from '../api/domain';
import type { IncomingItem } from '../core/incoming-item';
import type { ChannelErrorKind } from './channel-error';
import type { ChannelOperation } from './channel-operations';

/** A payload the channel sent that could not be understood: kept aside, never dropped. */
export interface RejectedPayload {
  raw: string;
  error: string;
}

export interface PollResult {
  items: IncomingItem[];
  /** Saved with the items in one transaction; the next poll starts from it. */
  nextCursor: string | null;
  rejected: RejectedPayload[];
  /** True when the channel said there is more to fetch right away. */
  more: boolean;
}

export type { ChannelOperation } from './channel-operations';

export type PerformResult =
  | { ok: true; reference: string | null }
  | { ok: false; retryable: boolean; message: string; retryAfterMs?: number; kind?: ChannelErrorKind };

export type VerifyResult = { ok: true; detail: string } | { ok: false; message: string };

/**
 * poll() throws ChannelError when the channel refuses (auth, rate limit, network); a payload it cannot
 * understand goes in `rejected` and the rest of the page still arrives. perform() never throws for an
 * expected failure: it answers { ok: false } with the ChannelError's kind and message (see failureOf).
 * Operations and their payloads are the schemas in channel-operations.ts; each connector switches over all of them.
 * An operation the channel cannot do answers { ok: false, retryable: false, kind: 'rejected' }.
 * Retrying an operation with the same idempotencyKey must never do it twice on the channel.
 */
export interface Connector {
  readonly connector: string;
  readonly channel: Channel;
  readonly capabilities: ChannelCapabilities;
  poll(cursor: string | null): Promise<PollResult>;
  perform(operation: ChannelOperation): Promise<PerformResult>;
  verify(): Promise<VerifyResult>;
  /**
   * Optional push: calls onChange when the channel says something new arrived (email IMAP IDLE), so the
   * poller polls at once instead of waiting for its interval. Resolves once watching has started.
   */
  watch?(onChange: () => void): Promise<{ stop(): Promise<void> }>;
}
