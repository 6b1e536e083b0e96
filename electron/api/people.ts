// One person across channels: their senders, history, strikes, blocks and the clerk's notes.
import { z } from 'zod';
import type { BlockMethod } from './capabilities';
import type { ActionRecord, AuthorDetail, QueueItem } from './domain';

/** The repeat-offender rule: `threshold` strikes within `windowMonths` months (the policy: "repeat offenders will be blocked"). */
export const strikeSettingsSchema = z.strictObject({
  threshold: z.number().int().min(1).max(50),
  windowMonths: z.number().int().min(1).max(120),
});
export type StrikeSettingsInput = z.infer<typeof strikeSettingsSchema>;

export interface SenderBlock {
  method: BlockMethod;
  since: string;
  operator: string;
}

/** One channel identity of the person, and what blocking does there. */
export interface PersonSender extends AuthorDetail {
  block: SenderBlock | null;
  blockMethod: BlockMethod;
  /** What `Block sender` will do on this channel, in the clerk's words. */
  blockDescription: string;
  itemCount: number;
}

export interface StrikeEntry {
  actionId: number;
  itemId: number;
  reasonLabel: string;
  at: string;
  /** counted: inside the window; expired: older than the window; cancelled: undone or restored. */
  judgement: 'counted' | 'expired' | 'cancelled';
}

export interface PersonNote {
  id: number;
  text: string;
  operator: string;
  at: string;
}

export interface PersonLinkSuggestion {
  sender: AuthorDetail;
  personId: number;
  strength: 'strong' | 'medium' | 'weak';
  evidence: string[];
}

/** The policy's data consent form: none, sent (by the "data consent form" reply), received, withdrawn. */
export const consentStatuses = ['none', 'form-sent', 'form-received', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

export interface PersonHistory {
  id: number;
  displayName: string;
  senders: PersonSender[];
  /** Newest first; `itemTotal` says how many there are in all. */
  items: QueueItem[];
  itemTotal: number;
  strikes: {
    count: number;
    threshold: number;
    windowMonths: number;
    reached: boolean;
    entries: StrikeEntry[];
  };
  /** none: no sender blocked; partly: some senders (e.g. one linked after the block); all. */
  blocked: 'none' | 'partly' | 'all';
  notes: PersonNote[];
  /** Everything done about this person and their items, newest first: removals, replies, blocks, links. */
  record: ActionRecord[];
  suggestions: PersonLinkSuggestion[];
  /** Whether their personal data may be passed on (forwarded unredacted): only with the form received. */
  consent: { status: ConsentStatus; at: string | null; by: string | null };
}

export interface SenderMatch {
  sender: AuthorDetail;
  personId: number;
  personName: string;
}
