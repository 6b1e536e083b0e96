// Which billable resources an X answer carried, as X's pay-per-use pricing counts them.
import { z } from 'zod';
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

const withId = z.object({ id: z.string() });
const answerSchema = z.object({
  data: z.unknown().optional(),
  includes: z.object({ tweets: z.array(z.unknown()).optional(), users: z.array(z.unknown()).optional() }).optional(),
});
const postSchema = z.object({ text: z.string() });

/** The ids of the resources in a list (or of a single one), each checked on its own. */
function idsOf(resources: unknown): string[] {
  const list = Array.isArray(resources) ? resources : resources === undefined ? [] : [resources];
  return list.flatMap((resource) => {
    const parsed = withId.safeParse(resource);
    return parsed.success ? [parsed.data.id] : [];
  });
}

const reads = (kind: XUsageKind, ids: string[]): XUse[] => ids.map((id) => ({ kind, resourceId: id }));

export function billableUses(
  method: string,
  path: string,
  status: number,
  requestBody: unknown,
  answerBody: unknown,
  accountId: string,
): XUse[] {
  if (status < 200 || status >= 300) return [];
  if (method === 'POST' && path === '/2/tweets') {
    const text = postSchema.safeParse(requestBody).data?.text ?? '';
    return [{ kind: linkPattern.test(text) ? 'post-create-with-url' : 'post-create', resourceId: null }];
  }
  if (method === 'POST' && /^\/2\/dm_conversations\/with\/\d+\/messages$/.test(path))
    return [{ kind: 'dm-create', resourceId: null }];
  const answer = answerSchema.safeParse(answerBody);
  if (method !== 'GET' || !answer.success) return [];
  const { data, includes } = answer.data;
  const included = [...reads('post-read', idsOf(includes?.tweets)), ...reads('user-read', idsOf(includes?.users))];
  if (path === '/2/users/me') return [...reads('user-read', idsOf(data)), ...included];
  if (path === `/2/users/${accountId}/tweets`) return [...reads('own-post-read', idsOf(data)), ...included];
  if (path === '/2/dm_events' || /^\/2\/dm_conversations\/with\/\d+\/dm_events$/.test(path))
    return [...reads('dm-event-read', idsOf(data)), ...included];
  return [...reads('post-read', idsOf(data)), ...included];
}
