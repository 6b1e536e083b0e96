// The append-only record of what operators and the app did.
import type Database from 'better-sqlite3';

export interface NewAction {
  itemId: number | null;
  kind: string;
  operator: string;
  reasonId?: string | null;
  policyVersion?: string | null;
  details?: Record<string, unknown>;
  createdAt: string;
}

export interface StoredAction {
  id: number;
  itemId: number | null;
  kind: string;
  operator: string;
  reasonId: string | null;
  policyVersion: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

interface RawAction {
  id: number;
  item_id: number | null;
  kind: string;
  operator: string;
  reason_id: string | null;
  policy_version: string | null;
  details: string;
  created_at: string;
}

const columns = 'id, item_id, kind, operator, reason_id, policy_version, details, created_at';

export class ActionsRepo {
  private readonly insert;
  private readonly forItem;
  private readonly byId;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO actions (item_id, kind, operator, reason_id, policy_version, details, created_at)
       VALUES (@itemId, @kind, @operator, @reasonId, @policyVersion, @details, @createdAt)`,
    );
    this.forItem = db.prepare<[number], RawAction>(`SELECT ${columns} FROM actions WHERE item_id = ? ORDER BY id`);
    this.byId = db.prepare<[number], RawAction>(`SELECT ${columns} FROM actions WHERE id = ?`);
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

  get(id: number): StoredAction | null {
    const row = this.byId.get(id);
    return row ? toAction(row) : null;
  }

  listForItem(itemId: number): StoredAction[] {
    return this.forItem.all(itemId).map(toAction);
  }
}

function toAction(row: RawAction): StoredAction {
  return {
    id: row.id,
    itemId: row.item_id,
    kind: row.kind,
    operator: row.operator,
    reasonId: row.reason_id,
    policyVersion: row.policy_version,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}
