// Reads the record for the Records view and its exports: items and actions under the same filters.
import type { RecordsFilter } from '../api/records';
import { addDays, startOfUkDay } from '../api/uk-time';
import type { PolicyData } from '../core/policy';
import { toFullTextQuery } from '../core/search-query';
import { toActionRecord } from '../handlers/action-summary';
import type { ConsoleStore } from '../store/console-store';
import type { RecordActionRow, RecordItemRow } from './record-rows';

// A day of the range is a UK day: from London's midnight to the next (an item at 23:30 UTC in summer is tomorrow's).
const ukDayBounds = (filter: RecordsFilter) => ({
  from: startOfUkDay(filter.from).toISOString(),
  to: startOfUkDay(addDays(filter.to, 1)).toISOString(),
});

/** The person and anyone linked into them. */
function personIds(store: ConsoleStore, personId: number): number[] {
  const person = store.people.get(personId);
  return person ? [person.id, ...store.people.mergedIds(person.id)] : [personId];
}

export function recordItems(
  store: ConsoleStore,
  filter: RecordsFilter,
  policy: PolicyData,
  limit: number,
): { rows: RecordItemRow[]; total: number } {
  const where = ['i.received_at >= @from', 'i.received_at < @to'];
  const params: Record<string, string | number> = { ...ukDayBounds(filter), limit };
  if (filter.channel) {
    where.push('i.channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.personId) where.push(`au.person_id IN (${personIds(store, filter.personId).join(',')})`);
  if (filter.operator) {
    where.push('EXISTS (SELECT 1 FROM actions oa WHERE oa.item_id = i.id AND oa.operator = @operator)');
    params.operator = filter.operator;
  }
  if (filter.reasonId) {
    where.push("i.status = 'removed' AND ra.reason_id = @reason");
    params.reason = filter.reasonId;
  }
  const match = toFullTextQuery(filter.text);
  if (match) {
    where.push('i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match)');
    params.match = match;
  }
  const from = `FROM items i JOIN authors au ON au.id = i.author_id JOIN accounts acc ON acc.id = i.account_id LEFT JOIN actions ra ON ra.id = i.removal_action_id WHERE ${where.join(' AND ')}`;
  const total = Number(store.db.prepare(`SELECT count(*) ${from}`).pluck().get(params));
  const rows = store.db
    .prepare(
      `SELECT i.id, i.received_at, i.channel, i.kind, acc.name AS account, au.name AS sender, au.external_id AS sender_id, i.subject, i.text, i.status, ra.reason_id
       ${from} ORDER BY i.received_at, i.id LIMIT @limit`,
    )
    .all(params) as {
    id: number;
    received_at: string;
    channel: string;
    kind: string;
    account: string;
    sender: string;
    sender_id: string;
    subject: string | null;
    text: string;
    status: string;
    reason_id: string | null;
  }[];
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
  store: ConsoleStore,
  filter: RecordsFilter,
  policy: PolicyData,
  limit: number,
): { rows: RecordActionRow[]; total: number } {
  const where = ['a.created_at >= @from', 'a.created_at < @to'];
  const params: Record<string, string | number> = { ...ukDayBounds(filter), limit };
  if (filter.channel) {
    where.push('i.channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.personId) {
    const ids = personIds(store, filter.personId).join(',');
    where.push(`(a.person_id IN (${ids}) OR au.person_id IN (${ids}))`);
  }
  if (filter.operator) {
    where.push('a.operator = @operator');
    params.operator = filter.operator;
  }
  if (filter.reasonId) {
    where.push('a.reason_id = @reason');
    params.reason = filter.reasonId;
  }
  const match = toFullTextQuery(filter.text);
  if (match) {
    where.push('a.item_id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match)');
    params.match = match;
  }
  const from = `FROM actions a LEFT JOIN items i ON i.id = a.item_id LEFT JOIN authors au ON au.id = i.author_id WHERE ${where.join(' AND ')}`;
  const total = Number(store.db.prepare(`SELECT count(*) ${from}`).pluck().get(params));
  const ids = store.db.prepare(`SELECT a.id ${from} ORDER BY a.id LIMIT @limit`).pluck().all(params) as number[];
  const rows: RecordActionRow[] = [];
  for (const id of ids) {
    const action = store.actions.get(id);
    if (!action) continue;
    const item = action.itemId === null ? null : store.items.get(action.itemId);
    rows.push({
      id: action.id,
      at: action.createdAt,
      operator: action.operator,
      kind: action.kind,
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
