// The append-only record of what operators and the app did.
import type Database from 'better-sqlite3';
import {
  checkRecordedAction,
  readRecordedAction,
  type NewRecordedAction,
  type RecordedAction,
} from '../api/recorded-actions';
import { statementCache } from './statement-cache';

/** Who did it, when, and to what: the same for every kind. */
export interface ActionMeta {
  itemId: number | null;
  /** For what is done about a person rather than one item: blocks, notes, links. */
  personId?: number | null;
  operator: string;
  reasonId?: string | null;
  policyVersion?: string | null;
  createdAt: string;
}

/** An action to append: its kind and that kind's details (api/recorded-actions), checked before writing. */
export type NewAction = ActionMeta & NewRecordedAction;

export type StoredAction = {
  id: number;
  itemId: number | null;
  personId: number | null;
  operator: string;
  reasonId: string | null;
  policyVersion: string | null;
  createdAt: string;
} & RecordedAction;

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
  private readonly statement;

  constructor(db: Database.Database) {
    this.db = db;
    this.statement = statementCache(db);
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
      details: JSON.stringify(checkRecordedAction(action)),
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

  /** The most recent action of the kind. */
  latestOfKind(kind: string): StoredAction | null {
    const row = this.statement(`SELECT ${columns} FROM actions WHERE kind = ? ORDER BY id DESC LIMIT 1`).get(kind) as
      RawAction | undefined;
    return row ? toAction(row) : null;
  }

  /** The most recent action of one of the kinds about these people. */
  latestForPeople(personIds: readonly number[], kinds: readonly string[]): StoredAction | null {
    const list = personIds.map(Number).join(',');
    const sql = `SELECT ${columns} FROM actions WHERE person_id IN (${list}) AND kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY id DESC LIMIT 1`;
    const row = this.statement(sql).get(...kinds) as RawAction | undefined;
    return row ? toAction(row) : null;
  }

  /** Whether the operator has replied to this address (any case) since the moment. */
  repliedToSince(operator: string, since: string, address: string): boolean {
    const sql = `SELECT 1 FROM actions WHERE kind = 'replied' AND operator = ? AND created_at >= ? AND json_extract(details, '$.to') = ? COLLATE NOCASE LIMIT 1`;
    return this.statement(sql).get(operator, since, address) !== undefined;
  }
}

/** One of an operator's reversible actions, with what is needed to say what it did and whether it still stands. */
export interface ReversibleRow {
  id: number;
  kind: 'removed' | 'no-action-needed' | 'blocked';
  item_id: number | null;
  person_id: number | null;
  reason_id: string | null;
  created_at: string;
  bulk_id: string | null;
  item_kind: string | null;
  author_name: string | null;
  person_name: string | null;
  /** 1 while nothing has reversed it: the removal still stands, the item is still handled, the block not lifted. */
  standing: number;
}

const reversibleSql = `SELECT a.id, a.kind, a.item_id, a.person_id, a.reason_id, a.created_at,
    json_extract(a.details, '$.bulkId') AS bulk_id, i.kind AS item_kind, au.name AS author_name, p.display_name AS person_name,
    CASE a.kind
      WHEN 'removed' THEN coalesce(i.status = 'removed' AND i.removal_action_id = a.id, 0)
      WHEN 'no-action-needed' THEN coalesce(i.status = 'handled', 0) AND NOT EXISTS (
        SELECT 1 FROM actions later WHERE later.item_id = a.item_id AND later.kind = 'no-action-undone' AND later.id > a.id)
      ELSE EXISTS (SELECT 1 FROM blocks b WHERE b.action_id = a.id AND b.lifted_action_id IS NULL)
    END AS standing
  FROM actions a LEFT JOIN items i ON i.id = a.item_id LEFT JOIN authors au ON au.id = i.author_id LEFT JOIN people p ON p.id = a.person_id`;

export class ReversibleActions {
  private readonly statement;

  constructor(db: Database.Database) {
    this.statement = statementCache(db);
  }

  /** The operator's reversible actions older than `beforeId`, newest first, standing or not. */
  byOperator(operator: string, beforeId: number, limit: number): ReversibleRow[] {
    const sql = `${reversibleSql} WHERE a.operator = ? AND a.id < ? AND a.kind IN ('removed', 'no-action-needed', 'blocked') ORDER BY a.id DESC LIMIT ?`;
    return this.statement(sql).all(operator, beforeId, limit) as ReversibleRow[];
  }

  get(id: number): ReversibleRow | null {
    return (
      (this.statement(`${reversibleSql} WHERE a.id = ? AND a.kind IN ('removed', 'no-action-needed', 'blocked')`).get(
        id,
      ) as ReversibleRow | undefined) ?? null
    );
  }

  /** The removals of one bulk removal (they share its id and moment). */
  bulk(bulkId: string, at: string): ReversibleRow[] {
    const sql = `${reversibleSql} WHERE a.created_at = ? AND a.kind = 'removed' AND json_extract(a.details, '$.bulkId') = ? ORDER BY a.id DESC`;
    return this.statement(sql).all(at, bulkId) as ReversibleRow[];
  }
}

function toAction(row: RawAction): StoredAction {
  return {
    id: row.id,
    itemId: row.item_id,
    personId: row.person_id,
    operator: row.operator,
    reasonId: row.reason_id,
    policyVersion: row.policy_version,
    createdAt: row.created_at,
    ...readRecordedAction(row.kind, parseDetails(row.details)),
  };
}

/** Details that are not JSON (written by hand, or damaged) read as none: the action is still shown. */
function parseDetails(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
