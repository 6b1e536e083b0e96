// People and their senders: links, splits, blocks, strikes and the person-level record.
import type Database from 'better-sqlite3';
import { statementCache } from './statement-cache';
import type { BlockMethod } from '../api/capabilities';
import type { Channel } from '../api/domain';
import type { RemovalEvent } from '../core/strikes';

export interface PersonRow {
  id: number;
  display_name: string;
  merged_into: number | null;
}

export interface SenderRow {
  id: number;
  person_id: number;
  channel: Channel;
  external_id: string;
  name: string;
  handle: string | null;
  email: string | null;
  phone: string | null;
  item_count: number;
}

export interface BlockRow {
  id: number;
  author_id: number;
  method: BlockMethod;
  action_id: number;
  created_at: string;
  operator: string;
}

const senderColumns = `a.id, a.person_id, a.channel, a.external_id, a.name, a.handle, a.email, a.phone,
  (SELECT count(*) FROM items i WHERE i.author_id = a.id) AS item_count`;

export class PeopleRepo {
  private readonly statement;

  constructor(private readonly db: Database.Database) {
    this.statement = statementCache(db);
  }

  /** The person, following a link to the person they were merged into. */
  get(id: number): PersonRow | null {
    const row = this.statement(`SELECT id, display_name, merged_into FROM people WHERE id = ?`).get(id) as
      PersonRow | undefined;
    if (!row) return null;
    return row.merged_into === null ? row : this.get(row.merged_into);
  }

  senders(personId: number): SenderRow[] {
    return this.statement(`SELECT ${senderColumns} FROM authors a WHERE a.person_id = ? ORDER BY a.channel, a.id`).all(
      personId,
    ) as SenderRow[];
  }

  sender(authorId: number): SenderRow | null {
    return (
      (this.statement(`SELECT ${senderColumns} FROM authors a WHERE a.id = ?`).get(authorId) as
        SenderRow | undefined) ?? null
    );
  }

  /** Senders of other people who share an address, a number, a name or a surname with these. */
  candidates(own: readonly SenderRow[]): SenderRow[] {
    const personId = own[0]?.person_id ?? 0;
    const found = new Map<number, SenderRow>();
    const add = (rows: unknown[]) => {
      for (const row of rows as SenderRow[]) if (row.person_id !== personId) found.set(row.id, row);
    };
    for (const sender of own) {
      if (sender.email)
        add(
          this.statement(`SELECT ${senderColumns} FROM authors a WHERE lower(a.email) = lower(?) LIMIT 50`).all(
            sender.email.trim(),
          ),
        );
      if (sender.phone)
        add(this.statement(`SELECT ${senderColumns} FROM authors a WHERE a.phone = ? LIMIT 50`).all(sender.phone));
      add(
        this.statement(`SELECT ${senderColumns} FROM authors a WHERE lower(a.name) = lower(?) LIMIT 50`).all(
          sender.name.trim(),
        ),
      );
      const surname = sender.name.trim().split(/\s+/).at(-1) ?? '';
      if (surname.length >= 3 && sender.name.trim().includes(' ')) {
        add(
          this.statement(
            `SELECT ${senderColumns} FROM authors a WHERE lower(a.name) LIKE '% ' || lower(?) LIMIT 50`,
          ).all(surname),
        );
      }
    }
    return [...found.values()];
  }

  /** Senders whose name, handle, address or number contains the text (for linking by hand). */
  find(text: string, limit: number): (SenderRow & { person_name: string })[] {
    const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const sql = `SELECT ${senderColumns}, p.display_name AS person_name FROM authors a JOIN people p ON p.id = a.person_id
      WHERE lower(a.name) LIKE @pattern ESCAPE '\\' OR lower(coalesce(a.handle, '')) LIKE @pattern ESCAPE '\\'
        OR lower(coalesce(a.email, '')) LIKE @pattern ESCAPE '\\' OR coalesce(a.phone, '') LIKE @pattern ESCAPE '\\'
      ORDER BY a.name, a.id LIMIT @limit`;
    return this.statement(sql).all({ pattern, limit }) as (SenderRow & { person_name: string })[];
  }

  rejectedPairs(authorIds: readonly number[]): [number, number][] {
    if (authorIds.length === 0) return [];
    const list = authorIds.map(Number).join(',');
    const sql = `SELECT author_id, other_author_id FROM link_rejections WHERE author_id IN (${list}) OR other_author_id IN (${list})`;
    return (this.db.prepare(sql).all() as { author_id: number; other_author_id: number }[]).map((row) => [
      row.author_id,
      row.other_author_id,
    ]);
  }

  rejectLink(authorId: number, otherAuthorId: number, actionId: number): void {
    const [low, high] = authorId < otherAuthorId ? [authorId, otherAuthorId] : [otherAuthorId, authorId];
    this.statement(
      `INSERT OR IGNORE INTO link_rejections (author_id, other_author_id, action_id) VALUES (?, ?, ?)`,
    ).run(low, high, actionId);
  }

