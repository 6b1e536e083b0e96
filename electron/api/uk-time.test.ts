// The PC runs on New York time here, so any reliance on the machine's own zone would show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  durationInWords,
  excelDateTime,
  isIsoDate,
  relativeTime,
  startOfUkDay,
  ukCalendarDate,
  ukDate,
  ukDateTime,
  ukDayAndTime,
  ukWeekdayAndTime,
  ukLongDate,
  ukNumericDate,
  ukOffsetMinutes,
  ukTime,
  ukToday,
} from './uk-time';

const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('the test machine', () => {
  it('really is on New York time, five hours behind in winter', () => {
    expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(300);
    expect(new Date(Date.UTC(2026, 11, 5, 18, 2)).getHours()).toBe(13);
  });
});

describe('UK dates and times', () => {
  const winterEvening = '2026-12-05T18:02:00Z';
  const summerEvening = '2026-07-04T17:02:00Z';

  it('shows a winter moment in GMT, the way a clerk writes it', () => {
    expect(ukDate(winterEvening)).toBe('5 Dec 2026');
    expect(ukLongDate(winterEvening)).toBe('5 December 2026');
    expect(ukNumericDate(winterEvening)).toBe('05/12/2026');
    expect(ukTime(winterEvening)).toBe('18:02');
    expect(ukDayAndTime(winterEvening)).toBe('Sat 5 Dec, 18:02');
    expect(ukWeekdayAndTime(winterEvening)).toBe('Saturday 5 Dec, 18:02');
    expect(ukDateTime(winterEvening)).toBe('Sat 5 Dec 2026, 18:02');
    expect(excelDateTime(winterEvening)).toBe('05/12/2026 18:02');
  });

  it('adds the summer hour (BST)', () => {
    expect(ukTime(summerEvening)).toBe('18:02');
    expect(ukDayAndTime(summerEvening)).toBe('Sat 4 Jul, 18:02');
    expect(ukWeekdayAndTime(summerEvening)).toBe('Saturday 4 Jul, 18:02');
    expect(excelDateTime(new Date(summerEvening))).toBe('04/07/2026 18:02');
  });

  it('puts a late-night UTC moment on the next UK day in summer', () => {
    expect(ukCalendarDate('2026-05-31T23:30:00Z')).toBe('2026-06-01');
    expect(ukNumericDate('2026-05-31T23:30:00Z')).toBe('01/06/2026');
    expect(ukCalendarDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });

  it('reads a bare YYYY-MM-DD as that calendar day, not as a moment in some zone', () => {
    expect(ukDate('2025-05-01')).toBe('1 May 2025');
    expect(ukLongDate('2026-09-30')).toBe('30 September 2026');
    expect(ukDate('2026-09-30')).toBe('30 Sept 2026');
  });

  it('shows something that is not a date as written', () => {
    expect(ukDate('not yet')).toBe('not yet');
    expect(ukDateTime('2026-02-31')).toBe('2026-02-31');
    expect(() => ukCalendarDate('soon')).toThrow(RangeError);
  });

  it('pads midnight as 00:00, never 24:00', () => {
    expect(ukTime('2026-12-05T00:00:00Z')).toBe('00:00');
    expect(ukTime(Date.UTC(2026, 6, 4, 23, 0))).toBe('00:00');
  });
});

describe('the clock changes', () => {
  // 2026: summer time starts 29 March 01:00 UTC (01:00 GMT → 02:00 BST) and ends 25 October 01:00 UTC.
  it('moves from GMT to BST at 01:00 UTC on 29 March 2026', () => {
    expect(ukTime('2026-03-29T00:59:00Z')).toBe('00:59');
    expect(ukTime('2026-03-29T01:00:00Z')).toBe('02:00');
    expect(ukOffsetMinutes(Date.parse('2026-03-29T00:59:59Z'))).toBe(0);
    expect(ukOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(60);
  });

  it('moves back from BST to GMT at 01:00 UTC on 25 October 2026, showing 01:xx twice', () => {
    expect(ukTime('2026-10-25T00:30:00Z')).toBe('01:30');
    expect(ukTime('2026-10-25T01:30:00Z')).toBe('01:30');
    expect(ukOffsetMinutes(Date.parse('2026-10-25T00:59:00Z'))).toBe(60);
    expect(ukOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(0);
  });

  it('knows when each UK day starts, on either side of both changes', () => {
    expect(startOfUkDay('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfUkDay('2026-03-30').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(startOfUkDay('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(startOfUkDay('2026-10-26').toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(() => startOfUkDay('2026-02-30')).toThrow(RangeError);
  });

  it('counts days on the calendar, not in 24-hour steps', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('gives the UK date of today even when New York is still on yesterday', () => {
    expect(ukToday(new Date('2026-12-06T02:00:00Z'))).toBe('2026-12-06');
    expect(new Date('2026-12-06T02:00:00Z').getDate()).toBe(5);
  });
});

describe('isIsoDate', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-9')).toBe(false);
    expect(isIsoDate('05/12/2026')).toBe(false);
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('reads like a person would say it, then the UK date', () => {
    expect(relativeTime('2026-11-24T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-11-24T11:55:00Z', now)).toBe('5 min ago');
    expect(relativeTime('2026-11-24T09:00:00Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-11-23T09:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-11-20T09:00:00Z', now)).toBe('4 days ago');
    expect(relativeTime('2026-10-12T09:00:00Z', now)).toBe('12 Oct 2026');
    // 00:30 BST on 1 June is still 31 May in New York and in UTC.
    expect(relativeTime('2026-05-31T23:30:00Z', now)).toBe('1 Jun 2026');
  });
});

describe('durationInWords', () => {
  const minutes = (count: number) => count * 60_000;
  it('says minutes, hours or days as fits', () => {
    expect(durationInWords(20_000)).toBe('under a minute');
    expect(durationInWords(minutes(1))).toBe('1 minute');
    expect(durationInWords(minutes(40))).toBe('40 minutes');
    expect(durationInWords(minutes(59.6))).toBe('1 hour');
    expect(durationInWords(minutes(300))).toBe('5 hours');
    expect(durationInWords(minutes(312))).toBe('5 hours 12 minutes');
    expect(durationInWords(minutes(24 * 60))).toBe('1 day');
    expect(durationInWords(minutes(51 * 60 + 10))).toBe('2 days 3 hours');
    expect(durationInWords(243.2 * 3_600_000)).toBe('10 days 3 hours');
    expect(durationInWords(minutes(47 * 60 + 40))).toBe('2 days');
  });

  it('never says a negative time', () => {
    expect(durationInWords(-5000)).toBe('under a minute');
  });
});
