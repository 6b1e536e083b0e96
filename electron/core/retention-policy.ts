// How long the council keeps what it receives, and the dates before which content is purged.
import { z } from 'zod';

/**
 * Both periods are council settings, not fixed rules. The defaults: removed content is kept two years
 * (long enough to answer a complaint about a removal); correspondence six years, which is what UK councils
 * commonly keep it for (the limitation period for most claims).
 */
export const retentionSettingsSchema = z.strictObject({
  removedContentYears: z.number().int().min(1).max(50),
  correspondenceYears: z.number().int().min(1).max(50),
});
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const defaultRetentionSettings: RetentionSettings = { removedContentYears: 2, correspondenceYears: 6 };

/** ISO 8601 instants: content older than these (strictly before) is purged. */
export interface PurgeCutoffs {
  /** Removed items whose removal was recorded before this. */
  removedBefore: string;
  /** Any item received before this. */
  correspondenceBefore: string;
}

export function purgeCutoffs(settings: RetentionSettings, now: Date): PurgeCutoffs {
  return {
    removedBefore: yearsBefore(now, settings.removedContentYears),
    correspondenceBefore: yearsBefore(now, settings.correspondenceYears),
  };
}

/**
 * The same calendar day and time `years` earlier, in UTC. 29 February in a year without one becomes the
 * 28th rather than 1 March: the earlier cutoff keeps every item for at least the full period.
 */
function yearsBefore(now: Date, years: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(now.getUTCFullYear() - years, now.getUTCMonth(), 1);
  const daysInMonth = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(now.getUTCDate(), daysInMonth));
  return cutoff.toISOString();
}
