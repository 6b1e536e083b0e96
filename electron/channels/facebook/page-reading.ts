// Reads a Page from a given time on: its posts, the comments under them, and its Messenger conversations.
import { graphPath, type GraphClient } from './graph-client';
import { GraphRefusal } from './graph-errors';
import {
  createdAtMs,
  graphFields,
  readComment,
  readMessage,
  readConversation,
  readPost,
  type Conversation,
  type ItemReading,
} from './graph-payloads';
import { firstSyncMs } from './poll-cursor';

const unixSeconds = (ms: number): string => String(Math.floor(ms / 1000));
const startedAtOrAfter =
  (from: number) =>
  (raw: unknown): boolean =>
    (createdAtMs(raw) ?? Number.POSITIVE_INFINITY) >= from;

/**
 * Everything on the Page created from `from` on, each entry read or set aside. Comments can arrive on any
 * recent post, so every post of the last 30 days (or since `from`, if earlier) is looked under.
 */
export async function readPageSince(
  graph: GraphClient,
  pageId: string,
  from: number,
  now: Date,
): Promise<ItemReading[]> {
  const postsFrom = Math.min(from, now.getTime() - firstSyncMs);
  // /feed rather than /posts: visitors' posts on the Page need moderating too.
  const posts = await graph.listAll(graphPath(pageId, 'feed'), {
    fields: graphFields.post,
    since: unixSeconds(postsFrom),
    limit: '100',
  });
  const readings = posts.filter(startedAtOrAfter(from)).map((raw) => readPost(raw, pageId));
  for (const postId of posts.flatMap(idOf)) readings.push(...(await readComments(graph, postId, pageId, from)));
  readings.push(...(await readConversations(graph, pageId, from)));
  return readings;
}

function idOf(raw: unknown): string[] {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? [id] : [];
}

/**
 * filter=stream gives replies too, each with its `parent`; order=chronological pages oldest first; `since`
 * is the lower bound of the time range. https://developers.facebook.com/docs/graph-api/reference/page-post/comments/
 */
async function readComments(graph: GraphClient, postId: string, pageId: string, from: number): Promise<ItemReading[]> {
  const params = {
    filter: 'stream',
    order: 'chronological',
    fields: graphFields.comment,
    since: unixSeconds(from),
    limit: '100',
  };
  try {
    const comments = await graph.listAll(graphPath(postId, 'comments'), params);
    return comments.map((raw) => readComment(raw, postId, pageId));
  } catch (error) {
    // One post Facebook will not list (deleted meanwhile, say) must not stop the whole Page from arriving.
    if (!(error instanceof GraphRefusal) || error.kind !== 'rejected') throw error;
    const rejected = {
      raw: JSON.stringify({ post: postId }),
      error: `The comments under Facebook post ${postId} could not be read: ${error.message}`,
    };
    return [{ ok: false, id: `comments-of:${postId}`, rejected }];
  }
}

/** Conversations come most recently updated first, so paging stops at the first one older than `from`. */
async function readConversations(graph: GraphClient, pageId: string, from: number): Promise<ItemReading[]> {
  const updatedSince = (raw: unknown) => (createdAtMs(raw, 'updated_time') ?? Number.POSITIVE_INFINITY) >= from;
  const conversations = await graph.listAll(
    graphPath(pageId, 'conversations'),
    { platform: 'messenger', fields: graphFields.conversation, limit: '25' },
    (page) => page.every(updatedSince),
  );
  const readings: ItemReading[] = [];
  for (const raw of conversations.filter(updatedSince)) {
    const reading = readConversation(raw);
    if (!reading.ok) {
      readings.push(reading);
      continue;
    }
    const messages = await messagesSince(graph, reading.conversation, from);
    readings.push(...messages.map((message) => readMessage(message, reading.conversation.id, pageId)));
  }
  return readings;
}

/** A conversation's messages come newest first: follow its pages only while they are still new. */
async function messagesSince(graph: GraphClient, conversation: Conversation, from: number): Promise<unknown[]> {
  const nested = conversation.messages;
  if (!nested) return [];
  const recent = startedAtOrAfter(from);
  const messages = [...nested.data];
  if (nested.data.every(recent)) messages.push(...(await graph.listRest(nested, (page) => page.every(recent))));
  return messages.filter(recent);
}
