// item:remove and friends — one-click removal with the policy's reasons, undo, restore, bulk, reason 8's reply.
import { randomUUID } from 'node:crypto';
import type { ComplaintFollowUp } from '../api/contract';
import { fail, ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { kindCapabilities } from '../channels/capabilities';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { fillTemplate } from '../core/render-template';
import { readPolicySettings } from '../moderation/council-settings';
import { removeItem, reverseRemoval, type ReversalKind } from '../moderation/removal';
import type { ItemRow } from '../store/items-repo';
import type { HandlerContext } from './context';
import { itemDetail } from './item-detail';

type RemovalMethods = 'item:remove' | 'item:removeMany' | 'item:undoRemoval' | 'item:restore' | 'item:complaintReply';

export function removalHandlers(context: HandlerContext): Pick<HandlerMap, RemovalMethods> {
  const { store, events, policy } = context;
  const policyVersion = () => readPolicySettings(store, context.defaults.councilName).policyVersion || null;
  const changed = (itemIds: number[]) => events.publish({ type: 'queue:changed', cause: 'action', itemIds });

  const reverse = (id: number, kind: ReversalKind) => {
    const result = store.transaction(() =>
      reverseRemoval(store, id, kind, context.operator(), context.now().toISOString()),
    );
    if (!result.ok) return fail(result.code, result.message);
    changed([id]);
    return itemDetail(context, id);
  };

  return {
    'item:remove': ({ id, reasonId, notice }) => {
      const result = store.transaction(() =>
        removeItem(store, policy, {
          itemId: id,
          reasonId,
          notice,
          operator: context.operator(),
          policyVersion: policyVersion(),
          now: context.now().toISOString(),
        }),
      );
      if (!result.ok) return fail(result.code, result.message);
      changed([id]);
      const item = itemDetail(context, id);
      if (!item.ok) return item;
      return ok({
        item: item.value,
        followUp: reasonId === 'alleged-breach' ? complaintFollowUp(context, result.row) : null,
      });
    },
    'item:removeMany': ({ ids, reasonId }) => {
      const outcome = store.transaction(() => {
        const removed: number[] = [];
        const skipped: { id: number; message: string }[] = [];
        const now = context.now().toISOString();
        const version = policyVersion();
        const bulkId = randomUUID();
        for (const id of new Set(ids)) {
          const result = removeItem(store, policy, {
            itemId: id,
            reasonId,
            operator: context.operator(),
            policyVersion: version,
            now,
            bulkId,
          });
          if (result.ok) removed.push(id);
          else skipped.push({ id, message: result.message });
        }
        return { removed, skipped };
      });
      if (outcome.removed.length > 0) changed(outcome.removed);
      return ok(outcome);
    },
    'item:undoRemoval': ({ id }) => reverse(id, 'removal-undone'),
    'item:restore': ({ id }) => reverse(id, 'restored'),
    'item:complaintReply': ({ id, decision, text }) => {
      const row = store.items.get(id);
      if (!row) return fail('not_found', `Item ${id} is not in the record. Reload the queue.`);
      const suggested = complaintFollowUp(context, row).text;
      const finalText = decision === 'send' ? (text ?? suggested) : null;
      if (finalText !== null && /\{\{|\}\}/.test(finalText)) {
        return fail(
          'invalid_input',
          'The reply still has {{…}} placeholders. Fill them in (or set the complaints address in Settings) before sending.',
        );
      }
      const capabilities = kindCapabilities(row.channel, row.kind);
      const form = capabilities.replies.includes('private-reply') ? 'private-reply' : (capabilities.replies[0] ?? null);
      store.transaction(() => {
        const now = context.now().toISOString();
        const actionId = store.actions.append({
          itemId: id,
          kind: 'complaint-reply',
          operator: context.operator(),
          reasonId: 'alleged-breach',
          policyVersion: policyVersion(),
          details: { decision, text: finalText, edited: finalText !== null && finalText !== suggested, form },
          createdAt: now,
        });
        if (finalText !== null && form) {
          store.outbox.enqueue({
            actionId,
            accountId: row.account_id,
            itemId: id,
            ...channelRequest('reply', { externalId: row.external_id, form, text: finalText }),
            idempotencyKey: idempotencyKey(actionId, 'reply'),
            now,
          });
        }
      });
      changed([id]);
      return itemDetail(context, id);
    },
  };
}

/** Reason 8's reply, filled from Settings; what cannot be filled stays visible as {{placeholder}}. */
function complaintFollowUp(context: HandlerContext, row: ItemRow): ComplaintFollowUp {
  const settings = readPolicySettings(context.store, context.defaults.councilName);
  const variables = {
    senderName: row.author_name,
    councilName: settings.councilName,
    complaintsAddress: settings.complaintsAddress,
    complaintsEmail: settings.complaintsEmail,
  };
  return fillTemplate(context.policy.complaintReply, variables);
}
