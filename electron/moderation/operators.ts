// Who is working: the current operator (recorded with every action), switching, and the handover summary.
import type { HandoverSummary, OperatorsView } from '../api/operators';
import type { ActionRecord } from '../api/domain';
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
  return found ?? operators[0] ?? { id: 0, name: 'Clerk', role: 'clerk', signature: '' };
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
  const last = store.handover.lastActionOf(operator.name);
  const lastSeen = last?.createdAt ?? null;
  const since = lastSeen ?? new Date(Date.parse(now) - firstLookBackMs).toISOString();
  // The record's order (ids), not its clock, says what came after: two actions may share a millisecond.
  const afterId = last?.id ?? store.handover.lastIdBefore(since);
  const waiting = store.handover.waiting();
  return {
    operatorId: operator.id,
    since: lastSeen,
    arrivedPerChannel: store.handover.arrivedPerChannel(since),
    othersHandled: store.handover.othersHandled(afterId, operator.name),
    othersLatest: store.handover
      .othersLatest(afterId, operator.name)
      .map((id) => store.actions.get(id))
      .filter((action) => action !== null)
      .map(describe),
    waiting: waiting.waiting,
    blockedWaiting: waiting.blocked,
    failedChannelActions: waiting.failed,
    pausedChannels: store.accounts
      .list()
      .filter((account) => !account.removedAt && !account.paused && account.health === 'capped')
      .map((account) => ({ accountName: account.name, message: account.healthMessage ?? 'Not fetching.' })),
    notes: store.handover
      .notesAfter(afterId)
      .map((note) => ({ note, details: JSON.parse(note.details) as { to?: number; text?: string } }))
      .filter(({ details }) => details.to === undefined || details.to === operator.id)
      .map(({ note, details }) => ({
        id: note.id,
        from: note.operator,
        text: details.text ?? '',
        at: note.createdAt,
      })),
  };
}
