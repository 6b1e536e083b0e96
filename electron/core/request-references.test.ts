import { describe, expect, it } from 'vitest';
import { nextReference, parseReference } from './request-references';

describe('request references', () => {
  const existing = ['FOI-2026-013', 'FOI-2026-014', 'SAR-2026-002', 'COMP-2026-006', 'COMP-2026-007', 'FOI-2025-041'];

  it('numbers each type on from its highest reference this year', () => {
    expect(nextReference('foi', 2026, existing)).toBe('FOI-2026-015');
    expect(nextReference('sar', 2026, existing)).toBe('SAR-2026-003');
    expect(nextReference('complaint', 2026, existing)).toBe('COMP-2026-008');
  });

  it('starts again at 001 when the year changes', () => {
    expect(nextReference('foi', 2027, existing)).toBe('FOI-2027-001');
    expect(nextReference('foi', 2025, existing)).toBe('FOI-2025-042');
  });

  it('does not reuse a number after a gap, and grows past 999', () => {
    expect(nextReference('sar', 2026, ['SAR-2026-001', 'SAR-2026-009'])).toBe('SAR-2026-010');
    expect(nextReference('foi', 2026, ['FOI-2026-999'])).toBe('FOI-2026-1000');
  });

  it('ignores what is not a reference', () => {
    expect(nextReference('foi', 2026, ['FOI 2026 14', 'foi-2026-abc', ''])).toBe('FOI-2026-001');
    expect(parseReference(' foi-2026-014 ')).toEqual({ type: 'foi', year: 2026, number: 14 });
    expect(parseReference('REQ-2026-001')).toBeNull();
  });
});
