// Requests (FOI, subject access, complaints), their append-only events, linked items and the council's closure days.
import type Database from 'better-sqlite3';
import type { RequestType } from '../core/request-clock';
import { statementCache } from './statement-cache';

export interface RequestRow {
  id: number;
  reference: string;
  type: RequestType;
  person_id: number | null;
  person_name: string | null;
  received_at: string;
  created_at: string;
}

export interface RequestEventRow {
  id: number;
  request_id: number;
  kind: string;
  on_date: string;
  operator: string;
  details: string;
  action_id: number;
  recorded_at: string;
}

export interface RequestItemRow {
  request_id: number;
  item_id: number;
  role: string;
  kind: string;
  channel: string;
  author_name: string;
  subject: string | null;
  text: string;
  received_at: string;
}

export interface LinkedReplyRow {
  action_id: number;
  item_id: number;
  operator: string;
  created_at: string;
  details: string;
}

export interface ClosureDayRow {
  date: string;
  note: string;
}

export interface RecognitionRow {
  id: number;
  text: string;
  subject: string | null;
  kind: string;
  channel: string;
  from_council: number;
}

const requestColumns = `r.id, r.reference, r.type, r.person_id, p.display_name AS person_name, r.received_at, r.created_at`;
const requestFrom = `FROM requests r LEFT JOIN people p ON p.id = r.person_id`;

export class RequestsRepo {
  private readonly statement;

  constructor(db: Database.Database) {
    this.statement = statementCache(db);
  }

  add(request: { reference: string; type: RequestType; personId: number | null; receivedAt: string; now: string }) {
    const result = this.statement(
      `INSERT INTO requests (reference, type, person_id, received_at, created_at)
       VALUES (@reference, @type, @personId, @receivedAt, @now)`,
    ).run(request);
    return Number(result.lastInsertRowid);
  }

  /** Every reference of one type received in one year ("FOI-2026-…"), for the next number. */
  referencesFor(prefix: string, year: number): string[] {
    return this.statement(`SELECT reference FROM requests WHERE reference LIKE ?`)
      .pluck()
      .all(`${prefix}-${year}-%`) as string[];
  }

  get(id: number): RequestRow | null {
    return (this.statement(`SELECT ${requestColumns} ${requestFrom} WHERE r.id = ?`).get(id) as RequestRow) ?? null;
  }

  list(): RequestRow[] {
    return this.statement(
      `SELECT ${requestColumns} ${requestFrom} ORDER BY r.received_at DESC, r.id DESC`,
    ).all() as RequestRow[];
  }

  appendEvent(event: Omit<RequestEventRow, 'id'>): number {
    const result = this.statement(
      `INSERT INTO request_events (request_id, kind, on_date, operator, details, action_id, recorded_at)
       VALUES (@request_id, @kind, @on_date, @operator, @details, @action_id, @recorded_at)`,
    ).run(event);
    return Number(result.lastInsertRowid);
  }

  eventsOf(requestId: number): RequestEventRow[] {
    return this.statement(`SELECT * FROM request_events WHERE request_id = ? ORDER BY id`).all(
      requestId,
    ) as RequestEventRow[];
  }

  /** Every event of every request, in order: the register replays them all (a parish has tens a year). */
  allEvents(): RequestEventRow[] {
    return this.statement(`SELECT * FROM request_events ORDER BY request_id, id`).all() as RequestEventRow[];
  }

  link(link: { requestId: number; itemId: number; role: string; by: string; at: string }): boolean {
    return (
      this.statement(
        `INSERT OR IGNORE INTO request_items (request_id, item_id, role, linked_by, linked_at)
         VALUES (@requestId, @itemId, @role, @by, @at)`,
      ).run(link).changes > 0
    );
  }

  itemsOf(requestId: number): RequestItemRow[] {
    return this.statement(
      `SELECT ri.request_id, ri.item_id, ri.role, i.kind, i.channel, au.name AS author_name, i.subject, i.text, i.received_at
       FROM request_items ri JOIN items i ON i.id = ri.item_id JOIN authors au ON au.id = i.author_id
       WHERE ri.request_id = ? ORDER BY i.received_at, i.id`,
    ).all(requestId) as RequestItemRow[];
  }

  /** Which requests these items belong to (an item may be linked to more than one). */
  requestsOfItems(itemIds: readonly number[]): { item_id: number; request_id: number }[] {
    if (itemIds.length === 0) return [];
    const list = itemIds.map(Number).join(',');
    return this.statement(
      `SELECT item_id, request_id FROM request_items WHERE item_id IN (${list}) ORDER BY request_id`,
    ).all() as { item_id: number; request_id: number }[];
  }

  /** Replies recorded on the request's items: what can be marked as the response. */
  repliesOf(requestId: number): LinkedReplyRow[] {
    return this.statement(
      `SELECT a.id AS action_id, a.item_id, a.operator, a.created_at, a.details FROM actions a
       JOIN request_items ri ON ri.item_id = a.item_id
       WHERE ri.request_id = ? AND a.kind IN ('replied', 'complaint-reply') ORDER BY a.id`,
    ).all(requestId) as LinkedReplyRow[];
  }

  /** The newest subject access export made for this person since `since`: what "Send the subject access export" records. */
  latestSubjectAccessExport(personId: number, since: string): number | null {
    return (
      (this.statement(
        `SELECT id FROM actions WHERE kind = 'export-made' AND person_id = ? AND created_at >= ?
           AND json_extract(details, '$.export') = 'subject-access' ORDER BY id DESC LIMIT 1`,
      )
        .pluck()
        .get(personId, since) as number | undefined) ?? null
    );
  }

  closureDays(): ClosureDayRow[] {
    return this.statement(`SELECT date, note FROM closure_days ORDER BY date`).all() as ClosureDayRow[];
  }

  replaceClosureDays(days: readonly ClosureDayRow[]): void {
    this.statement(`DELETE FROM closure_days`).run();
    const insert = this.statement(`INSERT INTO closure_days (date, note) VALUES (@date, @note)`);
    for (const day of days) insert.run(day);
  }

  /** The items added after `id`, for recognising requests as they arrive. */
  itemsAfter(id: number): RecognitionRow[] {
    return this.statement(
      `SELECT id, text, subject, kind, channel, from_council FROM items WHERE id > ? ORDER BY id`,
    ).all(id) as RecognitionRow[];
  }

  saveSuggestion(itemId: number, type: RequestType | null): void {
    this.statement(`UPDATE items SET suggested_request = ? WHERE id = ? AND suggested_request IS NOT ?`).run(
      type,
      itemId,
      type,
    );
  }

  suggestionsOf(itemIds: readonly number[]): { id: number; suggested_request: RequestType | null }[] {
    if (itemIds.length === 0) return [];
    const list = itemIds.map(Number).join(',');
    return this.statement(`SELECT id, suggested_request FROM items WHERE id IN (${list})`).all() as {
      id: number;
      suggested_request: RequestType | null;
    }[];
  }
}
