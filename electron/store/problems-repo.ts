// Payloads a channel sent that could not be understood: kept aside with the error, never dropped.
import type Database from 'better-sqlite3';
import type { Channel } from '../api/domain';
import type { RejectedPayload } from '../channels/connector';

export interface ProblemRow {
  id: number;
  accountId: number;
  accountName: string;
  channel: Channel;
  raw: string;
  error: string;
  createdAt: string;
}

export class ProblemsRepo {
  private readonly insert;
  private readonly open;
  private readonly review;
  private readonly countOpen;

  constructor(db: Database.Database) {
    this.insert = db.prepare(`INSERT INTO problems (account_id, raw, error, created_at) VALUES (?, ?, ?, ?)`);
    this.open = db.prepare<[number], ProblemRow>(
      `SELECT p.id, p.account_id AS accountId, a.name AS accountName, a.channel, p.raw, p.error, p.created_at AS createdAt
       FROM problems p JOIN accounts a ON a.id = p.account_id WHERE p.reviewed_at IS NULL ORDER BY p.id DESC LIMIT ?`,
    );
    this.review = db.prepare(
      `UPDATE problems SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND reviewed_at IS NULL`,
    );
    this.countOpen = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM problems WHERE reviewed_at IS NULL`);
  }

  add(accountId: number, rejected: readonly RejectedPayload[], now: string): void {
    for (const payload of rejected) this.insert.run(accountId, payload.raw, payload.error, now);
  }

  listOpen(limit: number): ProblemRow[] {
    return this.open.all(limit);
  }

  openCount(): number {
    return (this.countOpen.get() as { n: number }).n;
  }

  /** Looked at by the clerk; the payload stays in the record. */
  markReviewed(id: number, operator: string, now: string): boolean {
    return this.review.run(now, operator, id).changes === 1;
  }
}
