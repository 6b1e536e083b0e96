// The fake Graph API's Page data and how it answers for it: field selection, cursor paging, error envelopes.
import { randomBytes } from 'node:crypto';

export interface FakePerson {
  id: string;
  name: string;
}

export interface FakePost {
  id: string;
  message: string;
  createdTime: number;
  from: FakePerson;
  hidden: boolean;
  deleted: boolean;
}

export interface FakeComment {
  id: string;
  postId: string;
  parentId: string | null;
  message: string;
  createdTime: number;
  /** null: the commenter has not authorised the app, so the API leaves `from` out. */
  from: FakePerson | null;
  hidden: boolean;
  deleted: boolean;
  /** Served exactly as given, to play a payload the connector must set aside. */
  raw: Record<string, unknown> | null;
}

export interface FakeMessage {
  id: string;
  text: string;
  createdTime: number;
  from: FakePerson;
}

export interface FakeConversation {
  id: string;
  person: FakePerson;
  /** Oldest first; the API answers newest first. */
  messages: FakeMessage[];
}

export type GraphObject = Record<string, unknown>;

/** Graph API times look like 2024-05-01T12:34:56+0000. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

export function postShape(post: FakePost): GraphObject {
  return {
    id: post.id,
    ...(post.message ? { message: post.message } : {}),
    created_time: graphTime(post.createdTime),
    from: { ...post.from },
    permalink_url: `https://www.facebook.com/${post.id}`,
    is_hidden: post.hidden,
  };
}

export function commentShape(comment: FakeComment): GraphObject {
  if (comment.raw) return comment.raw;
  return {
    id: comment.id,
    message: comment.message,
    created_time: graphTime(comment.createdTime),
    ...(comment.from ? { from: { ...comment.from } } : {}),
    ...(comment.parentId ? { parent: { id: comment.parentId } } : {}),
    permalink_url: `https://www.facebook.com/${comment.postId}?comment_id=${comment.id}`,
    is_hidden: comment.hidden,
  };
}

export function messageShape(message: FakeMessage): GraphObject {
  return {
    id: message.id,
    message: message.text,
    created_time: graphTime(message.createdTime),
    from: { ...message.from, email: `${message.from.id}@facebook.com` },
  };
}

/** The top-level names of a `fields` parameter, with any `.limit(n)`: `messages.limit(5){id,from}` → messages, 5. */
export function parseFields(fields: string | null): Map<string, { limit: number | null; inner: string | null }> | null {
  if (!fields) return null;
  const parsed = new Map<string, { limit: number | null; inner: string | null }>();
  let depth = 0;
  let start = 0;
  const take = (segment: string) => {
    const name = /^[a-z_]+/.exec(segment.trim())?.[0];
    if (!name) return;
    const limit = /\.limit\((\d+)\)/.exec(segment)?.[1];
    const inner = /\{(.*)\}$/.exec(segment.trim())?.[1] ?? null;
    parsed.set(name, { limit: limit ? Number(limit) : null, inner });
  };
  for (let index = 0; index < fields.length; index++) {
    if (fields[index] === '{') depth++;
    if (fields[index] === '}') depth--;
    if (fields[index] === ',' && depth === 0) {
      take(fields.slice(start, index));
      start = index + 1;
    }
  }
  take(fields.slice(start));
  return parsed;
}

/** Only the fields asked for (and always the id), as the real API answers. */
export function pick(object: GraphObject, fields: ReturnType<typeof parseFields>): GraphObject {
  if (!fields) return object;
  return Object.fromEntries(Object.entries(object).filter(([name]) => name === 'id' || fields.has(name)));
}

const encodeCursor = (id: string): string => Buffer.from(`fake:${id}`).toString('base64url');
const decodeCursor = (cursor: string): string =>
  Buffer.from(cursor, 'base64url')
    .toString()
    .replace(/^fake:/, '');

/**
 * One page of a list: `limit` (25 by default, at most 100) entries after the `after` cursor, with
 * paging.cursors and, unless it is the last page, paging.next. Cursors name an entry, not a position,
 * so entries added meanwhile do not shift them.
 */
export function listPage(
  entries: GraphObject[],
  params: URLSearchParams,
  nextUrl: URL,
  defaultLimit = 25,
): GraphObject {
  const limit = Math.min(Math.max(Number(params.get('limit')) || defaultLimit, 1), 100);
  const after = params.get('after');
  const start = after ? entries.findIndex((entry) => entry.id === decodeCursor(after)) + 1 : 0;
  const data = entries.slice(start, start + limit);
  if (data.length === 0) return { data };
  const paging: GraphObject = {
    cursors: { before: encodeCursor(String(data[0]!.id)), after: encodeCursor(String(data[data.length - 1]!.id)) },
  };
  if (start + limit < entries.length) {
    const next = new URL(nextUrl);
    next.searchParams.set('limit', String(limit));
    next.searchParams.set('after', encodeCursor(String(data[data.length - 1]!.id)));
    paging.next = next.toString();
  }
  return { data, paging };
}

export interface GraphFailure {
  status: number;
  message: string;
  type: string;
  code: number;
  subcode?: number;
  headers?: Record<string, string>;
}

export function errorBody(failure: GraphFailure): GraphObject {
  return {
    error: {
      message: failure.message,
      type: failure.type,
      code: failure.code,
      ...(failure.subcode === undefined ? {} : { error_subcode: failure.subcode }),
      fbtrace_id: randomBytes(8).toString('base64url'),
    },
  };
}

export const missingObject = (method: string, id: string): GraphFailure => ({
  status: 400,
  type: 'GraphMethodException',
  code: 100,
  subcode: 33,
  message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
});

export type FakeAnswer = { status: number; body: GraphObject; headers?: Record<string, string> };
export const answerFailure = (failure: GraphFailure): FakeAnswer => ({
  status: failure.status,
  body: errorBody(failure),
  headers: failure.headers ?? {},
});
export const answerOk = (body: GraphObject): FakeAnswer => ({ status: 200, body });
