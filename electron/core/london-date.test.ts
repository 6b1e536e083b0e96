import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addDays, daysBetween, isIsoDate, londonDate, ukDate } from './london-date';

describe('londonDate', () => {
  it('puts a message at 23:30 UTC on a summer evening on the next day (00:30 BST)', () => {
    expect(londonDate('2026-07-14T23:30:00.000Z')).toBe('2026-07-15');
    expect(londonDate('2026-07-14T22:59:59.000Z')).toBe('2026-07-14');
  });

  it('keeps a message at 23:30 UTC in winter on the same day (GMT)', () => {
    expect(londonDate('2026-01-14T23:30:00.000Z')).toBe('2026-01-14');
  });

  it('follows the clocks changing in March and October', () => {
    // BST starts at 01:00 UTC on Sunday 29 March 2026 and ends at 01:00 UTC on Sunday 25 October 2026.
    expect(londonDate('2026-03-28T23:30:00.000Z')).toBe('2026-03-28');
    expect(londonDate('2026-03-29T23:30:00.000Z')).toBe('2026-03-30');
    expect(londonDate('2026-10-24T23:30:00.000Z')).toBe('2026-10-25');
    expect(londonDate('2026-10-25T23:30:00.000Z')).toBe('2026-10-25');
  });

  it('refuses what is not a moment', () => {
    expect(() => londonDate('yesterday')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('moves to the corresponding date, or the last day of a shorter month', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addCalendarMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('adds days across a year and counts them', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-16', '2026-12-16')).toBe(30);
  });

  it('knows a calendar date', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('28/12/2026')).toBe(false);
  });

  it('writes a date the UK way', () => {
    expect(ukDate('2026-12-28')).toBe('Mon 28 Dec 2026');
  });
});
