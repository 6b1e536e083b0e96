// The council's vocabulary shared by both sides: channels, kinds of item, statuses.
import { z } from 'zod';

export const channels = ['facebook', 'x', 'email', 'website', 'sms'] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

export const itemKinds = ['comment', 'message', 'mention', 'dm', 'email', 'sms'] as const;
export const itemKindSchema = z.enum(itemKinds);
export type ItemKind = z.infer<typeof itemKindSchema>;

/** Which kinds each channel can carry; anything else is malformed input. */
export const kindsByChannel: Readonly<Record<Channel, readonly ItemKind[]>> = {
  facebook: ['comment', 'message'],
  x: ['mention', 'dm'],
  email: ['email'],
  website: ['comment'],
  sms: ['sms'],
};

export const itemStatuses = ['new', 'handled', 'removed'] as const;
export const itemStatusSchema = z.enum(itemStatuses);
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const channelNames: Readonly<Record<Channel, string>> = {
  facebook: 'Facebook',
  x: 'X',
  email: 'Email',
  website: 'Website',
  sms: 'SMS',
};

export const kindNames: Readonly<Record<ItemKind, string>> = {
  comment: 'Comment',
  message: 'Message',
  mention: 'Mention',
  dm: 'Direct message',
  email: 'Email',
  sms: 'Text message',
};

export interface AuthorSummary {
  id: number;
  name: string;
  handle: string | null;
}

export interface AuthorDetail extends AuthorSummary {
  channel: Channel;
  externalId: string;
  email: string | null;
  phone: string | null;
}

export interface QueueItem {
  id: number;
  accountId: number;
  accountName: string;
  channel: Channel;
  kind: ItemKind;
  status: ItemStatus;
  author: AuthorSummary;
  subject: string | null;
  text: string;
  receivedAt: string;
  threadId: string | null;
  fromCouncil: boolean;
}

export interface ActionRecord {
  id: number;
  itemId: number | null;
  kind: string;
  operator: string;
  createdAt: string;
  summary: string;
}

export interface ItemDetail extends QueueItem {
  externalId: string;
  author: AuthorDetail;
  html: string | null;
  url: string | null;
  parentExternalId: string | null;
  /** The item this one replies to, when it is in the record. */
  parent: QueueItem | null;
  /** The other items of the same thread, oldest first (this item excluded). */
  thread: QueueItem[];
  actions: ActionRecord[];
}

/** The eight removal reasons of the council's Social Media Policy, by id (their wording lives in assets/policy). */
export const policyReasonIds = [
  'obscene-racist',
  'personal-attack',
  'libellous',
  'unlawful-copyright',
  'private-info',
  'off-topic',
  'commercial-spam',
  'alleged-breach',
] as const;
export const policyReasonIdSchema = z.enum(policyReasonIds);
export type PolicyReasonId = z.infer<typeof policyReasonIdSchema>;
