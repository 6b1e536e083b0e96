// What X sends for mentions and direct messages, checked one payload at a time and turned into IncomingItems.
import { z } from 'zod';
import type { IncomingItem } from '../../core/incoming-item';
import { ChannelError } from '../channel-error';
import type { RejectedPayload } from '../connector';

/** X ids are 64-bit "snowflakes" sent as strings; their order is time order. */
export const snowflake = z.string().regex(/^\d{1,20}$/, 'expected a numeric X id');
const dateText = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expected a date');

export function isNewer(id: string, than: string | null): boolean {
  return than === null || BigInt(id) > BigInt(than);
}

export function newestOf(ids: readonly (string | null | undefined)[]): string | null {
  let newest: string | null = null;
  for (const id of ids) if (id && snowflake.safeParse(id).success && isNewer(id, newest)) newest = id;
  return newest;
}

const userSchema = z.object({ id: z.string(), username: z.string(), name: z.string() });
type XUser = z.infer<typeof userSchema>;

const mentionSchema = z.object({
  id: snowflake,
  text: z.string(),
  author_id: snowflake,
  created_at: dateText,
  conversation_id: snowflake,
  referenced_tweets: z.array(z.object({ type: z.string(), id: snowflake })).optional(),
});

/** One MessageCreate event (the poll asks for no other type). */
const dmEventSchema = z.object({
  id: snowflake,
  event_type: z.literal('MessageCreate'),
  text: z.string(),
  sender_id: snowflake,
  created_at: dateText,
  dm_conversation_id: z.string().min(1),
});

/** The envelope of a timeline page; each entry of `data` is checked on its own. */
const pageSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z.object({ users: z.array(z.unknown()).optional(), tweets: z.array(z.unknown()).optional() }).optional(),
  meta: z.object({ newest_id: z.string().optional(), next_token: z.string().optional() }).optional(),
  errors: z.array(z.unknown()).optional(),
});

/** A partial error: X could not return one object of an otherwise good page. */
const partialErrorSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  resource_type: z.string().optional(),
  resource_id: z.string().optional(),
});

export interface XPage {
  items: IncomingItem[];
  rejected: RejectedPayload[];
  /** The newest id on the page, malformed entries included, so a bad payload is not fetched again. */
  newestId: string | null;
  nextToken: string | null;
  /** The page reached an id at or before `knownUntil`: everything older is already in the record. */
  reachedKnown: boolean;
}

/** A timeline page; `knownUntil` drops entries at or before that id (X's DM list has no since_id). */
export function readPage(
  body: unknown,
  stream: 'mention' | 'dm',
  accountId: string,
  knownUntil: string | null = null,
): XPage {
  const page = pageSchema.safeParse(body);
  if (!page.success)
    throw new ChannelError('unexpected', `X sent a ${stream} page in an unknown shape (${issuesText(page.error)}).`);
  const users = usersById(page.data.includes?.users ?? []);
  const result: XPage = {
    items: [],
    rejected: [],
    newestId: null,
    nextToken: page.data.meta?.next_token ?? null,
    reachedKnown: false,
  };
  const ids: (string | undefined)[] = [page.data.meta?.newest_id];
  for (const raw of page.data.data ?? []) {
    const id = idOf(raw);
    if (id !== null && !isNewer(id, knownUntil)) {
      result.reachedKnown = true;
      continue;
    }
    ids.push(id ?? undefined);
    const item = stream === 'mention' ? readMention(raw, users, accountId) : readDm(raw, users, accountId);
    if (typeof item === 'string') result.rejected.push({ raw: JSON.stringify(raw), error: item });
    else result.items.push(item);
  }
  for (const raw of page.data.errors ?? [])
    result.rejected.push({ raw: JSON.stringify(raw), error: partialErrorText(raw, stream) });
  result.newestId = newestOf(ids);
  // X lists newest first; the record reads better oldest first.
  result.items.reverse();
  if (stream === 'mention')
    result.items.unshift(...councilPostsAnswered(page.data.includes?.tweets ?? [], result.items, users, accountId));
  return result;
}

