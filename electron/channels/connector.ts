// The one interface every channel connector implements (demo included).
import type { ChannelCapabilities } from '../api/capabilities';
import type { Channel } from '../api/domain';
import type { IncomingItem } from '../core/incoming-item';

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

export interface ChannelOperation {
  operation: string;
  itemExternalId: string | null;
  payload: Record<string, unknown>;
  /** The same key always means the same effect on the channel: retrying never doubles it. */
  idempotencyKey: string;
}

export type PerformResult =
  | { ok: true; reference: string | null }
  | { ok: false; retryable: boolean; message: string; retryAfterMs?: number };

export type VerifyResult = { ok: true; detail: string } | { ok: false; message: string };

export interface Connector {
  readonly connector: string;
  readonly channel: Channel;
  readonly capabilities: ChannelCapabilities;
  poll(cursor: string | null): Promise<PollResult>;
  perform(operation: ChannelOperation): Promise<PerformResult>;
  verify(): Promise<VerifyResult>;
}
