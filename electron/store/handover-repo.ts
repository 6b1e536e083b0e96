// What "Since you were last here" reads: the operator's last action, what came after, what still waits.
import type Database from 'better-sqlite3';
import type { Channel } from '../api/domain';

// What rules did is counted on its own ("Done by rules"), not as the other operator's work.
const othersWork = `FROM actions WHERE id > ? AND operator <> ? AND kind NOT IN ('operator-started', 'handover-note', 'operator-saved', 'rule-applied')
  AND id NOT IN (SELECT reply_action_id FROM rule_runs WHERE reply_action_id IS NOT NULL)`;

export class HandoverRepo {
  private readonly lastOf;
  private readonly lastBefore;
  private readonly arrived;
  private readonly received;
  private readonly byRules;
  private readonly handled;
  private readonly latest;
  private readonly notes;
  private readonly counts;

  constructor(db: Database.Database) {
    this.lastOf = db.prepare<[string], { id: number; created_at: string }>(
      `SELECT id, created_at FROM actions WHERE operator = ? ORDER BY id DESC LIMIT 1`,
    );
    this.lastBefore = db.prepare(`SELECT coalesce(max(id), 0) FROM actions WHERE created_at < ?`).pluck();
    this.arrived = db.prepare<[string], { channel: Channel; count: number }>(
      `SELECT channel, count(*) AS count FROM items WHERE ingested_at >= ? AND from_council = 0 GROUP BY channel ORDER BY channel`,
    );
    this.received = db.prepare<[string], { channel: Channel; count: number }>(
      `SELECT channel, count(*) AS count FROM items WHERE received_at >= ? AND from_council = 0 GROUP BY channel ORDER BY channel`,
    );
    this.byRules = db
      .prepare(
        `SELECT a.id FROM actions a JOIN rule_runs rr ON rr.action_id = a.id WHERE a.id > ? AND rr.undone_action_id IS NULL ORDER BY a.id DESC`,
      )
      .pluck();
    this.handled = db.prepare<[number, string], { kind: string; count: number }>(
      `SELECT kind, count(*) AS count ${othersWork} GROUP BY kind ORDER BY count DESC, kind`,
    );
    this.latest = db.prepare(`SELECT id ${othersWork} ORDER BY id DESC LIMIT 15`).pluck();
    this.notes = db.prepare(`SELECT id FROM actions WHERE kind = 'handover-note' AND id > ? ORDER BY id`).pluck();
    this.counts = db.prepare<[], { waiting: number; blocked: number; failed: number }>(
      `SELECT (SELECT count(*) FROM items WHERE status = 'new') AS waiting,
        (SELECT count(*) FROM items WHERE status = 'blocked') AS blocked,
        (SELECT count(*) FROM outbox WHERE state = 'failed') AS failed`,
    );
  }

  /** The operator's most recent action. */
  lastActionOf(operator: string): { id: number; createdAt: string } | null {
    const row = this.lastOf.get(operator);
    return row ? { id: row.id, createdAt: row.created_at } : null;
  }

  /** The last action recorded before the moment (0 when none). */
  lastIdBefore(at: string): number {
    return Number(this.lastBefore.get(at));
  }

  arrivedPerChannel(since: string): { channel: Channel; count: number }[] {
    return this.arrived.all(since);
  }

  /** What was received (by the channel's clock) since the moment, per channel. */
  receivedPerChannel(since: string): { channel: Channel; count: number }[] {
    return this.received.all(since);
  }

  /** The actions rules took after the action and that still stand, newest first. */
  doneByRulesAfter(afterId: number): number[] {
    return this.byRules.all(afterId) as number[];
  }

  /** What others did after the action, per kind (their own comings and goings left out). */
  othersHandled(afterId: number, operator: string): { kind: string; count: number }[] {
    return this.handled.all(afterId, operator);
  }

  /** The ids of the latest 15 of those actions, newest first. */
  othersLatest(afterId: number, operator: string): number[] {
    return this.latest.all(afterId, operator) as number[];
  }

  /** The handover notes left after the action, oldest first. */
  notesAfter(afterId: number): number[] {
    return this.notes.all(afterId) as number[];
  }

  /** Items waiting, items filed as blocked, channel actions that failed. */
  waiting(): { waiting: number; blocked: number; failed: number } {
    return this.counts.get() ?? { waiting: 0, blocked: 0, failed: 0 };
  }
}
