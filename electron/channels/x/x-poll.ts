// Reading the council's mentions and direct messages page by page, and the cursor that remembers where each stands.
import { readCursorAs } from '../cursor';
import { z } from 'zod';
import type { PollResult } from '../connector';
import type { XClient } from './x-client';
import { newestOf, readPage, snowflake, type XPage } from './x-payloads';

/** A first sync reaches back at most this far and this many items per stream, then only moves forward. */
const firstSyncDays = 30;
const firstSyncLimit = 500;
const pageSize = '100';
/**
 * After the first sync, DMs are read 10 at a time: GET /2/dm_events has no since_id, so every poll reads the
 * newest page again, and X bills each DM event (and its sender) on it once per UTC day. A page of 10 usually
 * reaches what the record already has; a busier minute pages on.
 */
const steadyDmPageSize = '10';

/** A pass walks one stream from its newest entry back to what is already known, one page per poll. */
const passSchema = z.object({
  token: z.string(),
  newestId: snowflake.nullable(),
  fetched: z.number().int().nonnegative(),
});

const cursorSchema = z.object({
  v: z.literal(1),
  /** sinceId: the newest mention in the record; startTime only during a first sync's pass. */
  mentions: z.object({ sinceId: snowflake.nullable(), startTime: z.string().nullable(), pass: passSchema.nullable() }),
  /** newestId: the newest DM event in the record. */
  dms: z.object({ newestId: snowflake.nullable(), pass: passSchema.nullable() }),
});

type XCursor = z.infer<typeof cursorSchema>;
type Pass = z.infer<typeof passSchema>;

const firstSync: XCursor = {
  v: 1,
  mentions: { sinceId: null, startTime: null, pass: null },
  dms: { newestId: null, pass: null },
};

/** A cursor from an older version or a damaged one starts again: the record ignores items it already holds. */
export function parseCursor(cursor: string | null): XCursor {
  return readCursorAs(cursorSchema, cursor) ?? firstSync;
}

const tweetFields = 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets';
const dmEventFields = 'id,text,created_at,sender_id,dm_conversation_id,event_type';

export async function pollX(client: XClient, accountId: string, cursor: string | null): Promise<PollResult> {
  const state = parseCursor(cursor);
  // While one stream is part-way through a pass, only that stream is read, so finished ones cost no calls.
  const midPass = state.mentions.pass !== null || state.dms.pass !== null;
  const pages: XPage[] = [];
  let next = state;
  if (!midPass || state.mentions.pass) {
    const { page, mentions } = await pollMentions(client, accountId, next.mentions);
    pages.push(page);
    next = { ...next, mentions };
  }
  if (!midPass || state.dms.pass) {
    const { page, dms } = await pollDms(client, accountId, next.dms);
    pages.push(page);
    next = { ...next, dms };
  }
  return {
    items: pages.flatMap((page) => page.items),
    rejected: pages.flatMap((page) => page.rejected),
    nextCursor: JSON.stringify(next),
    more: next.mentions.pass !== null || next.dms.pass !== null,
  };
}

/**
 * GET /2/users/:id/mentions lists newest first; since_id keeps to what is newer than the record, and
 * meta.next_token → pagination_token walks back through older pages (up to the 800 most recent).
 * https://docs.x.com/x-api/posts/timelines/quickstart/user-mention-quickstart
 */
async function pollMentions(
  client: XClient,
  accountId: string,
  mentions: XCursor['mentions'],
): Promise<{ page: XPage; mentions: XCursor['mentions'] }> {
  const first = mentions.sinceId === null;
  const startTime = mentions.pass
    ? mentions.startTime
    : first
      ? xTime(new Date(client.now().getTime() - firstSyncDays * 86_400_000))
      : null;
  const body = await client.call('GET', `/2/users/${accountId}/mentions`, "read the council's mentions", {
    query: {
      since_id: mentions.sinceId,
      start_time: startTime,
      max_results: pageSize,
      'tweet.fields': tweetFields,
      // The posts mentions answer come along in includes.tweets: the council's own are kept as context.
      expansions: 'author_id,referenced_tweets.id,referenced_tweets.id.author_id',
      'user.fields': 'username,name',
      pagination_token: mentions.pass?.token,
    },
  });
  const page = readPage(body, 'mention', accountId);
  const pass = continuePass(mentions.pass, page, first);
  if (pass) return { page, mentions: { sinceId: mentions.sinceId, startTime, pass } };
  return {
    page,
    mentions: {
      sinceId: newestOf([mentions.pass?.newestId, page.newestId, mentions.sinceId]),
      startTime: null,
      pass: null,
    },
  };
}

/**
 * GET /2/dm_events lists the last 30 days of events newest first, paged by pagination_token; it has no
 * since_id, so a pass stops at the first page that reaches an event already in the record.
 * https://docs.x.com/x-api/direct-messages/lookup/integrate
 */
async function pollDms(
  client: XClient,
  accountId: string,
  dms: XCursor['dms'],
): Promise<{ page: XPage; dms: XCursor['dms'] }> {
  const body = await client.call('GET', '/2/dm_events', "read the council's direct messages", {
    query: {
      'dm_event.fields': dmEventFields,
      event_types: 'MessageCreate',
      expansions: 'sender_id',
      'user.fields': 'username,name',
      max_results: dms.newestId === null ? pageSize : steadyDmPageSize,
      pagination_token: dms.pass?.token,
    },
  });
  const page = readPage(body, 'dm', accountId, dms.newestId);
  const pass = page.reachedKnown ? null : continuePass(dms.pass, page, dms.newestId === null);
  if (pass) return { page, dms: { newestId: dms.newestId, pass } };
  return { page, dms: { newestId: newestOf([dms.pass?.newestId, page.newestId, dms.newestId]), pass: null } };
}

/** The pass after this page, or null when it is over (no next page, or a first sync's limit reached). */
function continuePass(pass: Pass | null, page: XPage, firstSync: boolean): Pass | null {
  const fetched = (pass?.fetched ?? 0) + page.items.length + page.rejected.length;
  if (page.nextToken === null || (firstSync && fetched >= firstSyncLimit)) return null;
  return { token: page.nextToken, newestId: newestOf([pass?.newestId, page.newestId]), fetched };
}

/** X takes start_time as YYYY-MM-DDTHH:mm:ssZ, without milliseconds. */
function xTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
