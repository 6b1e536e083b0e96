// Calendar days where the council is: the Europe/London date of a moment, and day arithmetic on ISO dates.
// Statutory clocks count whole days in England, so a message at 23:30 UTC on a summer evening (00:30 BST)
// arrived the next day. The time-zone rules come from Intl (the ICU data shipped with Node and Chromium).

/** A calendar date, "2026-12-28". */
export type IsoDate = string;

const londonDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in London at `instant` (an ISO 8601 moment such as an item's receivedAt, or a Date). */
export function londonDate(instant: string | Date): IsoDate {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not a moment in time: ${String(instant)}`);
  const parts = londonDay.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return toUtc(text).toISOString().slice(0, 10) === text;
}

function toUtc(date: IsoDate): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function checked(date: IsoDate): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const moved = toUtc(checked(date));
  moved.setUTCDate(moved.getUTCDate() + days);
  return fromUtc(moved);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(checked(to)).getTime() - toUtc(checked(from)).getTime()) / 86_400_000);
}

/**
 * The corresponding date `months` calendar months later; where that month has no such day, its last day
 * (31 Jan + 1 month = 28 Feb, or 29 Feb in a leap year).
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const [year = 0, month = 1, day = 1] = checked(date).split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

/** 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return toUtc(checked(date)).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return Number(checked(date).slice(0, 4));
}

const ukShort = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "Mon 28 Dec 2026": how a due date reads to the clerk. */
export function ukDate(date: IsoDate): string {
  return ukShort.format(toUtc(checked(date))).replace(',', '');
}
