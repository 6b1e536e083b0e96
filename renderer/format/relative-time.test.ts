import { describe, expect, it } from 'vitest';
import { exactTime, longDay, relativeTime } from './relative-time';

const now = new Date('2026-11-24T12:00:00Z');

describe('relativeTime', () => {
  it('reads like a person would say it', () => {
    expect(relativeTime('2026-11-24T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-11-24T11:55:00Z', now)).toBe('5 min ago');
    expect(relativeTime('2026-11-24T09:00:00Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-11-23T09:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-11-20T09:00:00Z', now)).toBe('4 days ago');
    expect(relativeTime('2026-10-12T09:00:00Z', now)).toBe('12 Oct 2026');
  });
});

describe('exactTime and longDay', () => {
  it('give the whole date', () => {
    expect(exactTime('2026-11-03T09:41:00Z')).toMatch(/Tue,? 3 Nov 2026/);
    expect(longDay('2025-05-01')).toBe('1 May 2025');
  });
});
