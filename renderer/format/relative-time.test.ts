import { describe, expect, it } from 'vitest';
import { exactTime, longDay, relativeTime } from './relative-time';

describe('the renderer time names', () => {
  it('are UK time from electron/api/uk-time', () => {
    expect(relativeTime('2026-11-24T11:55:00Z', new Date('2026-11-24T12:00:00Z'))).toBe('5 min ago');
    expect(exactTime('2026-07-03T09:41:00Z')).toBe('Fri 3 Jul 2026, 10:41');
    expect(longDay('2025-05-01')).toBe('1 May 2025');
  });
});
