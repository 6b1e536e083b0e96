// UK dates and times for every screen and export: Europe/London (BST-aware), day before month, whatever the PC's locale.
//
// Intl is asked only for the London wall clock as numbers; the words are ours, so the output is the same in Node,
// Chromium and any ICU version (which differ on "Sep"/"Sept" and on commas after the weekday).

/** A calendar date as the store keeps it: 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A moment: a Date, epoch milliseconds or an ISO 8601 timestamp. A bare 'YYYY-MM-DD' is read as that calendar day. */
export type Instant = Date | number | string;

export interface UkClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday. */
  weekday: number;
}

export const shortMonths = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;
export const longMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const shortWeekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export const longWeekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number): string => String(value).padStart(2, '0');

export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const weekdayOf = (year: number, month: number, day: number): number =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The London wall clock at a moment, or null for something that is not a date. */
export function ukClock(instant: Instant): UkClock | null {
  if (typeof instant === 'string') {
    const calendar = isoDatePattern.exec(instant);
    if (calendar) {
      const [year, month, day] = [Number(calendar[1]), Number(calendar[2]), Number(calendar[3])];
      return isRealDate(year, month, day)
        ? { year, month, day, hour: 0, minute: 0, second: 0, weekday: weekdayOf(year, month, day) }
        : null;
    }
  }
  const ms =
    typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) return null;
  const parts: Record<string, number> = {};
  for (const part of londonClock.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const { year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0 } = parts;
  return { year, month, day, hour, minute, second, weekday: weekdayOf(year, month, day) };
}

// Something that is not a date is shown as written rather than as "Invalid Date", so nothing is hidden.
const shown = (instant: Instant, format: (clock: UkClock) => string): string => {
  const clock = ukClock(instant);
  return clock ? format(clock) : String(instant);
};

/** "5 Dec 2026" */
export const ukDate = (instant: Instant): string =>
  shown(instant, (c) => `${c.day} ${shortMonths[c.month - 1]} ${c.year}`);
/** "5 December 2026" */
export const ukLongDate = (instant: Instant): string =>
  shown(instant, (c) => `${c.day} ${longMonths[c.month - 1]} ${c.year}`);
/** "05/12/2026" */
export const ukNumericDate = (instant: Instant): string =>
  shown(instant, (c) => `${pad(c.day)}/${pad(c.month)}/${c.year}`);
/** "18:02" */
export const ukTime = (instant: Instant): string => shown(instant, (c) => `${pad(c.hour)}:${pad(c.minute)}`);
/** "Sat 5 Dec, 18:02" */
export const ukDayAndTime = (instant: Instant): string =>
  shown(
    instant,
    (c) => `${shortWeekdays[c.weekday]} ${c.day} ${shortMonths[c.month - 1]}, ${pad(c.hour)}:${pad(c.minute)}`,
  );
/** "Saturday 5 Dec, 18:02": a deadline within the coming days, said as a clerk says it. */
export const ukWeekdayAndTime = (instant: Instant): string =>
  shown(
    instant,
    (c) => `${longWeekdays[c.weekday]} ${c.day} ${shortMonths[c.month - 1]}, ${pad(c.hour)}:${pad(c.minute)}`,
  );
/** "Sat 5 Dec 2026, 18:02": the whole moment, e.g. on hover. */
export const ukDateTime = (instant: Instant): string =>
  shown(
    instant,
    (c) =>
      `${shortWeekdays[c.weekday]} ${c.day} ${shortMonths[c.month - 1]} ${c.year}, ${pad(c.hour)}:${pad(c.minute)}`,
  );
/**
 * "05/12/2026 18:02": what Excel reads as a date and time when it opens a CSV on a PC set to English (United
 * Kingdom), the council's; an exact ISO column beside it serves any other PC.
 */
export const excelDateTime = (instant: Instant): string =>
  shown(instant, (c) => `${pad(c.day)}/${pad(c.month)}/${c.year} ${pad(c.hour)}:${pad(c.minute)}`);

/** The London calendar date of a moment, e.g. 23:30 UTC on 31 May is '2026-06-01' (BST). */
export function ukCalendarDate(instant: Instant): IsoDate {
  const clock = ukClock(instant);
  if (!clock) throw new RangeError(`Not a date: ${String(instant)}`);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return ukCalendarDate(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000);
}

/** How far London is ahead of UTC at a moment, in minutes: 0 in winter, 60 in summer time. */
export function ukOffsetMinutes(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const c = ukClock(ms);
  if (!c) throw new RangeError(`Not a date: ${String(instant)}`);
  return Math.round(
    (Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(ms / 1000) * 1000) / 60_000,
  );
}

/** The moment a London day begins (midnight is never skipped: the clocks change at 01:00 UTC). */
export function startOfUkDay(date: IsoDate): Date {
  const match = isoDatePattern.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(wall - ukOffsetMinutes(wall - ukOffsetMinutes(wall) * 60_000) * 60_000);
}

/** Where the UK is on the calendar now; `now` is passed in so tests and callers agree on it. */
export const ukToday = (now: Date): IsoDate => ukCalendarDate(now);

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const counted = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** "5 min ago" in a list; older than a week, the date. */
export function relativeTime(instant: Instant, now: Date): string {
  const clock = ukClock(instant);
  if (!clock) return String(instant);
  const elapsed =
    now.getTime() -
    (typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime());
  if (elapsed < minute) return 'just now';
  if (elapsed < hour) return `${Math.floor(elapsed / minute)} min ago`;
  if (elapsed < day) return `${Math.floor(elapsed / hour)} h ago`;
  if (elapsed < 7 * day) {
    const days = Math.floor(elapsed / day);
    return days === 1 ? 'yesterday' : `${days} days ago`;
  }
  return ukDate(instant);
}

/** A length of time as a clerk says it: "40 minutes", "5 hours 12 minutes", "2 days 3 hours" (never "243.2 hours"). */
export function durationInWords(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / minute);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return counted(minutes, 'minute');
  if (minutes < 24 * 60) {
    const rest = minutes % 60;
    return rest === 0
      ? counted(Math.floor(minutes / 60), 'hour')
      : `${counted(Math.floor(minutes / 60), 'hour')} ${counted(rest, 'minute')}`;
  }
  const hours = Math.round(Math.max(0, ms) / hour);
  const rest = hours % 24;
  return rest === 0
    ? counted(Math.floor(hours / 24), 'day')
    : `${counted(Math.floor(hours / 24), 'day')} ${counted(rest, 'hour')}`;
}
