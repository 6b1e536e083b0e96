// Reading WordPress comments (context=edit) into incoming items, and where the next poll starts.
import { readCursorAs } from '../cursor';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IncomingItem } from '../../core/incoming-item';
import type { RejectedPayload } from '../connector';

// https://developer.wordpress.org/rest-api/reference/comments/#schema — date_gmt has no zone suffix: it is UTC.
const wordPressDateForm = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

export function isWordPressDate(value: string): boolean {
  return wordPressDateForm.test(value) && !Number.isNaN(Date.parse(`${value}Z`));
}

export const wordPressDate = z.string().refine(isWordPressDate, 'not a WordPress date (YYYY-MM-DDTHH:MM:SS)');

const commentSchema = z.object({
  id: z.number().int().positive(),
  date_gmt: wordPressDate,
  post: z.number().int().nonnegative(),
  parent: z.number().int().nonnegative(),
  author: z.number().int().nonnegative(),
  author_name: z.string(),
  author_email: z.string(),
  content: z.object({ raw: z.string(), rendered: z.string() }),
  link: z.string(),
});

export type WordPressComment = z.infer<typeof commentSchema>;

/**
 * Where the next poll starts: comments dated at or after `since` (whole seconds, UTC), less those already
 * delivered at exactly `since`. `page` moves on only when a whole page shares that one second.
 */
export interface CommentPosition {
  since: string;
  seen: string[];
  page: number;
}

const positionSchema = z.object({
  since: z.iso.datetime(),
  seen: z.array(z.string()),
  page: z.number().int().positive(),
});

/** The saved position, or null for a first sync (or a cursor this connector did not write). */
export function positionFrom(cursor: string | null): CommentPosition | null {
  return readCursorAs(positionSchema, cursor);
}

/** The thread (and top-level parent) of a comment is its post, kept apart from comment ids, which WordPress numbers separately. */
export function postReference(post: number): string {
  return `post-${post}`;
}

export function postOfReference(reference: string): number | null {
  const match = /^post-(\d+)$/.exec(reference);
  return match ? Number(match[1]) : null;
}

export interface CommentPage {
  items: IncomingItem[];
  rejected: RejectedPayload[];
  /** The position after this page. */
  next: CommentPosition;
}

/** One page of the comment list, read against where the poll started and the page count WordPress gave. */
export function readCommentPage(
  payloads: readonly unknown[],
  from: CommentPosition,
  totalPages: number,
  councilUserId: number,
): CommentPage {
  const items: IncomingItem[] = [];
  const rejected: RejectedPayload[] = [];
  const placed: Place[] = [];
  const seen = new Set(from.seen);
  for (const payload of payloads) {
    const place = placeOf(payload, from.since);
    if (seen.has(place.key)) continue;
    placed.push(place);
    const comment = commentSchema.safeParse(payload);
    if (comment.success) items.push(commentItem(comment.data, councilUserId));
    else
      rejected.push({
        raw: JSON.stringify(payload),
        error: `WordPress comment ${place.id ?? '(no id)'} could not be read: ${describeIssues(comment.error)}.`,
      });
  }
  return { items, rejected, next: advance(from, placed, totalPages) };
}

interface Place {
  /** The comment id, or for a payload without one a hash of it, so that it is not set aside again on every poll. */
  key: string;
  id: number | null;
  at: string;
}

function placeOf(payload: unknown, fallbackAt: string): Place {
  const record = payload !== null && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const id = typeof record.id === 'number' && Number.isInteger(record.id) ? record.id : null;
  const dated =
    typeof record.date_gmt === 'string' && isWordPressDate(record.date_gmt) ? utcOf(record.date_gmt) : fallbackAt;
  const key =
    id === null ? `raw:${createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 24)}` : String(id);
  return { key, id, at: dated };
}

function advance(from: CommentPosition, placed: readonly Place[], totalPages: number): CommentPosition {
  const newest = placed.reduce((latest, { at }) => (at > latest ? at : latest), from.since);
  const atNewest = placed.filter(({ at }) => at === newest).map(({ key }) => key);
  if (newest !== from.since) return { since: newest, seen: atNewest, page: 1 };
  // No progress in time: the whole page sat in one second, so step to the next page of that second.
  const seen = [...new Set([...from.seen, ...atNewest])];
  return { since: from.since, seen, page: totalPages > from.page ? from.page + 1 : 1 };
}

function commentItem(comment: WordPressComment, councilUserId: number): IncomingItem {
  const email = comment.author_email.trim().toLowerCase();
  const name = comment.author_name.trim() || 'Anonymous';
  return {
    externalId: String(comment.id),
    channel: 'website',
    kind: 'comment',
    author: { externalId: email || `wp:${name}`, name, handle: null, email: email || null, phone: null },
    subject: null,
    text: comment.content.raw,
    html: comment.content.rendered,
    receivedAt: utcOf(comment.date_gmt),
    threadId: postReference(comment.post),
    parentExternalId: comment.parent === 0 ? postReference(comment.post) : String(comment.parent),
    url: comment.link || null,
    // author is the WordPress user id, 0 for visitors.
    fromCouncil: comment.author !== 0 && comment.author === councilUserId,
    expectedReasons: null,
  };
}

export function utcOf(dateGmt: string): string {
  return new Date(`${dateGmt}Z`).toISOString();
}

/** The `after` query value: WordPress's `after` is strict, so one second before `since` includes `since` itself. */
export function afterFor(since: string): string {
  return `${new Date(Date.parse(since) - 1000).toISOString().slice(0, 19)}Z`;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'the comment'}: ${issue.message}`).join('; ');
}
