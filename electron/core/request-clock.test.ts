import { describe, expect, it } from 'vitest';
import { londonDate } from './london-date';
import { clockLabel, complaintDueDate, foiDueDate, readClock, requestCalendars, sarDueDate } from './request-clock';

const calendars = requestCalendars();
const foi = (startedOn: string, extraWorkingDays = 0) => foiDueDate(calendars, { startedOn, extraWorkingDays });
const sar = (startedOn: string, extraMonths = 0, pausedDays = 0) =>
  sarDueDate(calendars, { startedOn, extraMonths, pausedDays });

describe('FOI due date: the 20th working day following the date of receipt', () => {
  it('received on a Friday: day one is the Monday', () => {
    // 19–23 Jan (5), 26–30 (10), 2–6 Feb (15), 9–13 (20): no bank holidays in between.
    expect(foi('2026-01-16')).toBe('2026-02-13');
  });

  it('received on a Saturday before the Early May bank holiday: day one is Tuesday 5 May', () => {
    // 5–8 May (4), 11–15 (9), 18–22 (14), 26–29 (18: Mon 25 is the Spring bank holiday), 1–2 June (20).
    expect(foi('2026-05-02')).toBe('2026-06-02');
  });

  it('received the day before Good Friday: day one is the Tuesday after Easter Monday', () => {
    // 7–10 Apr (4), 13–17 (9), 20–24 (14), 27 Apr–1 May (19), Tue 5 May (20: Mon 4 May is a bank holiday).
    expect(foi('2026-04-02')).toBe('2026-05-05');
  });

  it('across Christmas: Scotland’s 2 January substitute (Mon 4 Jan 2027) does not count either', () => {
    // 21–24 Dec (4), 29–31 Dec (7), 5–8 Jan (11), 11–15 (16), 18–21 (20).
    expect(foi('2026-12-18')).toBe('2027-01-21');
  });

  it('in July and August, the Northern Irish and Scottish bank holidays move it on', () => {
    // From Fri 10 July 2026: Mon 13 July (Battle of the Boyne, substitute) and Mon 3 Aug (Scotland) do not count.
    expect(foi('2026-07-10')).toBe('2026-08-11');
  });

  it('late on a summer evening: 23:30 UTC is the next day in London, and the due date moves with it', () => {
    expect(foi(londonDate('2026-07-14T22:30:00Z'))).toBe('2026-08-12'); // 23:30 BST on Tue 14 July
    expect(foi(londonDate('2026-07-14T23:30:00Z'))).toBe('2026-08-13'); // 00:30 BST on Wed 15 July
  });

  it('late on a winter evening: 23:30 UTC is the same day (GMT)', () => {
    expect(foi(londonDate('2026-01-14T23:30:00Z'))).toBe('2026-02-11');
  });

  it('a public interest extension adds working days', () => {
    expect(foi('2026-01-16', 20)).toBe('2026-03-13');
  });
});

describe('subject access due date: one calendar month from the day of receipt', () => {
  it('runs to the corresponding date next month', () => {
    expect(sar('2026-06-10')).toBe('2026-07-10');
  });

  it('uses the last day of a shorter month: 31 Mar → 30 Apr, 31 Aug → 30 Sep', () => {
    expect(sar('2026-03-31')).toBe('2026-04-30');
    expect(sar('2026-08-31')).toBe('2026-09-30');
  });

  it('31 Jan → 29 Feb in the leap year 2028', () => {
    expect(sar('2028-01-31')).toBe('2028-02-29');
  });

  it('31 Jan 2026 → 28 Feb, a Saturday, so the next working day, Mon 2 Mar', () => {
    expect(sar('2026-01-31')).toBe('2026-03-02');
  });

  it('a request received on a Saturday counts from that Saturday', () => {
    expect(sar('2026-09-05')).toBe('2026-10-05');
  });

  it('due on Christmas Day 2026: the next working day is Tue 29 Dec (Boxing Day moves to the 28th)', () => {
    expect(sar('2026-11-25')).toBe('2026-12-29');
  });

  it('due on a Sunday before a bank holiday Monday: 3 Apr → Sun 3 May → Tue 5 May 2026', () => {
    expect(sar('2026-04-03')).toBe('2026-05-05');
  });

  it('extended for a complex request: three months from the original start, worked out the same way', () => {
    expect(sar('2026-01-31', 2)).toBe('2026-04-30');
    expect(sar('2027-11-30', 2)).toBe('2028-02-29');
    expect(sar('2026-06-10', 1)).toBe('2026-08-10');
  });

  it('days that did not count while a clarification was awaited move it on', () => {
    expect(sar('2026-11-14', 0, 31)).toBe('2027-01-14');
  });
});

