// The policy's "ignore" response: the item is handled, and the record says so.
import type { ItemStatus } from '../api/domain';
import { releaseRuleHides } from './rule-undo';
import { notInRecord, type Refusal, type Write } from './write';

/** Marks a new item "No action needed". */
export function markNoActionNeeded(change: Write, itemId: number): { ok: true } | Refusal {
  const { store } = change;
  const row = store.items.get(itemId);
  if (!row) return notInRecord('Item', itemId);
  if (!store.items.changeStatus(itemId, 'new', 'handled')) return alreadyIs(row.status);
  const actionId = change.record({ itemId, kind: 'no-action-needed', details: {} });
  // Reviewed and found fine: what a rule hid until then is shown again.
  releaseRuleHides(change, itemId, actionId);
  change.changed([itemId]);
  return { ok: true };
}

const alreadyIs = (status: ItemStatus): Refusal => ({
  ok: false,
  code: 'conflict',
  message: `This item is already ${status}; nothing was changed.`,
});
