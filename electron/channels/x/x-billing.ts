// Which billable resources an X answer carried, as X's pay-per-use pricing counts them.
import type { XUsageKind } from '../../core/x-spend';

/** One billable use: a resource read (charged once per UTC day, so it carries its id) or a write request. */
export interface XUse {
  kind: XUsageKind;
  resourceId: string | null;
}

/*
 * https://docs.x.com/x-api/getting-started/pricing: reads are "charged per resource returned in the response"
 * (posts and users in `data` and in `includes` alike), writes "per request"; "requesting the same resource again
 * within that window [a 24-hour UTC day] will not incur an additional charge". A post with a link costs more
 * ("Content: Create (with URL)"). Reading the council's own posts is an Owned Read (https://docs.x.com/overview).
 * Hides, mutes and deletions are not metered here: the pricing page's names for them were not matched with
 * endpoints with any certainty.
 */
const linkPattern = /\bhttps?:\/\/\S+|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|org|net|uk|gov|info|io|co|eu|me|app)\b/i;

const idsOf = (list: unknown): string[] =>
  Array.isArray(list) ? list.flatMap((entry) => (typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string' ? [(entry as { id: string }).id] : [])) : [];

const record = (body: unknown): Record<string, unknown> => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {});

export function billableUses(method: string, path: string, status: number, requestBody: unknown, answerBody: unknown, accountId: string): XUse[] {
  if (status < 200 || status >= 300) return [];
  const body = record(answerBody);
  if (method === 'POST' && path === '/2/tweets') {
    const text = record(requestBody).text;
    return [{ kind: typeof text === 'string' && linkPattern.test(text) ? 'post-create-with-url' : 'post-create', resourceId: null }];
  }
  if (method === 'POST' && /^\/2\/dm_conversations\/with\/\d+\/messages$/.test(path)) return [{ kind: 'dm-create', resourceId: null }];
  if (method !== 'GET') return [];
  const includes = record(body.includes);
  const included: XUse[] = [
    ...idsOf(includes.tweets).map((id): XUse => ({ kind: 'post-read', resourceId: id })),
    ...idsOf(includes.users).map((id): XUse => ({ kind: 'user-read', resourceId: id })),
  ];
  if (path === '/2/users/me') return [...idsOf([body.data]).map((id): XUse => ({ kind: 'user-read', resourceId: id })), ...included];
  if (path === `/2/users/${accountId}/tweets`) return [...idsOf(body.data).map((id): XUse => ({ kind: 'own-post-read', resourceId: id })), ...included];
  if (path === '/2/dm_events' || /^\/2\/dm_conversations\/with\/\d+\/dm_events$/.test(path)) {
    return [...idsOf(body.data).map((id): XUse => ({ kind: 'dm-event-read', resourceId: id })), ...included];
  }
  return [...idsOf(body.data).map((id): XUse => ({ kind: 'post-read', resourceId: id })), ...included];
}
