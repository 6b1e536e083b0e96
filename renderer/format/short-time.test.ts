import { describe, expect, it } from 'vitest';
import { shortTime } from './short-time';

describe('shortTime', () => {
  const now = new Date('2026-07-15T12:00:00Z');

  it('gives the clock time today, in UK summer time', () => {
    expect(shortTime('2026-07-15T08:41:00Z', now)).toBe('09:41');
    // 23:30 UTC on the 14th is 00:30 on the 15th in London.
    expect(shortTime('2026-07-14T23:30:00Z', now)).toBe('00:30');
  });

  it('says yesterday, then the weekday within the week, then the date', () => {
    expect(shortTime('2026-07-14T10:00:00Z', now)).toBe('Yesterday');
    expect(shortTime('2026-07-10T10:00:00Z', now)).toBe('Fri');
    expect(shortTime('2026-07-08T10:00:00Z', now)).toBe('8 Jul');
    expect(shortTime('2025-12-24T10:00:00Z', now)).toBe('24 Dec 2025');
  });

  it('counts days by the UK calendar in winter too', () => {
    expect(shortTime('2026-11-23T23:59:00Z', new Date('2026-11-24T00:01:00Z'))).toBe('Yesterday');
  });
});
