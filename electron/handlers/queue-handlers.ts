// queue:* — the one table of every channel.
import { channels, type Channel } from '../api/domain';
import { fail, ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { toFullTextQuery } from '../core/search-query';
import { decodeQueueCursor, encodeQueueCursor } from '../store/queue-cursor';
import type { HandlerContext } from './context';
import { toQueueItem } from './item-mapping';
import { strikeCountsFor } from '../moderation/repeat-offenders';
import { withRequestMarks } from '../moderation/request-marks';

export function queueHandlers(
  context: HandlerContext,
): Pick<HandlerMap, 'queue:list' | 'queue:counts' | 'queue:senders'> {
  return {
    'queue:list': (input) => {
      const { store } = context;
      const flagged = input.order === 'flagged';
      const after = input.cursor ? decodeQueueCursor(input.cursor) : null;
      if (input.cursor && (!after || (after.flag !== undefined) !== flagged))
        return fail('invalid_input', 'That page of the queue is no longer available; reload the queue.');
      const filter = {
        status: input.status,
        channel: input.channel,
        personId: input.personId,
        match: toFullTextQuery(input.search),
      };
      const total = store.items.count(filter);
      const rows = store.items.page(filter, after, input.limit + 1, total, input.order);
      const page = rows.slice(0, input.limit);
      const strikes = strikeCountsFor(store, page, context.now());
      const items = withRequestMarks(
        store,
        page.map((row) => toQueueItem(row, context.policy, strikes)),
        context.now(),
      );
      const last = page.at(-1);
      const nextCursor =
        rows.length > input.limit && last
          ? encodeQueueCursor({ receivedAt: last.received_at, id: last.id, ...(flagged ? { flag: last.flag } : {}) })
          : null;
      return ok({ items, total, nextCursor });
    },
    'queue:counts': (input) => {
      const { store } = context;
      const byChannel = Object.fromEntries(channels.map((channel) => [channel, 0])) as Record<Channel, number>;
      let total = 0;
      for (const { channel, n } of store.items.countByChannel({
        status: input.status,
        personId: input.personId,
        match: toFullTextQuery(input.search),
      })) {
        byChannel[channel] = n;
        total += n;
      }
      return ok({ total, byChannel });
    },
    'queue:senders': ({ authorIds }) => {
      const { store } = context;
      const senders = store.people.standing(authorIds);
      const strikes = strikeCountsFor(store, senders, context.now());
      return ok(
        senders.map((sender) => ({
          authorId: sender.id,
          personId: sender.person_id,
          strikes: strikes.get(sender.person_id) ?? 0,
          blocked: sender.blocked === 1,
        })),
      );
    },
  };
}
