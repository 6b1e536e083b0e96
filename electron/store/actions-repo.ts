// The append-only record of what operators and the app did.
import type Database from 'better-sqlite3';

export interface NewAction {
  itemId: number | null;
  /** For what is done about a person rather than one item: blocks, notes, links. */
  personId?: number | null;
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
  personId: number | null;
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
  person_id: number | null;
  kind: string;
  operator: string;
  reason_id: string | null;
  policy_version: string | null;
  details: string;
  created_at: string;
}

const columns = 'id, item_id, person_id, kind, operator, reason_id, policy_version, details, created_at';

export class ActionsRepo {
  private readonly insert;
  private readonly forItem;
  private readonly byId;
  private readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
    this.insert = db.prepare(
      `INSERT INTO actions (item_id, person_id, kind, operator, reason_id, policy_version, details, created_at)
       VALUES (@itemId, @personId, @kind, @operator, @reasonId, @policyVersion, @details, @createdAt)`,
    );
    this.forItem = db.prepare<[number], RawAction>(`SELECT ${columns} FROM actions WHERE item_id = ? ORDER BY id`);
    this.byId = db.prepare<[number], RawAction>(`SELECT ${columns} FROM actions WHERE id = ?`);
  }

  append(action: NewAction): number {
    const result = this.insert.run({
      itemId: action.itemId,
      personId: action.personId ?? null,
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

  /** What was done about these people and their items, newest first. */
  listForPeople(personIds: readonly number[], limit: number): StoredAction[] {
    const list = personIds.map(Number).join(',');
    const sql = `SELECT ${columns} FROM actions WHERE person_id IN (${list})
      UNION SELECT ${columns.replace(/(^|, )/g, '$1act.')} FROM actions act JOIN items i ON i.id = act.item_id JOIN authors a ON a.id = i.author_id
        WHERE a.person_id IN (${list})
      ORDER BY id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(limit) as RawAction[]).map(toAction);
  }
}

function toAction(row: RawAction): StoredAction {
  return {
    id: row.id,
    itemId: row.item_id,
    personId: row.person_id,
    kind: row.kind,
    operator: row.operator,
    reasonId: row.reason_id,
    policyVersion: row.policy_version,
    details: JSON.parse(row.details) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}
