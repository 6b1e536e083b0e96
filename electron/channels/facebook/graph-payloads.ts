// What Page posts, comments and Messenger messages look like on the Graph API, and how each becomes an item.
import { z } from 'zod';
import type { IncomingAuthor, IncomingItem } from '../../core/incoming-item';
import type { RejectedPayload } from '../connector';

const graphTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'is not a date and time');
const graphId = z.string().min(1);
const someone = z.object({ id: graphId, name: z.string().optional() });

// https://developers.facebook.com/docs/graph-api/reference/page/feed/
const postSchema = z.object({
  id: graphId,
  message: z.string().optional(),
  created_time: graphTime,
  from: someone.optional(),
  permalink_url: z.string().optional(),
});

// https://developers.facebook.com/docs/graph-api/reference/object/comments — `from` is left out for people
// who have not authorised the app, so a comment without it is still a comment.
const commentSchema = z.object({
  id: graphId,
  message: z.string().optional(),
  created_time: graphTime,
  from: someone.optional(),
  parent: z.object({ id: graphId }).optional(),
  permalink_url: z.string().optional(),
  is_hidden: z.boolean().optional(),
});

// https://developers.facebook.com/docs/graph-api/reference/message/
const messageSchema = z.object({
  id: graphId,
  message: z.string().optional(),
  created_time: graphTime,
  from: someone,
});

const nestedList = z.object({
  data: z.array(z.unknown()),
  paging: z.object({ next: z.string().optional() }).optional(),
});

// https://developers.facebook.com/docs/graph-api/reference/page/conversations/
const conversationSchema = z.object({ id: graphId, updated_time: graphTime, messages: nestedList.optional() });
export type Conversation = z.infer<typeof conversationSchema>;

/** A payload set aside; `id` (when it has one) keeps it from being set aside again on the next poll. */
export type SetAside = { ok: false; id: string | null; rejected: RejectedPayload };
export type ItemReading = { ok: true; item: IncomingItem } | SetAside;

/** Fields asked for, so the answers match the schemas above. */
export const graphFields = {
  post: 'id,message,created_time,from,permalink_url',
  comment: 'id,message,created_time,from{id,name},parent{id},permalink_url,is_hidden',
  message: 'id,message,created_time,from',
  conversation: 'id,updated_time,messages{id,message,created_time,from}',
} as const;

function author(
  from: { id: string; name?: string | undefined } | undefined,
  fallbackId: string,
  fallbackName: string,
): IncomingAuthor {
  return {
    externalId: from?.id ?? fallbackId,
    name: from?.name || fallbackName,
    handle: null,
    email: null,
    phone: null,
  };
}

function rejection(what: string, raw: unknown, error: z.ZodError): SetAside {
  const id =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : null;
  const problems = error.issues.map((issue) => `${issue.path.join('.') || 'the payload'}: ${issue.message}`).join('; ');
  const sentence = `Facebook ${what}${id ? ` ${id}` : ''} could not be read (${problems}); it was set aside.`;
  return { ok: false, id, rejected: { raw: JSON.stringify(raw) ?? String(raw), error: sentence } };
}

/** A Messenger conversation with its newest messages nested. */
export function readConversation(raw: unknown): { ok: true; conversation: Conversation } | SetAside {
  const parsed = conversationSchema.safeParse(raw);
  return parsed.success ? { ok: true, conversation: parsed.data } : rejection('conversation', raw, parsed.error);
}

function item(fields: Omit<IncomingItem, 'channel' | 'subject' | 'html' | 'expectedReasons'>): ItemReading {
  return { ok: true, item: { ...fields, channel: 'facebook', subject: null, html: null, expectedReasons: null } };
}

/** A post on the Page's feed: the council's own (fromCouncil) or a visitor's; it opens its thread. */
export function readPost(raw: unknown, pageId: string): ItemReading {
  const parsed = postSchema.safeParse(raw);
  if (!parsed.success) return rejection('post', raw, parsed.error);
  const post = parsed.data;
  return item({
    externalId: post.id,
    kind: 'comment',
    author: author(post.from, `unknown:${post.id}`, 'Facebook user'),
    text: post.message ?? '',
    receivedAt: new Date(post.created_time).toISOString(),
    threadId: post.id,
    parentExternalId: null,
    url: post.permalink_url ?? null,
    fromCouncil: post.from?.id === pageId,
  });
}

/** A comment under a post: it answers its parent comment, or the post itself. */
export function readComment(raw: unknown, postId: string, pageId: string): ItemReading {
  const parsed = commentSchema.safeParse(raw);
  if (!parsed.success) return rejection('comment', raw, parsed.error);
  const comment = parsed.data;
  return item({
    externalId: comment.id,
    kind: 'comment',
    author: author(comment.from, `unknown:${comment.id}`, 'Facebook user'),
    text: comment.message ?? '',
    receivedAt: new Date(comment.created_time).toISOString(),
    threadId: postId,
    parentExternalId: comment.parent?.id ?? postId,
    url: comment.permalink_url ?? null,
    fromCouncil: comment.from?.id === pageId,
  });
}

/** A Messenger message in a conversation with the Page. */
export function readMessage(raw: unknown, conversationId: string, pageId: string): ItemReading {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return rejection('message', raw, parsed.error);
  const message = parsed.data;
  return item({
    externalId: message.id,
    kind: 'message',
    author: author(message.from, message.from.id, 'Facebook user'),
    text: message.message ?? '',
    receivedAt: new Date(message.created_time).toISOString(),
    threadId: conversationId,
    parentExternalId: null,
    url: null,
    fromCouncil: message.from.id === pageId,
  });
}

/** The creation time of a raw entry when it has a readable one, for deciding how far back to page. */
export function createdAtMs(raw: unknown, field: 'created_time' | 'updated_time' = 'created_time'): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = (raw as Record<string, unknown>)[field];
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : time;
}
