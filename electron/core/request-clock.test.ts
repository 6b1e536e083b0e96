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
