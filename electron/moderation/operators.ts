// Who is working: the current operator (recorded with every action), switching, and the handover summary.
import type { HandoverSummary, OperatorsView } from '../api/operators';
import type { ActionRecord } from '../api/domain';
import type { StoredAction } from '../store/actions-repo';
import type { Store } from '../store/store';
import type { OperatorRow } from '../store/operators-repo';
import type { Write } from './write';

const currentKey = 'currentOperator';
const lastKey = 'lastOperator';
const firstLookBackMs = 7 * 24 * 3600_000;

export function operatorsView(store: Store): OperatorsView {
  const current = store.settings.get(currentKey);
  const last = store.settings.get(lastKey);
  return {
    operators: store.operators.list(),
    currentId: typeof current === 'number' ? current : null,
    lastId: typeof last === 'number' ? last : null,
  };
}

/** The operator actions are recorded under; before anyone has chosen, the clerk. */
export function currentOperator(store: Store): OperatorRow {
  const chosen = store.settings.get(currentKey);
  const operators = store.operators.list();
  const found = typeof chosen === 'number' ? store.operators.get(chosen) : null;
  return found ?? operators[0] ?? { id: 0, name: 'Clerk', role: 'clerk', signature: '', email: '' };
}

/** Records who starts working; returns what they need to know from their time away. */
/** `describe` words a recorded action for the clerk (handlers/action-summary). */
type Describe = (action: StoredAction) => ActionRecord;

export function chooseOperator(change: Write, describe: Describe, operator: OperatorRow): HandoverSummary {
  const { store, now } = change;
  const summary = handoverSummary(store, describe, operator, now);
  store.settings.set(currentKey, operator.id, now);
  store.settings.set(lastKey, operator.id, now);
  change.record({
    itemId: null,
    kind: 'operator-started',
    operator: operator.name,
    details: { operatorId: operator.id, role: operator.role },
  });
  change.publish({ type: 'operator:changed', operatorId: operator.id });
  return summary;
}

/** Adds a profile (no id) or saves one; null when the profile to save does not exist. */
export function saveOperator(
  change: Write,
  profile: {
    id?: number | undefined;
    name: string;
    role: OperatorRow['role'];
    signature: string;
    email: OperatorRow['email'];
  },
): OperatorRow | null {
  const { store } = change;
  const { id, name, role, signature, email } = profile;
  const operatorId = id ?? store.operators.add({ name, role, signature, email }, change.now);
  if (id !== undefined) {
    if (!store.operators.get(id)) return null;
    store.operators.save({ id, name, role, signature, email });
  }
  // Recorded under the profile's name as saved: renaming yourself is recorded under the new name.
  change.record({
    itemId: null,
    kind: 'operator-saved',
    operator: currentOperator(store).name,
    details: { operatorId, name, role },
  });
  return store.operators.get(operatorId);
}

/** A note for the other operator (or both, with no one named), shown when they next start. */
export function leaveHandoverNote(change: Write, toId: number | undefined, text: string): number {
  return change.record({
    itemId: null,
    kind: 'handover-note',
    operator: currentOperator(change.store).name,
    details: { to: toId, text },
  });
}

export function handoverSummary(store: Store, describe: Describe, operator: OperatorRow, now: string): HandoverSummary {
  const last = store.handover.lastActionOf(operator.name);
  const lastSeen = last?.createdAt ?? null;
  const since = lastSeen ?? new Date(Date.parse(now) - firstLookBackMs).toISOString();
  // The record's order (ids), not its clock, says what came after: two actions may share a millisecond.
  const afterId = last?.id ?? store.handover.lastIdBefore(since);
  const waiting = store.handover.waiting();
  const byRules = store.handover.doneByRulesAfter(afterId);
  return {
    operatorId: operator.id,
    since: lastSeen,
    // Since the last visit: what reached the console since. The first time: what was received in the last seven days,
    // as the dialog says (everything was fetched just now, back to the first message the channel still holds).
    arrivedPerChannel: lastSeen ? store.handover.arrivedPerChannel(since) : store.handover.receivedPerChannel(since),
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
    doneByRules: {
      count: byRules.length,
      latest: byRules
        .slice(0, 10)
        .map((id) => store.actions.get(id))
        .filter((action) => action !== null)
        .map(describe),
    },
    notes: store.handover
      .notesAfter(afterId)
      .map((id) => store.actions.get(id))
      .flatMap((note) => (note?.kind === 'handover-note' ? [note] : []))
      .filter((note) => note.details.to === undefined || note.details.to === operator.id)
      .map((note) => ({ id: note.id, from: note.operator, text: note.details.text, at: note.createdAt })),
  };
}
