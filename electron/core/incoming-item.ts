// What a connector hands to the store: one comment, message, email or SMS as the channel gave it.
import type { Channel, ItemKind, PolicyReasonId } from '../api/domain';

export interface IncomingAuthor {
  externalId: string;
  name: string;
  handle: string | null;
  email: string | null;
  phone: string | null;
}

export interface IncomingItem {
  externalId: string;
  channel: Channel;
  kind: ItemKind;
  author: IncomingAuthor;
  subject: string | null;
  text: string;
  html: string | null;
  /** ISO 8601 in UTC, as produced by Date#toISOString, so that text order is time order. */
  receivedAt: string;
  threadId: string | null;
  parentExternalId: string | null;
  url: string | null;
  fromCouncil: boolean;
  /** Only sample data carries these: the reasons a careful clerk would remove it for. */
  expectedReasons: PolicyReasonId[] | null;
}
