// The statutory clocks: when a Freedom of Information request or a subject access request is due, and how
// many working days are left. Dates are London calendar days (see london-date.ts); today is passed in.
import { addCalendarMonths, addDays, type IsoDate } from './london-date';
import {
  addWorkingDays,
  onOrNextWorkingDay,
  workingDayCalendar,
  workingDaysAfter,
  type WorkingDayCalendar,
} from './working-days';

export type RequestType = 'foi' | 'sar' | 'complaint';

export const requestTypeNames: Readonly<Record<RequestType, string>> = {
  foi: 'FOI request',
  sar: 'Subject access request',
  complaint: 'Complaint',
};

/** FOIA s.10(1): "not later than the twentieth working day following the date of receipt". */
export const foiWorkingDays = 20;
/**
 * FOIA s.10(3) allows "such time as is reasonable" to weigh the public interest; the ICO's position is that this
 * should be no more than a further 20 working days (time limits guidance, "Can we have an extension to consider
 * the public interest test?").
 */
export const foiMostExtraWorkingDays = 20;
/** UK GDPR Art. 12(3): one month, extendable "by two further months" for complex or numerous requests. */
export const sarMostExtraMonths = 2;

/**
 * The calendars the law counts in. FOI: every UK bank holiday (s.10(6)) and nothing else: days the office is
 * closed still count (ICO line to take LTT47: "Where offices close for privilege days in addition to bank
 * holidays, these do not count as non-working days"). SAR: a due date on a weekend or public holiday moves to
 * the next working day, in England and Wales. The office calendar adds the council's closure days, for
 * telling the clerk how many days the office is open before the deadline — never for the deadline itself.
 */
export interface RequestCalendars {
  foi: WorkingDayCalendar;
  sar: WorkingDayCalendar;
  office: WorkingDayCalendar;
}

export function requestCalendars(closureDays: readonly IsoDate[] = []): RequestCalendars {
  return {
    foi: workingDayCalendar({ bankHolidays: 'united-kingdom' }),
    sar: workingDayCalendar({ bankHolidays: 'england-and-wales' }),
    office: workingDayCalendar({ bankHolidays: 'england-and-wales', closureDays }),
  };
}

/** FOI: the 20th working day after the clock (re)started, plus any public interest extension. */
export function foiDueDate(
  calendars: RequestCalendars,
  clock: { startedOn: IsoDate; extraWorkingDays: number },
): IsoDate {
  return addWorkingDays(calendars.foi, clock.startedOn, foiWorkingDays + clock.extraWorkingDays);
}

/**
 * SAR: the corresponding date one month (three when extended by two) after the day the clock started —
 * "from the day you receive the request, fee or other requested information (whether it is a working day or
 * not) until the corresponding calendar date in the next month"; the last day of that month where it has no
 * such date; moved on by the days that did not count while a clarification was awaited; and "if the
 * corresponding date falls on a weekend or a public holiday, you have until the next working day" (ICO,
 * Right of access: "How long do we have to comply?"). The extension is "three months from the original start
 * date", worked out the same way.
 */
export function sarDueDate(
  calendars: RequestCalendars,
  clock: { startedOn: IsoDate; extraMonths: number; pausedDays: number },
): IsoDate {
  return onOrNextWorkingDay(
    calendars.sar,
    addDays(addCalendarMonths(clock.startedOn, 1 + clock.extraMonths), clock.pausedDays),
  );
}

/** A complaint has no statutory clock: the council's complaints procedure sets its own target, in office days. */
export function complaintDueDate(
  calendars: RequestCalendars,
  clock: { startedOn: IsoDate; extraWorkingDays: number },
  targetWorkingDays: number,
): IsoDate {
  return addWorkingDays(calendars.office, clock.startedOn, targetWorkingDays + clock.extraWorkingDays);
}

export type ClockReading =
  | { state: 'due'; workingDays: number; officeDays: number }
  | { state: 'overdue'; workingDays: number }
  | { state: 'stopped' }
  | { state: 'closed' };

/**
 * How the due date stands on `today`: working days left (0 = due today) or working days overdue, counted in the
 * request's statutory calendar; officeDays also leaves out the council's closure days.
 */
export function readClock(calendars: RequestCalendars, type: RequestType, due: IsoDate, today: IsoDate): ClockReading {
  const statutory = type === 'foi' ? calendars.foi : type === 'sar' ? calendars.sar : calendars.office;
  if (today <= due)
    return {
      state: 'due',
      workingDays: workingDaysAfter(statutory, today, due),
      officeDays: workingDaysAfter(calendars.office, today, due),
    };
  return { state: 'overdue', workingDays: workingDaysAfter(statutory, due, today) };
}

const shortNames: Readonly<Record<RequestType, string>> = { foi: 'FOI', sar: 'Subject access', complaint: 'Complaint' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The badge's words: "FOI due in 3 working days", "FOI due today", "Overdue by 2 working days". */
export function clockLabel(type: RequestType, reading: ClockReading): string {
  switch (reading.state) {
    case 'due':
      return reading.workingDays === 0
        ? `${shortNames[type]} due today`
        : `${shortNames[type]} due in ${plural(reading.workingDays, 'working day')}`;
    case 'overdue':
      return reading.workingDays === 0 ? 'Overdue' : `Overdue by ${plural(reading.workingDays, 'working day')}`;
    case 'stopped':
      return `${shortNames[type]}: clock stopped`;
    case 'closed':
      return `${shortNames[type]}: closed`;
  }
}
