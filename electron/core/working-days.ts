// Working days for the statutory clocks: weekends and bank holidays from date-holidays (offline data,
// kept up to date with each release), plus days the council's office is closed.
import Holidays from 'date-holidays';
import { addDays, dayOfWeek, daysBetween, type IsoDate, isIsoDate, yearOf } from './london-date';

/**
 * Which bank holidays count.
 * - england-and-wales: the council's own calendar (a subject access request due on one moves to the next working day).
 * - united-kingdom: every part of the UK. FOIA s.10(6) defines a working day as any day other than a Saturday,
 *   Sunday, Christmas Day, Good Friday or "a bank holiday under the Banking and Financial Dealings Act 1971 in any
 *   part of the United Kingdom", so 2 January and St Andrew's Day (Scotland) and St Patrick's Day and 12 July
 *   (Northern Ireland) are not FOI working days in England either (ICO line to take LTT47).
 */
export type BankHolidayArea = 'england-and-wales' | 'united-kingdom';

// date-holidays' GB regions: Wales shares England's bank holidays under the 1971 Act.
const regionsOf: Record<BankHolidayArea, readonly string[]> = {
  'england-and-wales': ['ENG'],
  'united-kingdom': ['ENG', 'SCT', 'NIR'],
};
const regionNames: Record<string, string> = { ENG: 'England and Wales', SCT: 'Scotland', NIR: 'Northern Ireland' };

export interface BankHoliday {
  date: IsoDate;
  name: string;
  /** Where it is a bank holiday, e.g. ["England and Wales", "Northern Ireland"]. */
  where: string[];
}

const holidaySources = new Map<string, Holidays>();
const holidaysByYear = new Map<string, BankHoliday[]>();

function source(region: string): Holidays {
  let holidays = holidaySources.get(region);
  if (!holidays) {
    holidays = new Holidays('GB', region, { types: ['public', 'bank'] });
    holidaySources.set(region, holidays);
  }
  return holidays;
}

/** The bank holidays of `year` in `area`, in date order, substitute days included. */
export function bankHolidays(area: BankHolidayArea, year: number): BankHoliday[] {
  const key = `${area}:${year}`;
  const cached = holidaysByYear.get(key);
  if (cached) return cached;
  const byDate = new Map<IsoDate, BankHoliday>();
  for (const region of regionsOf[area]) {
    for (const holiday of source(region).getHolidays(year)) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const date = holiday.date.slice(0, 10);
      const where = regionNames[region] ?? region;
      const known = byDate.get(date);
      if (!known) byDate.set(date, { date, name: holiday.name, where: [where] });
      else if (!known.where.includes(where)) known.where.push(where);
    }
  }
  const list = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  holidaysByYear.set(key, list);
  return list;
}

export interface CalendarOptions {
  bankHolidays: BankHolidayArea;
  /** Days the council's office is closed (ISO dates), for the office's own working days. */
  closureDays?: readonly IsoDate[];
}

export interface WorkingDayCalendar {
  readonly area: BankHolidayArea;
  isWorkingDay(date: IsoDate): boolean;
  /** Why `date` is not a working day ("Saturday", "Good Friday", "Office closed"), or null when it is one. */
  dayOff(date: IsoDate): string | null;
}

const weekendNames: Record<number, string> = { 0: 'Sunday', 6: 'Saturday' };

export function workingDayCalendar(options: CalendarOptions): WorkingDayCalendar {
  const closures = new Set(options.closureDays ?? []);
  for (const day of closures) if (!isIsoDate(day)) throw new RangeError(`A closure day is not a calendar date: ${day}`);
  const dayOff = (date: IsoDate): string | null => {
    const weekend = weekendNames[dayOfWeek(date)];
    if (weekend) return weekend;
    const holiday = bankHolidays(options.bankHolidays, yearOf(date)).find((candidate) => candidate.date === date);
    if (holiday)
      return options.bankHolidays === 'united-kingdom' && !holiday.where.includes('England and Wales')
        ? `${holiday.name} (${holiday.where.join(', ')})`
        : holiday.name;
    return closures.has(date) ? 'Office closed' : null;
  };
  return { area: options.bankHolidays, dayOff, isWorkingDay: (date) => dayOff(date) === null };
}

/** The `count`th working day after `from` (`from` itself never counts): FOIA's "twentieth working day following". */
export function addWorkingDays(calendar: WorkingDayCalendar, from: IsoDate, count: number): IsoDate {
  let date = from;
  for (let counted = 0; counted < count;) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return date;
}

/** `date` when it is a working day, otherwise the next one. */
export function onOrNextWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysAfter(calendar: WorkingDayCalendar, from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let offset = 1, span = daysBetween(from, to); offset <= span; offset++)
    if (calendar.isWorkingDay(addDays(from, offset))) count++;
  return count;
}

/** The days in (from, to] that are not working days, with why: what the clerk sees beside a due date. */
export function daysOffBetween(
  calendar: WorkingDayCalendar,
  from: IsoDate,
  to: IsoDate,
): { date: IsoDate; why: string }[] {
  const days: { date: IsoDate; why: string }[] = [];
  for (let offset = 1, span = daysBetween(from, to); offset <= span; offset++) {
    const date = addDays(from, offset);
    const why = calendar.dayOff(date);
    if (why && !weekendNames[dayOfWeek(date)]) days.push({ date, why });
  }
  return days;
}
