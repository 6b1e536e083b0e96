// What a reply will be on its channel, exactly as it goes out, and what stops it going.
import type { ReplyForm } from '../api/capabilities';
import { emptyReplyProblem } from '../api/replies';
import {
  emailReplySubject,
  quoteForReply,
  smsSegments,
  threadingHeaders,
  xLimit,
  xWeightedLength,
} from './reply-format';

export interface ReplyOriginal {
  channel: string;
  externalId: string;
  authorName: string;
  subject: string | null;
  text: string;
  receivedAt: string;
  /** Message-IDs of the messages this one answers, oldest first (email threading). */
  ancestors: string[];
}

export interface ReplyMeasure {
  /** characters: plain length; x: X's weighted length; sms: GSM-7/UCS-2 segments. */
  kind: 'characters' | 'x' | 'sms';
  used: number;
  limit: number | null;
  /** For SMS: how many messages the reply will be sent as. */
  segments?: number;
  encoding?: string;
}

export interface ComposedReply {
  form: ReplyForm;
  /** What the channel receives, including the quoted original for email. */
  body: string;
  subject: string | null;
  inReplyTo: string | null;
  references: string[];
  measure: ReplyMeasure;
  /** Reasons the reply cannot be sent as it is (outbound policy check apart). */
  problems: string[];
}

/** Graph API private replies: one per comment, within 7 days of it (developers.facebook.com/docs/messenger-platform/discovery/private-replies). */
export const privateReplyWindowMs = 7 * 24 * 60 * 60 * 1000;

export function privateReplyRefusal(commentAt: string, alreadySent: boolean, now: Date): string | null {
  if (alreadySent) return 'Facebook allows one private reply per comment, and this comment has had its private reply.';
  if (now.getTime() - Date.parse(commentAt) > privateReplyWindowMs)
    return 'Facebook allows a private reply only within 7 days of the comment; reply publicly, or ask them to email the Clerk.';
  return null;
}

/** `signature`: the operator's, put under an email reply (above the quoted message). */
export function composeReply(
  form: ReplyForm,
  text: string,
  original: ReplyOriginal,
  limit: number | null,
  signature = '',
): ComposedReply {
  const problems: string[] = [];
  const trimmed = text.trim();
  if (trimmed === '') problems.push(emptyReplyProblem);
  const placeholder = /\{\{[^}]*\}?\}?/.exec(trimmed);
  if (placeholder)
    problems.push(
      `The reply still has ${placeholder[0]} in it: fill it in (or set the value under Policy settings) before sending.`,
    );

  if (form === 'email') {
    const headers = threadingHeaders({ messageId: original.externalId, references: original.ancestors });
    const quote = quoteForReply(original.text, original.authorName, new Date(original.receivedAt));
    return {
      form,
      body: signature.trim() ? `${trimmed}\n\n${signature.trim()}\n\n${quote}` : `${trimmed}\n\n${quote}`,
      subject: emailReplySubject(original.subject),
      inReplyTo: headers.inReplyTo,
      references: headers.references,
      measure: { kind: 'characters', used: trimmed.length, limit: null },
      problems,
    };
  }

  let measure: ReplyMeasure;
  if (original.channel === 'x') {
    measure = { kind: 'x', used: xWeightedLength(trimmed), limit: form === 'public-reply' ? xLimit : limit };
    if (measure.limit !== null && measure.used > measure.limit) {
      problems.push(
        `X allows ${measure.limit} characters and this reply is ${measure.used} (links count as 23): shorten it.`,
      );
    }
  } else if (form === 'sms') {
    const segments = smsSegments(trimmed);
    measure = { kind: 'sms', used: segments.units, limit, segments: segments.segments, encoding: segments.encoding };
    if (limit !== null && trimmed.length > limit)
      problems.push(
        `A text message reply is limited to ${limit} characters here; this one is ${trimmed.length}: shorten it.`,
      );
  } else {
    measure = { kind: 'characters', used: trimmed.length, limit };
    if (limit !== null && trimmed.length > limit)
      problems.push(`This channel allows ${limit} characters and the reply is ${trimmed.length}: shorten it.`);
  }
  return { form, body: trimmed, subject: null, inReplyTo: null, references: [], measure, problems };
}
