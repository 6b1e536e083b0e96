// The figures of the council-meeting report, read from the record: messages, removals, first response.
import { channels, type Channel } from '../api/domain';
import type { ReportFigures } from '../api/reports';
import type { ReportBounds, ReportRepo } from '../store/report-repo';
import type { Repository } from '../store/store';
import { addDays, startOfUkDay, ukCalendarDate } from '../api/uk-time';

export interface ReportRequest {
  /** Inclusive range of UK days, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  councilName: string;
  /** The policy's short label for each removal reason, by id. */
  labels: Record<string, string>;
}

export function reportFigures(reports: Repository<ReportRepo>, request: ReportRequest): ReportFigures {
  // A day is a UK day: stored times are ISO strings in UTC, compared with the moments London's days begin.
  const bounds: ReportBounds = {
    start: startOfUkDay(request.from).toISOString(),
    end: startOfUkDay(addDays(request.to, 1)).toISOString(),
  };
  const months = monthsBetween(request.from, request.to);
  return {
    from: request.from,
    to: request.to,
    councilName: request.councilName,
    months,
    messagesPerChannel: messagesPerChannel(reports, bounds, months),
    removalsPerReason: removalsPerReason(reports, bounds, request.labels),
    firstResponse: firstResponse(reports, bounds),
  };
}

function messagesPerChannel(
  reports: Repository<ReportRepo>,
  bounds: ReportBounds,
  months: string[],
): ReportFigures['messagesPerChannel'] {
  // Counted by the UK month: a message at 23:30 UTC on 31 May arrived in June (BST). Grouped by the hour in SQL,
  // then each hour put in its London month, so a year of items costs a few thousand rows, not one per item.
  const rows = reports.messagesPerChannelHour(bounds);
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
  reports: Repository<ReportRepo>,
  bounds: ReportBounds,
  labels: Record<string, string>,
): ReportFigures['removalsPerReason'] {
  const rows = reports.standingRemovalsPerReason(bounds);
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

function firstResponse(reports: Repository<ReportRepo>, bounds: ReportBounds): ReportFigures['firstResponse'] {
  const rows = reports.firstResponseHours(bounds);
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
