// Reads the record for the Records view and its exports: items and actions under the same filters.
import { storedKindOf } from '../api/recorded-actions';
import type { RecordsFilter } from '../api/records';
import { addDays, startOfUkDay } from '../api/uk-time';
import type { PolicyData } from '../core/policy';
import { toFullTextQuery } from '../core/search-query';
import { toActionRecord } from '../handlers/action-summary';
import type { Store } from '../store/store';
import type { RecordSelection } from '../store/record-repo';
import type { RecordActionRow, RecordItemRow } from './record-rows';

// A day of the range is a UK day: from London's midnight to the next (an item at 23:30 UTC in summer is tomorrow's).
const ukDayBounds = (filter: RecordsFilter) => ({
  from: startOfUkDay(filter.from).toISOString(),
  to: startOfUkDay(addDays(filter.to, 1)).toISOString(),
});

/** The person and anyone linked into them. */
function personIds(store: Store, personId: number): number[] {
  const person = store.people.get(personId);
  return person ? [person.id, ...store.people.mergedIds(person.id)] : [personId];
}

function selection(store: Store, filter: RecordsFilter): RecordSelection {
  return {
    ...ukDayBounds(filter),
    channel: filter.channel,
    personIds: filter.personId ? personIds(store, filter.personId) : undefined,
    operator: filter.operator,
    reasonId: filter.reasonId,
    match: toFullTextQuery(filter.text),
  };
}

export function recordItems(
  store: Store,
  filter: RecordsFilter,
  policy: PolicyData,
  limit: number,
): { rows: RecordItemRow[]; total: number } {
  const { rows, total } = store.record.items(selection(store, filter), limit);
  const label = (id: string | null) => (id ? (policy.reasons.find((reason) => reason.id === id)?.label ?? id) : null);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      receivedAt: row.received_at,
      channel: row.channel,
      kind: row.kind,
      account: row.account,
      sender: row.sender,
      senderId: row.sender_id,
      subject: row.subject,
      text: row.text,
      status: row.status,
      removalReason: row.status === 'removed' ? label(row.reason_id) : null,
    })),
  };
}

export function recordActions(
  store: Store,
  filter: RecordsFilter,
  policy: PolicyData,
  limit: number,
): { rows: RecordActionRow[]; total: number } {
  const { ids, total } = store.record.actionIds(selection(store, filter), limit);
  const rows: RecordActionRow[] = [];
  for (const id of ids) {
    const action = store.actions.get(id);
    if (!action) continue;
    const item = action.itemId === null ? null : store.items.get(action.itemId);
    rows.push({
      id: action.id,
      at: action.createdAt,
      operator: action.operator,
      kind: storedKindOf(action),
      itemId: action.itemId,
      personId: action.personId ?? item?.person_id ?? null,
      channel: item?.channel ?? null,
      reason: action.reasonId
        ? (policy.reasons.find((reason) => reason.id === action.reasonId)?.label ?? action.reasonId)
        : null,
      summary: toActionRecord(action, policy).summary,
    });
  }
  return { rows, total };
}