/**
 * The council's own posts that this page's mentions answer, from includes.tweets, so the clerk sees
 * what was being answered (the mentions timeline never lists the council's own posts). Other
 * people's posts are not the council's correspondence and stay out; an unreadable one is only
 * context, so it is skipped rather than kept aside. Posts already in the record are ignored there.
 */
function councilPostsAnswered(
  included: readonly unknown[],
  mentions: readonly IncomingItem[],
  users: ReadonlyMap<string, XUser>,
  accountId: string,
): IncomingItem[] {
  const answered = new Set(mentions.map((mention) => mention.parentExternalId).filter((id) => id !== null));
  const posts = included
    .map((raw) => readMention(raw, users, accountId))
    .filter(
      (post): post is IncomingItem => typeof post !== 'string' && post.fromCouncil && answered.has(post.externalId),
    );
  return posts.sort((a, b) => (isNewer(a.externalId, b.externalId) ? 1 : -1));
}

function readMention(raw: unknown, users: ReadonlyMap<string, XUser>, accountId: string): IncomingItem | string {
  const parsed = mentionSchema.safeParse(raw);
  if (!parsed.success) return `X sent a mention${idText(raw)} that could not be read: ${issuesText(parsed.error)}.`;
  const tweet = parsed.data;
  const author = users.get(tweet.author_id);
  return {
    externalId: tweet.id,
    channel: 'x',
    kind: 'mention',
    author: authorOf(tweet.author_id, author),
    subject: null,
    text: plainTweetText(tweet.text),
    html: null,
    receivedAt: new Date(tweet.created_at).toISOString(),
    threadId: tweet.conversation_id,
    parentExternalId: tweet.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id ?? null,
    url: author ? `https://x.com/${author.username}/status/${tweet.id}` : `https://x.com/i/web/status/${tweet.id}`,
    fromCouncil: tweet.author_id === accountId,
    expectedReasons: null,
  };
}

function readDm(raw: unknown, users: ReadonlyMap<string, XUser>, accountId: string): IncomingItem | string {
  const parsed = dmEventSchema.safeParse(raw);
  if (!parsed.success)
    return `X sent a direct message${idText(raw)} that could not be read: ${issuesText(parsed.error)}.`;
  const event = parsed.data;
  return {
    externalId: event.id,
    channel: 'x',
    kind: 'dm',
    author: authorOf(event.sender_id, users.get(event.sender_id)),
    subject: null,
    text: event.text,
    html: null,
    receivedAt: new Date(event.created_at).toISOString(),
    threadId: event.dm_conversation_id,
    parentExternalId: null,
    url: `https://x.com/messages/${event.dm_conversation_id}`,
    fromCouncil: event.sender_id === accountId,
    expectedReasons: null,
  };
}

/** A suspended or deleted author is missing from `includes`; the item still arrives under its id. */
function authorOf(id: string, user: XUser | undefined): IncomingItem['author'] {
  return {
    externalId: id,
    name: user?.name ?? `X user ${id}`,
    handle: user ? `@${user.username}` : null,
    email: null,
    phone: null,
  };
}

/** Tweet text comes with &, < and > escaped as HTML entities; the record keeps plain text. */
export function plainTweetText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function usersById(raw: readonly unknown[]): Map<string, XUser> {
  const users = new Map<string, XUser>();
  for (const entry of raw) {
    const user = userSchema.safeParse(entry);
    if (user.success) users.set(user.data.id, user.data);
  }
  return users;
}

function idOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && snowflake.safeParse(id).success ? id : null;
}

function idText(raw: unknown): string {
  const id = idOf(raw);
  return id === null ? '' : ` (${id})`;
}

function partialErrorText(raw: unknown, stream: 'mention' | 'dm'): string {
  const parsed = partialErrorSchema.safeParse(raw);
  const error = parsed.success ? parsed.data : {};
  const what = error.resource_type ?? (stream === 'mention' ? 'tweet' : 'direct message');
  const which = error.resource_id ? ` ${error.resource_id}` : '';
  const why = (error.detail ?? error.title ?? 'no reason given').replace(/\.+$/, '');
  return `X could not return ${what}${which} with this page: ${why}.`;
}

export function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
