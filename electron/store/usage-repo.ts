// What each account read and wrote that its channel bills for, per month, charging a resource read once a day.
import type Database from 'better-sqlite3';
import { usageDay, usageMonth, xUsageKinds, type XUsage, type XUsageKind } from '../core/x-spend';

export interface BillableUse {
  kind: XUsageKind;
  /** The resource read (charged once per UTC day); null for a request charged every time (a write). */
  resourceId: string | null;
}

const knownKind = new Set<string>(xUsageKinds);

export class UsageRepo {
  private readonly prune;
  private readonly remember;
  private readonly add;
  private readonly ofMonth;

  constructor(private readonly db: Database.Database) {
    this.prune = db.prepare(`DELETE FROM channel_reads WHERE day < ?`);
    this.remember = db.prepare(
      `INSERT OR IGNORE INTO channel_reads (account_id, day, kind, resource_id) VALUES (?, ?, ?, ?)`,
    );
    this.add = db.prepare(
      `INSERT INTO channel_usage (account_id, month, kind, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (account_id, month, kind) DO UPDATE SET count = count + excluded.count`,
    );
    this.ofMonth = db.prepare<[number, string], { kind: string; count: number }>(
      `SELECT kind, count FROM channel_usage WHERE account_id = ? AND month = ?`,
    );
  }

  /** Records what one answer cost, in one transaction; returns what was charged (repeats of today's reads are not). */
  record(accountId: number, at: Date, uses: readonly BillableUse[]): XUsage {
    const day = usageDay(at);
    const month = usageMonth(at);
    const charged: XUsage = {};
    this.db.transaction(() => {
      this.prune.run(day);
      for (const use of uses) {
        const fresh =
          use.resourceId === null || this.remember.run(accountId, day, use.kind, use.resourceId).changes === 1;
        if (fresh) charged[use.kind] = (charged[use.kind] ?? 0) + 1;
      }
      for (const [kind, count] of Object.entries(charged)) this.add.run(accountId, month, kind, count);
    })();
    return charged;
  }

  /** What the account used in the month `at` falls in (UTC). */
  month(accountId: number, at: Date): XUsage {
    const usage: XUsage = {};
    for (const row of this.ofMonth.all(accountId, usageMonth(at)))
      if (knownKind.has(row.kind)) usage[row.kind as XUsageKind] = row.count;
    return usage;
  }
}
