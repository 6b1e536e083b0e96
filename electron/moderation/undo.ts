// Undo: an operator's own recent reversible actions, and reversing exactly one of them with its record entry.
import { kindNames, type ItemKind } from '../api/domain';
import type { UndoableAction, UndoableKind, UndoOutcome } from '../api/undo';
import type { PolicyData } from '../core/policy';
import type { ReversibleRow } from '../store/actions-repo';
import type { Store } from '../store/store';
import { unblockPerson } from './people';
import { reverseRemoval } from './removal';
import { undoRuleRun } from './rule-undo';
import type { Write } from './write';

/** How many actions "Recent actions" offers. */
export const recentLimit = 5;
/** Actions looked at per step back through the operator's record (a bulk removal may hold 1,000). */
const scanStep = 1_000;
const scanLimit = 10_000;

export type UndoResult =
  { ok: true; outcome: UndoOutcome } | { ok: false; code: 'not_found' | 'conflict'; message: string };

/** The operator's last `limit` reversible actions still standing, newest first; a bulk removal counts once. */
export function recentUndoable(
  store: Store,
  policy: PolicyData,
  operator: string,
  limit = recentLimit,
): UndoableAction[] {
  const found: UndoableAction[] = [];
  const bulksSeen = new Set<string>();
  let beforeId = Number.MAX_SAFE_INTEGER;
  for (let scanned = 0; scanned < scanLimit && found.length < limit; scanned += scanStep) {
    const rows = store.reversible.byOperator(operator, beforeId, scanStep);
    for (const row of rows) {
      if (found.length === limit) break;
      if (row.bulk_id !== null) {
        if (bulksSeen.has(row.bulk_id)) continue;
        bulksSeen.add(row.bulk_id);
        const standing = store.reversible.bulk(row.bulk_id, row.created_at).filter((member) => member.standing === 1);
        if (standing.length > 0) found.push(describeBulk(row, standing, policy));
      } else if (row.standing === 1) found.push(describe(row));
    }
    const last = rows.at(-1);
    if (!last || rows.length < scanStep) break;
    beforeId = last.id;
  }
  return found;
}

/** Reverses exactly this action of the write's operator, with its record entry. */
export function undoAction(change: Write, policy: PolicyData, actionId: number): UndoResult {
  const { store, operator } = change;
  // What a rule did is undone by whoever is working: the rule cannot undo it itself.
  if (store.actions.get(actionId)?.kind === 'rule-applied') {
    const undone = undoRuleRun(change, actionId);
    if (!undone.ok) return undone;
    const authorId = store.items.get(undone.itemId)?.author_id;
    return {
      ok: true,
      outcome: { description: undone.description, itemIds: [undone.itemId], authorIds: authorId ? [authorId] : [] },
    };
  }
  const row = store.reversible.get(actionId);
  if (!row)
    return { ok: false, code: 'not_found', message: 'That action is not in the record, or it cannot be undone.' };
  const owner = store.actions.get(actionId)?.operator ?? '';
  if (owner !== operator)
    return {
      ok: false,
      code: 'conflict',
      message: `${owner} did that; only ${owner} can undo it from Recent actions.`,
    };
  // A bulk removal is undone whole, whichever of its removals is named.
  const members = row.bulk_id !== null ? store.reversible.bulk(row.bulk_id, row.created_at) : [row];
  const standing = members.filter((member) => member.standing === 1);
  if (standing.length === 0)
    return {
      ok: false,
      code: 'conflict',
      message: 'That has already been undone or changed since; nothing was changed.',
    };
  const description =
    row.bulk_id !== null ? describeBulk(row, standing, policy).description : describe(row).description;
  try {
    return change.atomically(() => ({ ok: true, outcome: { description, ...reverseAll(change, standing) } }));
  } catch (error) {
    if (error instanceof UndoRefused) return { ok: false, code: 'conflict', message: error.message };
    throw error;
  }
}

/** Reverses each standing action; a refusal part-way throws, so what was reversed before it is taken back. */
function reverseAll(change: Write, standing: readonly ReversibleRow[]): Omit<UndoOutcome, 'description'> {
  const { store } = change;
  const itemIds: number[] = [];
  const authorIds = new Set<number>();
  for (const member of standing) {
    if (member.kind === 'removed' && member.item_id !== null) {
      const result = reverseRemoval(change, member.item_id, 'removal-undone');
      if (!result.ok) throw new UndoRefused(result.message);
      itemIds.push(member.item_id);
      authorIds.add(result.row.author_id);
    } else if (member.kind === 'no-action-needed' && member.item_id !== null) {
      if (!store.items.changeStatus(member.item_id, 'handled', 'new'))
        throw new UndoRefused('That item is no longer marked as needing no action; nothing was changed.');
      change.record({ itemId: member.item_id, kind: 'no-action-undone', details: { undoes: member.id } });
      itemIds.push(member.item_id);
    } else if (member.kind === 'blocked' && member.person_id !== null) {
      const senders = store.people.senders(store.people.get(member.person_id)?.id ?? member.person_id);
      const result = unblockPerson(change, member.person_id, 'Block undone (Recent actions)', member.id);
      if (!result.ok) throw new UndoRefused(result.message);
      for (const sender of senders) authorIds.add(sender.id);
    }
  }
  return { itemIds, authorIds: [...authorIds] };
}

class UndoRefused extends Error {}

const kindOf: Record<ReversibleRow['kind'], UndoableKind> = {
  removed: 'removal',
  'no-action-needed': 'no-action-needed',
  blocked: 'block',
};

function whose(row: ReversibleRow): string {
  const kind =
    row.item_kind && row.item_kind in kindNames ? kindNames[row.item_kind as ItemKind].toLowerCase() : 'item';
  return `${possessive(row.author_name ?? 'the sender')} ${kind}`;
}

function describe(row: ReversibleRow): UndoableAction {
  const description =
    row.kind === 'removed'
      ? `removed ${whose(row)}`
      : row.kind === 'no-action-needed'
        ? `no action needed on ${whose(row)}`
        : `blocked ${row.person_name ?? 'the sender'}`;
  return {
    actionId: row.id,
    kind: kindOf[row.kind],
    description,
    at: row.created_at,
    itemIds: row.item_id === null ? [] : [row.item_id],
  };
}

function describeBulk(row: ReversibleRow, standing: readonly ReversibleRow[], policy: PolicyData): UndoableAction {
  const reason = policy.reasons.find((candidate) => candidate.id === row.reason_id)?.label;
  const count = standing.length;
  const description = `removed ${count} item${count === 1 ? '' : 's'}${reason ? ` (${reason})` : ''}`;
  return {
    actionId: row.id,
    kind: 'bulk-removal',
    description,
    at: row.created_at,
    itemIds: standing.map((member) => member.item_id).filter((id) => id !== null),
  };
}

/** "Gary Pritchard's", "Chris Evans's": the modern British style keeps the s. */
function possessive(name: string): string {
  return `${name}'s`;
}
