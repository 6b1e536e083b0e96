// The append-only record of what operators and the app did.
import type Database from 'better-sqlite3';
import type { ActionRecord } from '../api/domain';

export interface NewAction {
  itemId: number | null;
  kind: string;
  operator: string;
  reasonId?: string | null;
  policyVersion?: string | null;
  details?: Record<string, unknown>;
  createdAt: string;
}

interface RawAction {
  id: number;
  item_id: number | null;
  kind: string;
  operator: string;
  reason_id: string | null;
  details: string;
  created_at: string;
}

export class ActionsRepo {
  private readonly insert;
  private readonly forItem;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO actions (item_id, kind, operator, reason_id, policy_version, details, created_at)
       VALUES (@itemId, @kind, @operator, @reasonId, @policyVersion, @details, @createdAt)`,
    );
    this.forItem = db.prepare<[number], RawAction>(
      `SELECT id, item_id, kind, operator, reason_id, details, created_at FROM actions WHERE item_id = ? ORDER BY id`,
    );
  }

  append(action: NewAction): number {
    const result = this.insert.run({
      itemId: action.itemId,
      kind: action.kind,
      operator: action.operator,
      reasonId: action.reasonId ?? null,
      policyVersion: action.policyVersion ?? null,
      details: JSON.stringify(action.details ?? {}),
      createdAt: action.createdAt,
    });
    return Number(result.lastInsertRowid);
  }

  listForItem(itemId: number): ActionRecord[] {
    return this.forItem.all(itemId).map((row) => ({
      id: row.id,
      itemId: row.item_id,
      kind: row.kind,
      operator: row.operator,
      createdAt: row.created_at,
      summary: summarise(row),
    }));
  }
}

const summaries: Record<string, string> = {
  'no-action-needed': 'Marked as needing no action',
};

function summarise(row: RawAction): string {
  return summaries[row.kind] ?? row.kind;
}
