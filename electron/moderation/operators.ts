// Who is working: the current operator (recorded with every action), switching, and the handover summary.
import type { HandoverSummary, OperatorsView } from '../api/operators';
import type { ActionRecord, Channel } from '../api/domain';
import type { StoredAction } from '../store/actions-repo';
import type { ConsoleStore } from '../store/console-store';
import type { OperatorRow } from '../store/operators-repo';

const currentKey = 'currentOperator';
const lastKey = 'lastOperator';
const firstLookBackMs = 7 * 24 * 3600_000;

export function operatorsView(store: ConsoleStore): OperatorsView {
  const current = store.settings.get(currentKey);
  const last = store.settings.get(lastKey);
  return {
    operators: store.operators.list(),
    currentId: typeof current === 'number' ? current : null,
    lastId: typeof last === 'number' ? last : null,
  };
}

/** The operator actions are recorded under; before anyone has chosen, the clerk. */
export function currentOperator(store: ConsoleStore): OperatorRow {
  const chosen = store.settings.get(currentKey);
  const operators = store.operators.list();
  const found = typeof chosen === 'number' ? store.operators.get(chosen) : null;
  return found ?? operators[0] ?? { id: 0, name: 'Clerk', role: 'clerk', signature: '', email: '' };
}

/** Records who starts working; returns what they need to know from their time away. */
/** `describe` words a recorded action for the clerk (handlers/action-summary). */
type Describe = (action: StoredAction) => ActionRecord;

export function chooseOperator(
  store: ConsoleStore,
  describe: Describe,
  operator: OperatorRow,
  now: string,
): HandoverSummary {
  const summary = handoverSummary(store, describe, operator, now);
  store.settings.set(currentKey, operator.id, now);
  store.settings.set(lastKey, operator.id, now);
  store.actions.append({
    itemId: null,
    kind: 'operator-started',
    operator: operator.name,
    details: { operatorId: operator.id, role: operator.role },
    createdAt: now,
  });
  return summary;
}

export function handoverSummary(
  store: ConsoleStore,
  describe: Describe,
  operator: OperatorRow,
  now: string,
): HandoverSummary {
  const { db } = store;
  const last = db
    .prepare(`SELECT id, created_at FROM actions WHERE operator = ? ORDER BY id DESC LIMIT 1`)
    .get(operator.name) as { id: number; created_at: string } | undefined;
  const lastSeen = last?.created_at ?? null;
  const since = lastSeen ?? new Date(Date.parse(now) - firstLookBackMs).toISOString();
  // The record's order (ids), not its clock, says what came after: two actions may share a millisecond.
  const afterId =
    last?.id ?? Number(db.prepare(`SELECT coalesce(max(id), 0) FROM actions WHERE created_at < ?`).pluck().get(since));
  // Since the last visit: what reached the console since. The first time: what was received in the last seven days,
  // as the dialog says (everything was fetched just now, back to the first message the channel still holds).
  const arrived = db
    .prepare(
      `SELECT channel, count(*) AS count FROM items WHERE ${lastSeen ? 'ingested_at' : 'received_at'} >= ? AND from_council = 0 GROUP BY channel ORDER BY channel`,
    )
    .all(since) as { channel: Channel; count: number }[];
  // What rules did is counted on its own ("Done by rules"), not as the other operator's work.
  const othersWork = `FROM actions WHERE id > ? AND operator <> ? AND kind NOT IN ('operator-started', 'handover-note', 'operator-saved', 'rule-applied')
    AND id NOT IN (SELECT reply_action_id FROM rule_runs WHERE reply_action_id IS NOT NULL)`;
  const byRules = db
    .prepare(
      `SELECT a.id FROM actions a JOIN rule_runs rr ON rr.action_id = a.id WHERE a.id > ? AND rr.undone_action_id IS NULL ORDER BY a.id DESC`,
    )
    .pluck()
    .all(afterId) as number[];
  const othersHandled = db
    .prepare(`SELECT kind, count(*) AS count ${othersWork} GROUP BY kind ORDER BY count DESC, kind`)
    .all(afterId, operator.name) as { kind: string; count: number }[];
  const latest = db
    .prepare(`SELECT id ${othersWork} ORDER BY id DESC LIMIT 15`)
    .pluck()
    .all(afterId, operator.name) as number[];
  const count = (sql: string, ...params: unknown[]) =>
    Number(
      db
        .prepare(sql)
        .pluck()
        .get(...params),
    );
  const notes = db
    .prepare(
      `SELECT id, operator, details, created_at FROM actions WHERE kind = 'handover-note' AND id > ? ORDER BY id`,
    )
    .all(afterId) as { id: number; operator: string; details: string; created_at: string }[];
  return {
    operatorId: operator.id,
    since: lastSeen,
    arrivedPerChannel: arrived,
    othersHandled,
    othersLatest: latest
      .map((id) => store.actions.get(id))
      .filter((action) => action !== null)
      .map(describe),
    waiting: count(`SELECT count(*) FROM items WHERE status = 'new'`),
    blockedWaiting: count(`SELECT count(*) FROM items WHERE status = 'blocked'`),
    failedChannelActions: count(`SELECT count(*) FROM outbox WHERE state = 'failed'`),
    pausedChannels: store.accounts
      .list()
      .filter((account) => !account.removedAt && !account.paused && account.health === 'capped')
      .map((account) => ({ accountName: account.name, message: account.healthMessage ?? 'Not fetching.' })),
    doneByRules: {
      count: byRules.length,
      latest: byRules
        .slice(0, 10)
        .map((id) => store.actions.get(id))
        .filter((action) => action !== null)
        .map(describe),
    },
    notes: notes
      .map((note) => ({ note, details: JSON.parse(note.details) as { to?: number; text?: string } }))
      .filter(({ details }) => details.to === undefined || details.to === operator.id)
      .map(({ note, details }) => ({
        id: note.id,
        from: note.operator,
        text: details.text ?? '',
        at: note.created_at,
      })),
  };
}
