// item:remove and friends — one-click removal with the policy's reasons, undo, restore, bulk, reason 8's reply.
import { randomUUID } from 'node:crypto';
import { ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { answerComplaint, complaintFollowUp } from '../moderation/complaint-reply';
import { readPolicySettings } from '../moderation/council-settings';
import { removeItem, reverseRemoval, type ReversalKind } from '../moderation/removal';
import { write } from '../moderation/write';
import { refuse, type HandlerContext } from './context';
import { itemDetail } from './item-detail';

type RemovalMethods = 'item:remove' | 'item:removeMany' | 'item:undoRemoval' | 'item:restore' | 'item:complaintReply';

export function removalHandlers(context: HandlerContext): Pick<HandlerMap, RemovalMethods> {
  const { store, policy } = context;
  const councilName = () => context.defaults.councilName;
  const policyVersion = () => readPolicySettings(store, councilName()).policyVersion || null;

  const reverse = (id: number, kind: ReversalKind) => {
    const result = write(context, (change) => {
      const reversed = reverseRemoval(change, id, kind);
      if (reversed.ok) change.changed([id]);
      return reversed;
    });
    return result.ok ? itemDetail(context, id) : refuse(result);
  };

  return {
    'item:remove': ({ id, reasonId, notice }) => {
      const result = write(context, (change) => {
        const removed = removeItem(change, policy, { itemId: id, reasonId, notice, policyVersion: policyVersion() });
        if (removed.ok) change.changed([id]);
        return removed;
      });
      if (!result.ok) return refuse(result);
      const item = itemDetail(context, id);
      if (!item.ok) return item;
      return ok({
        item: item.value,
        followUp: reasonId === 'alleged-breach' ? complaintFollowUp(store, policy, result.row, councilName()) : null,
      });
    },
    'item:removeMany': ({ ids, reasonId }) =>
      ok(
        write(context, (change) => {
          const removed: number[] = [];
          const skipped: { id: number; message: string }[] = [];
          const version = policyVersion();
          const bulkId = randomUUID();
          for (const id of new Set(ids)) {
            const result = removeItem(change, policy, { itemId: id, reasonId, policyVersion: version, bulkId });
            if (result.ok) removed.push(id);
            else skipped.push({ id, message: result.message });
          }
          if (removed.length > 0) change.changed(removed);
          return { removed, skipped };
        }),
      ),
    'item:undoRemoval': ({ id }) => reverse(id, 'removal-undone'),
    'item:restore': ({ id }) => reverse(id, 'restored'),
    'item:complaintReply': ({ id, decision, text }) => {
      const result = write(context, (change) =>
        answerComplaint(change, policy, { itemId: id, decision, text }, councilName()),
      );
      return result.ok ? itemDetail(context, id) : refuse(result);
    },
  };
}
