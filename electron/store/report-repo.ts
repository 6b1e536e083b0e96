// The counts behind the council-meeting report: messages, standing removals, first responses.
import type Database from 'better-sqlite3';

/** ISO moments in UTC: the start of the first UK day and of the day after the last. */
export interface ReportBounds {
  start: string;
  end: string;
}

/**
 * The council dealt with an item when it replied (an automatic out-of-office answer does not count),
 * sent the complaint reply, removed it, or marked it as needing no action.
 */
const dealtWith = `(
  (a.kind = 'replied' AND json_extract(a.details, '$.automatic') IS NULL)
  OR (a.kind = 'complaint-reply' AND json_extract(a.details, '$.decision') = 'send')
  OR a.kind IN ('removed', 'no-action-needed')
)`;

export class ReportRepo {
  private readonly messages;
  private readonly removals;
  private readonly responses;

  constructor(db: Database.Database) {
    this.messages = db.prepare<[ReportBounds], { channel: string; hour: string; count: number }>(
      `SELECT channel, substr(received_at, 1, 13) AS hour, COUNT(*) AS count FROM items
       WHERE from_council = 0 AND received_at >= @start AND received_at < @end
       GROUP BY channel, hour`,
    );
    // A removal still stands while the item points at it; undone or restored removals do not.
    this.removals = db.prepare<[ReportBounds], { reasonId: string | null; count: number }>(
      `SELECT a.reason_id AS reasonId, COUNT(*) AS count FROM actions a JOIN items i ON i.removal_action_id = a.id
       WHERE a.kind = 'removed' AND a.created_at >= @start AND a.created_at < @end
       GROUP BY a.reason_id`,
    );
    // Items from blocked senders are filed away on arrival: nobody is expected to answer them.
    this.responses = db.prepare<[ReportBounds], { channel: string; hours: number | null }>(
      `SELECT i.channel, (julianday(MIN(a.created_at)) - julianday(i.received_at)) * 24 AS hours
       FROM items i LEFT JOIN actions a ON a.item_id = i.id AND ${dealtWith}
       WHERE i.from_council = 0 AND i.status <> 'blocked' AND i.received_at >= @start AND i.received_at < @end
       GROUP BY i.id`,
    );
  }

  /** Per channel and UTC hour ('YYYY-MM-DDTHH'): the caller puts each hour in its UK month. */
  messagesPerChannelHour(bounds: ReportBounds): { channel: string; hour: string; count: number }[] {
    return this.messages.all(bounds);
  }

  standingRemovalsPerReason(bounds: ReportBounds): { reasonId: string | null; count: number }[] {
    return this.removals.all(bounds);
  }

  /** Per item received, the hours until it was first dealt with (null while it is not). */
  firstResponseHours(bounds: ReportBounds): { channel: string; hours: number | null }[] {
    return this.responses.all(bounds);
  }
}
