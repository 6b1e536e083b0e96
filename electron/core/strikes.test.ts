import { describe, expect, it } from 'vitest';
import { tallyStrikes, windowStart, type RemovalEvent } from './strikes';

const settings = { threshold: 3, windowMonths: 12 };
const now = new Date('2026-11-25T12:00:00.000Z');
let nextId = 1;
const removal = (at: string, standing = true): RemovalEvent => ({
  actionId: nextId++,
  itemId: nextId,
  reasonId: 'personal-attack',
  at,
  standing,
});

describe('windowStart', () => {
  it('goes back calendar months to the same moment', () => {
    expect(windowStart(now, 12).toISOString()).toBe('2025-11-25T12:00:00.000Z');
    expect(windowStart(new Date('2026-03-31T08:00:00.000Z'), 1).toISOString()).toBe('2026-02-28T08:00:00.000Z');
    expect(windowStart(new Date('2024-02-29T00:00:00.000Z'), 12).toISOString()).toBe('2023-02-28T00:00:00.000Z');
  });
});

describe('tallyStrikes', () => {
  it('counts standing removals inside the window and reaches the threshold at exactly three', () => {
    const tally = tallyStrikes(
      [removal('2026-09-02T10:15:00Z'), removal('2026-10-06T22:18:00Z'), removal('2026-11-21T20:15:00Z')],
      settings,
      now,
    );
    expect(tally.count).toBe(3);
    expect(tally.reached).toBe(true);
    expect(
      tallyStrikes([removal('2026-09-02T10:15:00Z'), removal('2026-10-06T22:18:00Z')], settings, now).reached,
    ).toBe(false);
  });

  it('counts a strike exactly at the start of the window and not one a millisecond older, which stays in the history', () => {
    const edge = removal('2025-11-25T12:00:00.000Z');
    const older = removal('2025-11-25T11:59:59.999Z');
    const tally = tallyStrikes([older, edge], settings, now);
    expect(tally.count).toBe(1);
    expect(tally.removals.map((entry) => [entry.actionId, entry.judgement])).toEqual([
      [edge.actionId, 'counted'],
      [older.actionId, 'expired'],
    ]);
  });

  it('does not count a removal that was undone or restored, but still lists it', () => {
    const tally = tallyStrikes(
      [removal('2026-11-01T00:00:00Z'), removal('2026-11-02T00:00:00Z', false), removal('2026-11-03T00:00:00Z')],
      settings,
      now,
    );
    expect(tally.count).toBe(2);
    expect(tally.reached).toBe(false);
    expect(tally.removals.map((entry) => entry.judgement)).toEqual(['counted', 'cancelled', 'counted']);
  });

  it('follows the settings: a shorter window, a lower threshold', () => {
    const removals = [removal('2026-06-01T00:00:00Z'), removal('2026-11-20T00:00:00Z')];
    expect(tallyStrikes(removals, { threshold: 2, windowMonths: 12 }, now).reached).toBe(true);
    expect(tallyStrikes(removals, { threshold: 2, windowMonths: 3 }, now)).toMatchObject({ count: 1, reached: false });
  });

  it('adds up removals from every channel once people are linked (the tally is per person, not per account)', () => {
    const facebook = removal('2026-09-02T10:15:00Z');
    const x = removal('2026-09-16T21:05:00Z');
    const email = removal('2026-11-21T22:40:00Z');
    expect(tallyStrikes([facebook], settings, now).count).toBe(1);
    expect(tallyStrikes([facebook, x, email], settings, now)).toMatchObject({ count: 3, reached: true });
  });
});
