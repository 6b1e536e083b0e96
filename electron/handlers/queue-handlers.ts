// queue:* — the one table of every channel.
import { channels, type Channel } from '../api/domain';
import { fail, ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { toFullTextQuery } from '../core/search-query';
import { decodeQueueCursor, encodeQueueCursor } from '../store/queue-cursor';
import type { HandlerContext } from './context';
import { toQueueItem } from './item-mapping';
import { strikeCountsFor } from '../moderation/repeat-offenders';

export function queueHandlers(context: HandlerContext): Pick<HandlerMap, 'queue:list' | 'queue:counts'> {
  return {
    'queue:list': (input) => {
      const { store } = context;
      const after = input.cursor ? decodeQueueCursor(input.cursor) : null;
      if (input.cursor && !after) return fail('invalid_input', 'That page of the queue is no longer available; reload the queue.');
      const filter = { status: input.status, channel: input.channel, personId: input.personId, match: toFullTextQuery(input.search) };
      const total = store.items.count(filter);
      const rows = store.items.page(filter, after, input.limit + 1, total);
      const page = rows.slice(0, input.limit);
      const strikes = strikeCountsFor(store, page, context.now());
      const items = page.map((row) => toQueueItem(row, context.policy, strikes));
      const last = items.at(-1);
      const nextCursor = rows.length > input.limit && last ? encodeQueueCursor({ receivedAt: last.receivedAt, id: last.id }) : null;
      return ok({ items, total, nextCursor });
    },
    'queue:counts': (input) => {
      const { store } = context;
      const byChannel = Object.fromEntries(channels.map((channel) => [channel, 0])) as Record<Channel, number>;
      let total = 0;
      for (const { channel, n } of store.items.countByChannel({ status: input.status, personId: input.personId, match: toFullTextQuery(input.search) })) {
        byChannel[channel] = n;
        total += n;
      }
      return ok({ total, byChannel });
    },
  };
}
