// The council's vocabulary shared by both sides: channels, kinds of item, statuses.
import { z } from 'zod';
import type { RowRequestMark } from './requests';
import type { ReplyFormOption } from './replies';
import type { RuleEffectView } from './rules';

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

/** 'blocked': arrived from a blocked sender; filed apart, kept in the record. */
export const itemStatuses = ['new', 'handled', 'removed', 'blocked'] as const;
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
  /** Set while the item is removed: why, by whom, when. */
  removal: RemovalSummary | null;
  /** False where the channel cannot take the item down (SMS, direct messages): removal only files it. */
  channelCanRemove: boolean;
  /** The person the sender belongs to (one person may write on several channels). */
  personId: number;
  /** That person's strikes inside the repeat-offender window. */
  strikes: number;
  /** This sender is blocked: what they send now is filed under Blocked. */
  senderBlocked: boolean;
  /** The top suggested removal reason, worked out when the item arrived; the detail pane has them all. */
  suggestion: StoredReasonSuggestion | null;
  /** What automation rules marked it with (labels, priority), while that stands. */
  ruleMarks: { labels: string[]; priority: boolean } | null;
  /** The request the item is logged under (with its clock), or the kind of request it looks like. */
  requestMark?: RowRequestMark | null;
}

export interface StoredReasonSuggestion {
  reasonId: PolicyReasonId;
  reasonLabel: string;
  confidence: 'high' | 'medium';
}

/** Where one sender stands now, for every row of theirs in the queue. */
export interface SenderStanding {
  authorId: number;
  personId: number;
  strikes: number;
  blocked: boolean;
}

export interface RemovalSummary {
  actionId: number;
  reasonId: PolicyReasonId;
  reasonLabel: string;
  operator: string;
  at: string;
}

export interface ActionRecord {
  id: number;
  itemId: number | null;
  kind: string;
  operator: string;
  createdAt: string;
  reasonId: string | null;
  policyVersion: string | null;
  /** One line for the clerk, e.g. "Removed: Obscene or racist (policy 2.1); hide queued on Facebook". */
  summary: string;
  /** Where the channel action stands, for actions that go to a channel (e.g. "delivered", "failed: …"). */
  delivery: string | null;
  /** The same in the clerk's words: "Sent", "Hidden on Facebook at 23:27", "Could not send: …". */
  deliveryWords: string | null;
}

/** A channel action in the outbox, as the item shows it. */
export interface ChannelActionState {
  id: number;
  operation: string;
  state: 'queued' | 'delivering' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  lastError: string | null;
  /** When its state last changed: for a delivered action, when it reached the channel. */
  updatedAt: string;
}

/** What removing this item will do, known before the click. */
export interface RemovalOptions {
  description: string;
  /** False for SMS and direct messages: they leave the queue but stay on the platform. */
  channelCanRemove: boolean;
  restorable: boolean;
  noticeAvailable: boolean;
  /** The account's default for posting the removal notice. */
  noticeByDefault: boolean;
}

export interface ReasonSuggestion {
  reasonId: PolicyReasonId;
  confidence: 'high' | 'medium';
  /** What led to it, in the clerk's words: the words that triggered a rule, or what was learned. */
  evidence: string[];
  /** A rule of the suggestion engine, or the classifier that learns from the council's decisions. */
  source?: 'rule' | 'learned';
  /** For a learned suggestion: how many of the council's decisions it was learned from. */
  learnedFrom?: number;
  /** A personal attack that threatens violence or harm: the most urgent thing to act on. */
  threat?: boolean;
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
  outbox: ChannelActionState[];
  removalOptions: RemovalOptions;
  /** Likely removal reasons, for the clerk to consider; never applied on their own. */
  suggestions: ReasonSuggestion[];
  /** How this item can be answered on its channel, and why a form is not available. */
  replyForms: ReplyFormOption[];
  /** What automation rules did to it that still stands, each undoable. */
  ruleEffects: RuleEffectView[];
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
