// The HTTP side of the fake X API: problem bodies, newest-first paging with stable tokens, field selection.
import type { IncomingMessage } from 'node:http';

/** A timeline entry: a real object, or a raw payload a test slipped in to see it rejected. */
export interface Entry {
  id: bigint;
  raw: Record<string, unknown> | null;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by a route to answer with an error body. */
export class Problem {
  constructor(readonly answer: Answer) {}
}

export const problem = (status: number, title: string, detail: string, type = 'about:blank') =>
  new Problem({ status, body: { title, detail, type, status } });
export const invalid = (parameter: string, value: string, why: string) =>
  new Problem({
    status: 400,
    body: {
      errors: [
        {
          parameters: { [parameter]: [value] },
          message: `The \`${parameter}\` query parameter value [${value}] ${why}`,
        },
      ],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.x.com/2/problems/invalid-request',
    },
  });
export const notFound = (id: string) =>
  problem(
    404,
    'Not Found Error',
    `Could not find tweet with id: [${id}].`,
    'https://api.x.com/2/problems/resource-not-found',
  );

export const tweetDefaults = ['id', 'text', 'edit_history_tweet_ids'];
export const dmDefaults = ['id', 'event_type', 'text'];
export const userDefaults = ['id', 'name', 'username'];

export const ok = (body: unknown): Answer => ({ status: 200, body });

/** A 1:1 conversation id is the two user ids, smaller first. */
export function conversationId(a: string, b: string): string {
  return BigInt(a) < BigInt(b) ? `${a}-${b}` : `${b}-${a}`;
}

export function snowflakeParam(query: URLSearchParams, name: string): bigint | null {
  const value = query.get(name);
  if (value === null) return null;
  if (!/^\d{1,20}$/.test(value)) throw invalid(name, value, 'is not a valid id');
  return BigInt(value);
}

/** Newest first; next_token names the last id returned, so pages stay stable while new entries arrive. */
export function paginate(
  entries: Entry[],
  query: URLSearchParams,
  limits: { min: number; max: number; fallback: number },
): { slice: Entry[]; meta: Record<string, unknown> } {
  const maxText = query.get('max_results');
  const max = maxText === null ? limits.fallback : Number(maxText);
  if (!Number.isInteger(max) || max < limits.min || max > limits.max)
    throw invalid('max_results', String(maxText), `is not between ${limits.min} and ${limits.max}`);
  const token = query.get('pagination_token');
  let before: bigint | null = null;
  if (token !== null) {
    const decoded = /^before:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
    if (!decoded?.[1]) throw invalid('pagination_token', token, 'is not valid');
    before = BigInt(decoded[1]);
  }
  const sorted = entries
    .filter((entry) => before === null || entry.id < before)
    .sort((a, b) => (a.id > b.id ? -1 : a.id < b.id ? 1 : 0));
  const slice = sorted.slice(0, max);
  const last = slice.at(-1);
  const meta: Record<string, unknown> = { result_count: slice.length };
  if (slice[0] && last) Object.assign(meta, { newest_id: String(slice[0].id), oldest_id: String(last.id) });
  if (last && sorted.length > slice.length) meta.next_token = Buffer.from(`before:${last.id}`).toString('base64url');
  return { slice, meta };
}

/** Only the default fields plus those asked for, as X returns them. */
export function pick(full: object, defaults: readonly string[], requested: string | null): Record<string, unknown> {
  const wanted = new Set([...defaults, ...(requested ? requested.split(',') : [])]);
  return Object.fromEntries(Object.entries(full).filter(([name, value]) => wanted.has(name) && value !== undefined));
}

/** undefined when the text is not JSON. */
export function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
