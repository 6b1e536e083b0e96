// Calendar days where the council is, for statutory clocks: day arithmetic on ISO dates, built on api/uk-time
// (the one place that knows the Europe/London calendar). Statutory clocks count whole days in England, so a
// message at 23:30 UTC on a summer evening (00:30 BST) arrived the next day.
import {
  isIsoDate,
  shortWeekdays,
  ukCalendarDate,
  ukClock,
  ukDate as ukDayMonthYear,
  type IsoDate,
} from '../api/uk-time';

export { isIsoDate, type IsoDate };

/** The date in London at `instant` (an ISO 8601 moment such as an item's receivedAt, or a Date). */
export function londonDate(instant: string | Date): IsoDate {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not a moment in time: ${String(instant)}`);
  return ukCalendarDate(moment);
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

const fromUtc = (date: Date): IsoDate => date.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = toUtc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return fromUtc(moved);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/**
 * The corresponding date `months` calendar months later; where that month has no such day, its last day
 * (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year).
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year = 0, month = 1, day = 1] = fromUtc(toUtc(date)).split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return toUtc(date).getUTCFullYear();
}

/** "Mon 28 Dec 2026": how a due date reads to the clerk. */
export function ukDate(date: IsoDate): string {
  const clock = ukClock(fromUtc(toUtc(date)));
  return `${shortWeekdays[clock?.weekday ?? 0]} ${ukDayMonthYear(date)}`;
}
