import { describe, expect, it } from 'vitest';
import { defaultRetentionSettings, purgeCutoffs, retentionSettingsSchema } from './retention-policy';

const at = (iso: string) => new Date(iso);

describe('purgeCutoffs', () => {
  it('keeps removed content two years and correspondence six by default, to the millisecond', () => {
    expect(purgeCutoffs(defaultRetentionSettings, at('2026-11-24T10:15:30.250Z'))).toEqual({
      removedBefore: '2024-11-24T10:15:30.250Z',
      correspondenceBefore: '2020-11-24T10:15:30.250Z',
    });
  });

  it('follows the settings the council chose', () => {
    const cutoffs = purgeCutoffs({ removedContentYears: 1, correspondenceYears: 10 }, at('2026-01-01T00:00:00.000Z'));
    expect(cutoffs).toEqual({
      removedBefore: '2025-01-01T00:00:00.000Z',
      correspondenceBefore: '2016-01-01T00:00:00.000Z',
    });
  });

  it('counts back from 29 February to the 28th when the earlier year has no leap day', () => {
    expect(purgeCutoffs({ removedContentYears: 2, correspondenceYears: 6 }, at('2028-02-29T12:00:00.000Z'))).toEqual({
      removedBefore: '2026-02-28T12:00:00.000Z',
      correspondenceBefore: '2022-02-28T12:00:00.000Z',
    });
  });

  it('lands on 29 February when the earlier year has one', () => {
    expect(purgeCutoffs({ removedContentYears: 4, correspondenceYears: 8 }, at('2028-02-29T12:00:00.000Z'))).toEqual({
      removedBefore: '2024-02-29T12:00:00.000Z',
      correspondenceBefore: '2020-02-29T12:00:00.000Z',
    });
  });

  it('does not roll 1 March back into February', () => {
    expect(purgeCutoffs(defaultRetentionSettings, at('2026-03-01T00:00:00.000Z')).removedBefore).toBe(
      '2024-03-01T00:00:00.000Z',
    );
  });
});

describe('retentionSettingsSchema', () => {
  it('accepts the defaults', () => {
    expect(retentionSettingsSchema.safeParse(defaultRetentionSettings).success).toBe(true);
  });

  it('refuses a period of no time, which would purge everything at once', () => {
    expect(retentionSettingsSchema.safeParse({ removedContentYears: 0, correspondenceYears: 6 }).success).toBe(false);
    expect(retentionSettingsSchema.safeParse({ removedContentYears: 2, correspondenceYears: -1 }).success).toBe(false);
  });

  it('refuses fractions, text and missing periods', () => {
    expect(retentionSettingsSchema.safeParse({ removedContentYears: 1.5, correspondenceYears: 6 }).success).toBe(false);
    expect(retentionSettingsSchema.safeParse({ removedContentYears: '2', correspondenceYears: 6 }).success).toBe(false);
    expect(retentionSettingsSchema.safeParse({ removedContentYears: 2 }).success).toBe(false);
  });
});
