// The record for the Records view and its exports: items and actions under the Records filters.
import type Database from 'better-sqlite3';
import { statementCache } from './statement-cache';

export interface RecordSelection {
  /** ISO moments in UTC: the start of the first day, and of the day after the last. */
  from: string;
  to: string;
  channel?: string | undefined;
  /** The person and anyone linked into them. */
  personIds?: readonly number[] | undefined;
  operator?: string | undefined;
  reasonId?: string | undefined;
  /** An FTS5 query already made safe by core/search-query. */
  match?: string | null | undefined;
}

export interface RecordItemSqlRow {
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
}

const idList = (ids: readonly number[]) => ids.map(Number).join(',');

export class RecordRepo {
  private readonly statement;

  constructor(db: Database.Database) {
    this.statement = statementCache(db);
  }

  items(selection: RecordSelection, limit: number): { rows: RecordItemSqlRow[]; total: number } {
    const where = ['i.received_at >= @from', 'i.received_at < @to'];
    const params = baseParams(selection, limit);
    if (selection.channel) {
      where.push('i.channel = @channel');
      params.channel = selection.channel;
    }
    if (selection.personIds) where.push(`au.person_id IN (${idList(selection.personIds)})`);
    if (selection.operator) {
      where.push('EXISTS (SELECT 1 FROM actions oa WHERE oa.item_id = i.id AND oa.operator = @operator)');
      params.operator = selection.operator;
    }
    if (selection.reasonId) {
      where.push("i.status = 'removed' AND ra.reason_id = @reason");
      params.reason = selection.reasonId;
    }
    if (selection.match) {
      where.push('i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match)');
      params.match = selection.match;
    }
    const from = `FROM items i JOIN authors au ON au.id = i.author_id JOIN accounts acc ON acc.id = i.account_id LEFT JOIN actions ra ON ra.id = i.removal_action_id WHERE ${where.join(' AND ')}`;
    const total = Number(this.statement(`SELECT count(*) ${from}`).pluck().get(params));
    const rows = this.statement(
      `SELECT i.id, i.received_at, i.channel, i.kind, acc.name AS account, au.name AS sender, au.external_id AS sender_id, i.subject, i.text, i.status, ra.reason_id
       ${from} ORDER BY i.received_at, i.id LIMIT @limit`,
    ).all(params) as RecordItemSqlRow[];
    return { rows, total };
  }

  /** The ids of the actions under the selection, oldest first. */
  actionIds(selection: RecordSelection, limit: number): { ids: number[]; total: number } {
    const where = ['a.created_at >= @from', 'a.created_at < @to'];
    const params = baseParams(selection, limit);
    if (selection.channel) {
      where.push('i.channel = @channel');
      params.channel = selection.channel;
    }
    if (selection.personIds) {
      const ids = idList(selection.personIds);
      where.push(`(a.person_id IN (${ids}) OR au.person_id IN (${ids}))`);
    }
    if (selection.operator) {
      where.push('a.operator = @operator');
      params.operator = selection.operator;
    }
    if (selection.reasonId) {
      where.push('a.reason_id = @reason');
      params.reason = selection.reasonId;
    }
    if (selection.match) {
      where.push('a.item_id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match)');
      params.match = selection.match;
    }
    const from = `FROM actions a LEFT JOIN items i ON i.id = a.item_id LEFT JOIN authors au ON au.id = i.author_id WHERE ${where.join(' AND ')}`;
    const total = Number(this.statement(`SELECT count(*) ${from}`).pluck().get(params));
    const ids = this.statement(`SELECT a.id ${from} ORDER BY a.id LIMIT @limit`).pluck().all(params) as number[];
    return { ids, total };
  }
}

function baseParams(selection: RecordSelection, limit: number): Record<string, string | number> {
  return { from: selection.from, to: selection.to, limit };
}
