// Canned replies and the reply composer: templates, the forms a channel allows, the exact outgoing text.
import { z } from 'zod';
import type { ReplyForm } from './capabilities';

export const replyForms = [
  'public-reply',
  'private-reply',
  'direct-message',
  'email',
  'sms',
] as const satisfies readonly ReplyForm[];
export const replyFormSchema = z.enum(replyForms);

export const replyFormNames: Readonly<Record<ReplyForm, string>> = {
  'public-reply': 'Public reply',
  'private-reply': 'Private message (Facebook private reply)',
  'direct-message': 'Direct message',
  email: 'Email',
  sms: 'Text message',
};

export interface CannedReplyView {
  id: number;
  key: string;
  name: string;
  text: string;
  /** Sending it records that the data consent form was sent. */
  setsConsent: boolean;
  version: number;
  retired: boolean;
  variables: string[];
}

export interface TemplateVersion {
  version: number;
  name: string;
  text: string;
  operator: string;
  at: string;
}

export interface ReplyFormOption {
  form: ReplyForm;
  label: string;
  available: boolean;
  /** Why it is not available (e.g. Facebook's 7-day private-reply window). */
  why: string | null;
  /** Until when it may be sent, in UK time, where the channel has a window (Messenger). */
  window: string | null;
  /** What the clerk can do instead, when the channel will take nothing now. */
  instead: string | null;
  /** Characters allowed (X counts its own way); null when unlimited. */
  limit: number | null;
}

export interface ReplyDraft {
  text: string;
  /** What could not be filled in; the placeholder stays visible in the text. */
  problem: string | null;
}

export interface OutboundProblemView {
  kind: 'personal-data' | 'uncivil' | 'political';
  message: string;
  evidence: string;
}

/** The problem of a reply with no text: the composer keeps it quiet until the clerk has started writing. */
export const emptyReplyProblem = 'The reply is empty.';

export interface ReplyPreview {
  form: ReplyForm;
  /** Who it goes out as: "Ashcombe Parish Council <clerk@…>", or the council's account on the channel. */
  from: string;
  /** Who receives it: "Ruth Marlow <ruth@example.net>", "+44 7700 900123", "Gary Pritchard (@gazza)". */
  to: string;
  /** Exactly what the channel receives. */
  body: string;
  subject: string | null;
  inReplyTo: string | null;
  references: string[];
  measure: {
    kind: 'characters' | 'x' | 'sms';
    used: number;
    limit: number | null;
    segments?: number;
    encoding?: string;
  };
  /** What stops sending outright (too long, placeholders left, form not allowed). */
  problems: string[];
  /** The policy's rules for council communications; the clerk may override with a written reason. */
  outbound: OutboundProblemView[];
}

const templateText = z.string().trim().min(1).max(5000);
export const templateInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  text: templateText,
  setsConsent: z.boolean().optional(),
});
