// The figures of the council-meeting report, read from the record: messages, removals, first response.
import type Database from 'better-sqlite3';
import { channels, type Channel } from '../api/domain';
import type { ReportFigures } from '../api/reports';
import { addDays, startOfUkDay, ukCalendarDate } from '../api/uk-time';

export interface ReportRequest {
  /** Inclusive range of UK days, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  councilName: string;
  /** The policy's short label for each removal reason, by id. */
  labels: Record<string, string>;
}

interface Bounds {
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

export function reportFigures(db: Database.Database, request: ReportRequest): ReportFigures {
  // A day is a UK day: stored times are ISO strings in UTC, compared with the moments London's days begin.
  const bounds: Bounds = {
    start: startOfUkDay(request.from).toISOString(),
    end: startOfUkDay(addDays(request.to, 1)).toISOString(),
  };
  const months = monthsBetween(request.from, request.to);
  return {
    from: request.from,
    to: request.to,
    councilName: request.councilName,
    months,
    messagesPerChannel: messagesPerChannel(db, bounds, months),
    removalsPerReason: removalsPerReason(db, bounds, request.labels),
    firstResponse: firstResponse(db, bounds),
  };
}

function messagesPerChannel(
  db: Database.Database,
  bounds: Bounds,
  months: string[],
): ReportFigures['messagesPerChannel'] {
  // Counted by the UK month: a message at 23:30 UTC on 31 May arrived in June (BST). Grouped by the hour in SQL,
  // then each hour put in its London month, so a year of items costs a few thousand rows, not one per item.
  const rows = db
    .prepare<[Bounds], { channel: string; hour: string; count: number }>(
      `SELECT channel, substr(received_at, 1, 13) AS hour, COUNT(*) AS count FROM items
       WHERE from_council = 0 AND received_at >= @start AND received_at < @end
       GROUP BY channel, hour`,
    )
    .all(bounds);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.channel} ${ukCalendarDate(`${row.hour}:00:00.000Z`).slice(0, 7)}`;
    counts.set(key, (counts.get(key) ?? 0) + row.count);
  }
  return channels
    .map((channel) => ({
      channel,
      counts: months.map((month) => counts.get(`${channel} ${month}`) ?? 0),
    }))
    .filter((series) => series.counts.some((count) => count > 0));
}

function removalsPerReason(
  db: Database.Database,
  bounds: Bounds,
  labels: Record<string, string>,
): ReportFigures['removalsPerReason'] {
  // A removal still stands while the item points at it; undone or restored removals do not.
  const rows = db
    .prepare<[Bounds], { reasonId: string | null; count: number }>(
      `SELECT a.reason_id AS reasonId, COUNT(*) AS count FROM actions a JOIN items i ON i.removal_action_id = a.id
       WHERE a.kind = 'removed' AND a.created_at >= @start AND a.created_at < @end
       GROUP BY a.reason_id`,
    )
    .all(bounds);
  const policyOrder = Object.keys(labels);
  const rank = (reasonId: string) =>
    policyOrder.includes(reasonId) ? policyOrder.indexOf(reasonId) : policyOrder.length;
  return rows
    .map((row) => {
      const reasonId = row.reasonId ?? 'none';
      return {
        reasonId,
        label: labels[reasonId] ?? (row.reasonId ? reasonId : 'No reason recorded'),
        count: row.count,
      };
    })
    .sort((a, b) => b.count - a.count || rank(a.reasonId) - rank(b.reasonId) || a.reasonId.localeCompare(b.reasonId));
}

function firstResponse(db: Database.Database, bounds: Bounds): ReportFigures['firstResponse'] {
  // Items from blocked senders are filed away on arrival: nobody is expected to answer them.
  const rows = db
    .prepare<[Bounds], { channel: string; hours: number | null }>(
      `SELECT i.channel, (julianday(MIN(a.created_at)) - julianday(i.received_at)) * 24 AS hours
       FROM items i LEFT JOIN actions a ON a.item_id = i.id AND ${dealtWith}
       WHERE i.from_council = 0 AND i.status <> 'blocked' AND i.received_at >= @start AND i.received_at < @end
       GROUP BY i.id`,
    )
    .all(bounds);
  const answeredHours = (channel?: Channel) =>
    rows
      .filter((row) => channel === undefined || row.channel === channel)
      .flatMap((row) => (row.hours === null ? [] : [Math.max(0, row.hours)]));
  const all = answeredHours();
  return {
    medianHours: medianToOneDecimal(all),
    answered: all.length,
    unanswered: rows.length - all.length,
    perChannel: channels
      .filter((channel) => rows.some((row) => row.channel === channel))
      .map((channel) => {
        const hours = answeredHours(channel);
        return { channel, medianHours: medianToOneDecimal(hours), answered: hours.length };
      }),
  };
}

/** The middle value (the mean of the two middle values for an even count), rounded to one decimal. */
export function medianToOneDecimal(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (index: number) => sorted[index] ?? 0;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return Math.round(median * 10) / 10;
}

/** Every 'YYYY-MM' from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (current > last) return months;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