describe('complaints', () => {
  it('follow the council’s own target in office days, closure days left out', () => {
    const withClosures = requestCalendars(['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(complaintDueDate(withClosures, { startedOn: '2026-12-21', extraWorkingDays: 0 }, 5)).toBe('2027-01-05');
  });
});

describe('reading the clock', () => {
  it('counts working days left and overdue in the statutory calendar', () => {
    expect(readClock(calendars, 'foi', '2026-08-12', '2026-08-10')).toMatchObject({ state: 'due', workingDays: 2 });
    expect(readClock(calendars, 'foi', '2026-08-12', '2026-08-12')).toMatchObject({ state: 'due', workingDays: 0 });
    expect(readClock(calendars, 'foi', '2026-08-12', '2026-08-14')).toEqual({ state: 'overdue', workingDays: 2 });
    // Due Fri 31 July; on Tue 4 Aug: Mon 3 Aug is a Scottish bank holiday, so one FOI working day overdue.
    expect(readClock(calendars, 'foi', '2026-07-31', '2026-08-04')).toEqual({ state: 'overdue', workingDays: 1 });
    expect(readClock(calendars, 'sar', '2026-07-31', '2026-08-04')).toEqual({ state: 'overdue', workingDays: 2 });
  });

  it('says how many days the office is open before it is due', () => {
    const withClosures = requestCalendars(['2026-12-29', '2026-12-30', '2026-12-31']);
    // FOI days: 24, 29, 30, 31 Dec, 5, 6 Jan (Mon 4 Jan is Scotland's 2 January). Office days: 24 Dec, 4, 5, 6 Jan.
    expect(readClock(withClosures, 'foi', '2027-01-06', '2026-12-23')).toEqual({
      state: 'due',
      workingDays: 6,
      officeDays: 4,
    });
  });

  it('puts it in the clerk’s words', () => {
    expect(clockLabel('foi', { state: 'due', workingDays: 3, officeDays: 3 })).toBe('FOI due in 3 working days');
    expect(clockLabel('foi', { state: 'due', workingDays: 1, officeDays: 1 })).toBe('FOI due in 1 working day');
    expect(clockLabel('sar', { state: 'due', workingDays: 0, officeDays: 0 })).toBe('Subject access due today');
    expect(clockLabel('foi', { state: 'overdue', workingDays: 2 })).toBe('Overdue by 2 working days');
    expect(clockLabel('sar', { state: 'overdue', workingDays: 0 })).toBe('Overdue');
    expect(clockLabel('foi', { state: 'stopped' })).toBe('FOI: clock stopped');
  });
});

// Worked by hand against GOV.UK's bank holiday lists (and Scotland's 2 January substitutes), issue 16 item 6.
describe('2026–2028 across Christmas, Easter and substitute days', () => {
  it('FOI across Christmas 2026: Boxing Day (Sat) moves to Mon 28 Dec; 1 Jan and Scotland’s Mon 4 Jan 2027 are off', () => {
    // 21–24 Dec (4), 29–31 (7), 5–8 Jan (11), 11–15 (16), 18–21 (20).
    expect(foi('2026-12-18')).toBe('2027-01-21');
  });

  it('FOI across Christmas 2027: both days fall at the weekend, so Mon 27 and Tue 28 Dec are off; 1 Jan 2028 (Sat) moves to Mon 3 Jan, Scotland’s 2 Jan to Tue 4 Jan', () => {
    // 24 Dec (1), 29–31 (4), 5–7 Jan (7), 10–14 (12), 17–21 (17), 24–26 (20).
    expect(foi('2027-12-23')).toBe('2028-01-26');
  });

  it('FOI across Christmas 2028: Mon 25 and Tue 26 Dec, then 1 and 2 Jan 2029 (Scotland) are off', () => {
    // 27–29 Dec (3), 3–5 Jan (6), 8–12 (11), 15–19 (16), 22–25 (20).
    expect(foi('2028-12-22')).toBe('2029-01-25');
  });

  it('FOI across Easter 2027 (Good Friday 26 Mar, Easter Monday 29 Mar)', () => {
    // 30 Mar–2 Apr (4), 5–9 (9), 12–16 (14), 19–23 (19), 26 Apr (20).
    expect(foi('2027-03-25')).toBe('2027-04-26');
  });

  it('FOI across Easter 2028 (14 and 17 Apr) and the Early May bank holiday (Mon 1 May)', () => {
    // 18–21 Apr (4), 24–28 (9), 2–5 May (13), 8–12 (18), 15–16 (20).
    expect(foi('2028-04-13')).toBe('2028-05-16');
  });

  it('SAR: 31 Jan 2027 → Sun 28 Feb (not a leap year) → Mon 1 Mar', () => {
    expect(sar('2027-01-31')).toBe('2027-03-01');
  });

  it('SAR in the leap year 2028: 30 Jan → Tue 29 Feb; 29 Feb → 29 Mar', () => {
    expect(sar('2028-01-30')).toBe('2028-02-29');
    expect(sar('2028-02-29')).toBe('2028-03-29');
  });

  it('SAR: 31 Mar 2028 → Sun 30 Apr → past the Early May bank holiday to Tue 2 May', () => {
    expect(sar('2028-03-31')).toBe('2028-05-02');
  });

  it('SAR due on Christmas Day: 2027 (Sat) runs past both substitute days to Wed 29 Dec; 2028 (Mon) to Wed 27 Dec', () => {
    expect(sar('2027-11-25')).toBe('2027-12-29');
    expect(sar('2028-11-25')).toBe('2028-12-27');
  });

  it('SAR at a month end with a corresponding date: 30 Nov 2026 → Wed 30 Dec', () => {
    expect(sar('2026-11-30')).toBe('2026-12-30');
  });
});