  /** Every sender of `from` joins `into`; `from` (and anyone merged into it) now points at `into`. */
  merge(from: number, into: number): void {
    this.statement(`UPDATE authors SET person_id = ? WHERE person_id = ?`).run(into, from);
    this.statement(`UPDATE people SET merged_into = ? WHERE id = ? OR merged_into = ?`).run(into, from, from);
  }

  /** The sender becomes a person of their own again. */
  split(authorId: number, name: string, now: string): number {
    const personId = Number(
      this.statement(`INSERT INTO people (display_name, created_at, first_author_id) VALUES (?, ?, ?)`).run(
        name,
        now,
        authorId,
      ).lastInsertRowid,
    );
    this.statement(`UPDATE authors SET person_id = ? WHERE id = ?`).run(personId, authorId);
    return personId;
  }

  rename(personId: number, name: string): void {
    this.statement(`UPDATE people SET display_name = ? WHERE id = ?`).run(name, personId);
  }

  /** Every removal of the person's items, with whether it still stands (not undone or restored). */
  removals(personId: number): RemovalEvent[] {
    const sql = `SELECT r.id AS actionId, r.item_id AS itemId, r.reason_id AS reasonId, r.created_at AS at,
        (i.status = 'removed' AND i.removal_action_id = r.id) AS standing
      FROM authors a JOIN items i ON i.author_id = a.id JOIN actions r ON r.item_id = i.id AND r.kind = 'removed'
      WHERE a.person_id = ? ORDER BY r.id`;
    return (this.statement(sql).all(personId) as (Omit<RemovalEvent, 'standing'> & { standing: number })[]).map(
      (row) => ({ ...row, standing: row.standing === 1 }),
    );
  }

  /** Strikes in the window for each of these people (those with none are left out). */
  strikeCounts(personIds: readonly number[], since: string): Map<number, number> {
    const counts = new Map<number, number>();
    if (personIds.length === 0) return counts;
    const list = [...new Set(personIds.map(Number))].join(',');
    const sql = `SELECT a.person_id AS personId, count(*) AS n
      FROM authors a JOIN items i ON i.author_id = a.id AND i.status = 'removed' JOIN actions r ON r.id = i.removal_action_id
      WHERE a.person_id IN (${list}) AND r.created_at >= ? GROUP BY a.person_id`;
    for (const row of this.db.prepare(sql).all(since) as { personId: number; n: number }[])
      counts.set(row.personId, row.n);
    return counts;
  }

  /** Each sender's person and whether the sender is blocked now. */
  standing(authorIds: readonly number[]): { id: number; person_id: number; blocked: number }[] {
    if (authorIds.length === 0) return [];
    const sql = `SELECT a.id, a.person_id, EXISTS (SELECT 1 FROM blocks b WHERE b.author_id = a.id AND b.lifted_action_id IS NULL) AS blocked
      FROM authors a WHERE a.id IN (SELECT value FROM json_each(?))`;
    return this.statement(sql).all(JSON.stringify([...new Set(authorIds)])) as {
      id: number;
      person_id: number;
      blocked: number;
    }[];
  }

  activeBlocks(personId: number): BlockRow[] {
    const sql = `SELECT b.id, b.author_id, b.method, b.action_id, b.created_at, act.operator
      FROM blocks b JOIN authors a ON a.id = b.author_id JOIN actions act ON act.id = b.action_id
      WHERE a.person_id = ? AND b.lifted_action_id IS NULL`;
    return this.statement(sql).all(personId) as BlockRow[];
  }

  addBlock(authorId: number, method: BlockMethod, actionId: number, now: string): number {
    return Number(
      this.statement(`INSERT INTO blocks (author_id, method, action_id, created_at) VALUES (?, ?, ?, ?)`).run(
        authorId,
        method,
        actionId,
        now,
      ).lastInsertRowid,
    );
  }

  liftBlock(blockId: number, actionId: number): boolean {
    return (
      this.statement(`UPDATE blocks SET lifted_action_id = ? WHERE id = ? AND lifted_action_id IS NULL`).run(
        actionId,
        blockId,
      ).changes === 1
    );
  }

  /** The account the sender last wrote to, which is where a platform block is sent. */
  latestAccount(authorId: number): number | null {
    const row = this.statement(
      `SELECT account_id FROM items WHERE author_id = ? ORDER BY received_at DESC, id DESC LIMIT 1`,
    ).get(authorId) as { account_id: number } | undefined;
    return row?.account_id ?? null;
  }

  /** Items filed as blocked go back to the queue (after an unblock); returns how many. */
  returnBlockedItems(authorIds: readonly number[]): number {
    let returned = 0;
    for (const authorId of authorIds)
      returned += this.statement(`UPDATE items SET status = 'new' WHERE author_id = ? AND status = 'blocked'`).run(
        authorId,
      ).changes;
    return returned;
  }

  /** People merged into this one (their notes and record belong to it now). */
  mergedIds(personId: number): number[] {
    return (this.statement(`SELECT id FROM people WHERE merged_into = ?`).all(personId) as { id: number }[]).map(
      (row) => row.id,
    );
  }
}
