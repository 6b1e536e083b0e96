// Removing, undoing and restoring: each one transaction of record + outbox, so neither exists without the other.
import type { PolicyReasonId } from '../api/domain';
import { kindCapabilities } from '../channels/capabilities';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { reasonById, type PolicyData } from '../core/policy';
import { planRemoval, restoreOperation, type RemovalOperation, type RestoreOperation } from '../core/removal-plan';
import type { ItemRow } from '../store/items-repo';
import { removalSettingsOf } from './account-settings';
import { notInRecord, type Refusal, type Write } from './write';

export interface RemovalRequest {
  itemId: number;
  reasonId: PolicyReasonId;
  notice?: boolean | undefined;
  policyVersion: string | null;
  /** Shared by the removals of one bulk removal, which is undone as one. */
  bulkId?: string;
}

export type RemovalResult = { ok: true; actionId: number; row: ItemRow } | Refusal;

/** Writes the removal action and queues its channel actions. */
export function removeItem(change: Write, policy: PolicyData, request: RemovalRequest): RemovalResult {
  const { store } = change;
  const row = store.items.get(request.itemId);
  if (!row) return notInRecord('Item', request.itemId);
  if (row.status === 'removed')
    return { ok: false, code: 'conflict', message: 'This item is already removed; nothing was changed.' };
  const reason = reasonById(policy, request.reasonId);
  const plan = planRemoval(
    row.channel,
    kindCapabilities(row.channel, row.kind),
    removalSettingsOf(store, row.account_id),
    reason,
    request.notice,
  );
  const actionId = change.record({
    itemId: row.id,
    kind: 'removed',
    reasonId: reason.id,
    policyVersion: request.policyVersion,
    details: {
      previousStatus: row.status,
      channelOperation: plan.operation,
      removalNotice: plan.postNotice ? policy.removalNotice : null,
      ...(request.bulkId ? { bulkId: request.bulkId } : {}),
    },
  });
  const base = { actionId, accountId: row.account_id, itemId: row.id, now: change.now };
  if (plan.operation) {
    store.outbox.enqueue({
      ...base,
      ...channelRequest(plan.operation, { externalId: row.external_id }),
      idempotencyKey: idempotencyKey(actionId, plan.operation),
    });
  }
  if (plan.postNotice) {
    store.outbox.enqueue({
      ...base,
      ...channelRequest('post-notice', {
        inReplyTo: row.parent_external_id ?? row.external_id,
        text: policy.removalNotice,
      }),
      idempotencyKey: idempotencyKey(actionId, 'post-notice'),
    });
  }
  store.items.markRemoved(row.id, actionId);
  return { ok: true, actionId, row };
}

export type ReversalKind = 'removal-undone' | 'restored';

/**
 * Takes an item out from under its removal: what has not reached the channel is cancelled, what has is
 * reversed. A restore is refused where the channel cannot reverse what it did (a Facebook deletion).
 */
export function reverseRemoval(change: Write, itemId: number, kind: ReversalKind): RemovalResult {
  const { store, now } = change;
  const row = store.items.get(itemId);
  if (!row) return notInRecord('Item', itemId);
  if (row.status !== 'removed' || row.removal_action_id === null) {
    return { ok: false, code: 'conflict', message: 'This item is not removed; nothing was changed.' };
  }
  const removal = store.actions.get(row.removal_action_id);
  const cancelled: string[] = [];
  const reversals: { operation: RestoreOperation | 'delete-notice'; reverses: number }[] = [];
  const irreversible: string[] = [];
  for (const entry of store.outbox.forAction(row.removal_action_id)) {
    if (store.outbox.cancel(entry.id, now)) {
      cancelled.push(entry.operation);
      continue;
    }
    // Nothing of a cancelled or failed action reached the channel, so there is nothing to reverse.
    if (entry.state === 'cancelled' || entry.state === 'failed') continue;
    const reverse =
      entry.operation === 'post-notice' ? 'delete-notice' : restoreOperation(entry.operation as RemovalOperation);
    if (reverse) reversals.push({ operation: reverse, reverses: entry.id });
    else irreversible.push(entry.operation);
  }
  const reversed = reversals.map((reversal) => reversal.operation);
  if (kind === 'restored' && irreversible.length > 0) {
    return {
      ok: false,
      code: 'conflict',
      message: `It was deleted from ${row.account_name} and cannot be restored there; it stays in the record.`,
    };
  }
  const actionId = change.record({
    itemId: row.id,
    kind,
    reasonId: removal?.reasonId ?? null,
    policyVersion: removal?.policyVersion ?? null,
    details: { removalActionId: row.removal_action_id, cancelled, reversed, irreversible },
  });
  for (const { operation, reverses } of reversals) {
    store.outbox.enqueue({
      actionId,
      accountId: row.account_id,
      itemId: row.id,
      ...channelRequest(operation, { externalId: row.external_id, reverses }),
      idempotencyKey: idempotencyKey(actionId, operation),
      now,
    });
  }
  const before = removal?.kind === 'removed' ? removal.details.previousStatus : undefined;
  const previous = before === 'handled' || before === 'blocked' ? before : 'new';
  store.items.unmarkRemoved(row.id, previous);
  return { ok: true, actionId, row };
}
