import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek } from './london-date';
import {
  addWorkingDays,
  bankHolidays,
  daysOffBetween,
  onOrNextWorkingDay,
  workingDayCalendar,
  workingDaysAfter,
} from './working-days';

// The bank holidays in England and Wales as GOV.UK publishes them (https://www.gov.uk/bank-holidays), written out
// by hand so the data package is checked against the source, not against itself.
const englandAndWales: Record<number, string[]> = {
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
};

// Scotland adds 2 January, the first Monday of August and St Andrew's Day and has no Easter Monday; Northern
// Ireland adds St Patrick's Day and 12 July. (GOV.UK for 2026–27; 2028 from the Banking and Financial Dealings
// Act 1971's schedule and its substitute-day rule.)
const scotlandOnly: Record<number, string[]> = {
  2026: ['2026-01-02', '2026-08-03', '2026-11-30'],
  2027: ['2027-01-04', '2027-08-02', '2027-11-30'],
  2028: ['2028-01-04', '2028-08-07', '2028-11-30'],
};
const northernIrelandOnly: Record<number, string[]> = {
  2026: ['2026-03-17', '2026-07-13'],
  2027: ['2027-03-17', '2027-07-12'],
  2028: ['2028-03-17', '2028-07-12'],
};

function weekdaysOff(calendar: ReturnType<typeof workingDayCalendar>, year: number): string[] {
  const days: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    if (dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6 && !calendar.isWorkingDay(date)) days.push(date);
  }
  return days;
}

describe('working days in England and Wales', () => {
  const calendar = workingDayCalendar({ bankHolidays: 'england-and-wales' });

  for (const year of [2026, 2027, 2028]) {
    it(`takes exactly GOV.UK's ${year} bank holidays off the weekdays`, () => {
      expect(weekdaysOff(calendar, year)).toEqual(englandAndWales[year]);
    });
  }

  it('names the substitute days', () => {
    expect(calendar.dayOff('2026-12-28')).toMatch(/Boxing Day \(substitute day\)/);
    expect(calendar.dayOff('2027-12-27')).toMatch(/Christmas Day \(substitute day\)/);
    expect(calendar.dayOff('2028-01-03')).toMatch(/New Year's Day \(substitute day\)/);
    expect(calendar.dayOff('2026-12-26')).toBe('Saturday');
    expect(calendar.dayOff('2026-12-29')).toBeNull();
  });

  it('counts across Christmas 2027, where both days move to the Monday and Tuesday', () => {
    // Thu 23, Fri 24, (Sat 25, Sun 26, Mon 27 and Tue 28 off), Wed 29.
    expect(addWorkingDays(calendar, '2027-12-22', 3)).toBe('2027-12-29');
    expect(workingDaysAfter(calendar, '2027-12-24', '2028-01-04')).toBe(4); // 29, 30, 31 Dec and 4 Jan
  });

  it('counts across Easter 2026: Good Friday to Easter Monday', () => {
    expect(addWorkingDays(calendar, '2026-04-02', 1)).toBe('2026-04-07');
    expect(onOrNextWorkingDay(calendar, '2026-04-03')).toBe('2026-04-07');
  });
});

describe('working days for the Freedom of Information Act: every part of the UK', () => {
  const calendar = workingDayCalendar({ bankHolidays: 'united-kingdom' });

  for (const year of [2026, 2027, 2028]) {
    it(`also takes Scotland's and Northern Ireland's ${year} bank holidays off`, () => {
      const expected = [
        ...(englandAndWales[year] ?? []),
        ...(scotlandOnly[year] ?? []),
        ...(northernIrelandOnly[year] ?? []),
      ].sort();
      expect(weekdaysOff(calendar, year)).toEqual(expected);
    });
  }

  it('says where a day is a bank holiday when it is not one in England', () => {
    expect(calendar.dayOff('2026-03-17')).toBe('St Patrick’s Day (Northern Ireland)');
    expect(calendar.dayOff('2026-11-30')).toBe('St Andrew’s Day (Scotland)');
  });

  it('keeps the Scottish 2 January substitute of 2027 (Saturday 2 January → Monday 4 January)', () => {
    expect(calendar.isWorkingDay('2027-01-04')).toBe(false);
    expect(workingDayCalendar({ bankHolidays: 'england-and-wales' }).isWorkingDay('2027-01-04')).toBe(true);
  });

  it('lists every bank holiday with where it applies', () => {
    const boyne = bankHolidays('united-kingdom', 2026).find((holiday) => holiday.date === '2026-07-13');
    expect(boyne?.where).toEqual(['Northern Ireland']);
    const christmas = bankHolidays('united-kingdom', 2026).find((holiday) => holiday.date === '2026-12-25');
    expect(christmas?.where).toEqual(['England and Wales', 'Scotland', 'Northern Ireland']);
  });
});

describe('closure days the council adds', () => {
  const calendar = workingDayCalendar({
    bankHolidays: 'england-and-wales',
    closureDays: ['2026-12-29', '2026-12-30', '2026-12-31'],
  });

  it('are days off for the office, said as such', () => {
    expect(calendar.dayOff('2026-12-30')).toBe('Office closed');
    expect(addWorkingDays(calendar, '2026-12-24', 1)).toBe('2027-01-04');
  });

  it('are listed with bank holidays between two dates, weekends left out', () => {
    expect(daysOffBetween(calendar, '2026-12-23', '2027-01-04')).toEqual([
      { date: '2026-12-25', why: 'Christmas Day' },
      { date: '2026-12-28', why: 'Boxing Day (substitute day)' },
      { date: '2026-12-29', why: 'Office closed' },
      { date: '2026-12-30', why: 'Office closed' },
      { date: '2026-12-31', why: 'Office closed' },
      { date: '2027-01-01', why: "New Year's Day" },
    ]);
  });

  it('must be calendar dates', () => {
    expect(() => workingDayCalendar({ bankHolidays: 'england-and-wales', closureDays: ['31/12/2026'] })).toThrow(
      /not a calendar date/,
    );
  });
});
