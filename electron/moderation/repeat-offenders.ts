// The council's repeat-offender rule (strikes within a window) and the strike counts it gives.
import { strikeSettingsSchema } from '../api/people';
import { defaultStrikeSettings, windowStart, type StrikeSettings } from '../core/strikes';
import type { Store } from '../store/store';

const key = 'repeatOffenders';

export function readStrikeSettings(store: Store): StrikeSettings {
  const stored = strikeSettingsSchema.partial().safeParse(store.settings.get(key) ?? {});
  return { ...defaultStrikeSettings, ...(stored.success ? stored.data : {}) };
}

export function writeStrikeSettings(store: Store, settings: StrikeSettings, now: string): void {
  store.settings.set(key, settings, now);
}

/** Strikes inside the window for the senders of these rows, one query for the lot. */
export function strikeCountsFor(store: Store, rows: readonly { person_id: number }[], now: Date): Map<number, number> {
  const settings = readStrikeSettings(store);
  return store.people.strikeCounts(
    rows.map((row) => row.person_id),
    windowStart(now, settings.windowMonths).toISOString(),
  );
}
