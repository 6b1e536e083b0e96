// The one interface every channel connector implements (demo included).
import type { ChannelCapabilities } from '../api/capabilities';
import type { Channel } from '../api/domain';
import type { IncomingItem } from '../core/incoming-item';
import type { ChannelErrorKind } from './channel-error';

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
  | { ok: false; retryable: boolean; message: string; retryAfterMs?: number; kind?: ChannelErrorKind };

export type VerifyResult = { ok: true; detail: string } | { ok: false; message: string };

/**
 * poll() throws ChannelError when the channel refuses (auth, rate limit, network); a payload it cannot
 * understand goes in `rejected` and the rest of the page still arrives. perform() never throws for an
 * expected failure: it answers { ok: false } with the ChannelError's kind and message (see failureOf).
 * Operations and payloads (built in electron/moderation):
 *   hide | unhide | delete | trash | untrash | spam | unspam | move-to-folder | move-back  { externalId }
 *   post-notice { inReplyTo, text }        delete-notice { reference: id of the posted notice }
 *   reply { externalId, form, to, text, subject?, inReplyTo?, references? }
 *   block | unblock | mute | unmute { userId }
 *   forward { to, toName, subject, text } — email accounts only: a new email to a councillor or agency
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
