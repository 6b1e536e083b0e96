// item:get and item:markHandled — one item in detail, and the policy's "ignore" response.
import { fail } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import type { HandlerContext } from './context';
import { itemDetail } from './item-detail';
import { releaseRuleHides } from '../moderation/rule-undo';

export function itemHandlers(context: HandlerContext): Pick<HandlerMap, 'item:get' | 'item:markHandled'> {
  const { store, events } = context;
  return {
    'item:get': ({ id }) => itemDetail(context, id),
    'item:markHandled': ({ id }) => {
      const outcome = store.transaction(() => {
        const row = store.items.get(id);
        if (!row) return 'missing' as const;
        if (!store.items.changeStatus(id, 'new', 'handled')) return row.status;
        const now = context.now().toISOString();
        const actionId = store.actions.append({
          itemId: id,
          kind: 'no-action-needed',
          operator: context.operator(),
          createdAt: now,
        });
        // Reviewed and found fine: what a rule hid until then is shown again.
        releaseRuleHides(store, id, actionId, now);
        return 'done' as const;
      });
      if (outcome === 'missing') return fail('not_found', `Item ${id} is not in the record. Reload the queue.`);
      if (outcome !== 'done') return fail('conflict', `This item is already ${outcome}; nothing was changed.`);
      events.publish({ type: 'queue:changed', cause: 'action', itemIds: [id] });
      return itemDetail(context, id);
    },
  };
}
