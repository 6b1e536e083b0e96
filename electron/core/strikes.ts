// Strikes: removals for a policy reason that still stand, counted inside the repeat-offender window.
export interface StrikeSettings {
  /** Strikes within the window at which the policy's "repeat offenders will be blocked" applies. */
  threshold: number;
  windowMonths: number;
}

export const defaultStrikeSettings: StrikeSettings = { threshold: 3, windowMonths: 12 };

export interface RemovalEvent {
  actionId: number;
  itemId: number;
  reasonId: string;
  /** When the item was removed (ISO 8601). */
  at: string;
  /** False once the removal was undone or the item restored: it no longer counts against anyone. */
  standing: boolean;
}

export type StrikeStanding = 'counted' | 'expired' | 'cancelled';

export interface StrikeTally {
  count: number;
  threshold: number;
  windowMonths: number;
  reached: boolean;
  /** Every removal, newest first, with whether it counts now. */
  removals: (RemovalEvent & { judgement: StrikeStanding })[];
}

/** The start of the window: the same moment `months` calendar months earlier (clamped to the month's end). */
export function windowStart(now: Date, months: number): Date {
  const start = new Date(now.getTime());
  const day = start.getUTCDate();
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  start.setUTCDate(Math.min(day, lastDay));
  return start;
}

export function standingOf(removal: RemovalEvent, since: Date): StrikeStanding {
  if (!removal.standing) return 'cancelled';
  return Date.parse(removal.at) >= since.getTime() ? 'counted' : 'expired';
}

export function tallyStrikes(removals: readonly RemovalEvent[], settings: StrikeSettings, now: Date): StrikeTally {
  const since = windowStart(now, settings.windowMonths);
  const judged = removals
    .map((removal) => ({ ...removal, judgement: standingOf(removal, since) }))
    .sort((a, b) => b.at.localeCompare(a.at) || b.actionId - a.actionId);
  const count = judged.filter((removal) => removal.judgement === 'counted').length;
  return {
    count,
    threshold: settings.threshold,
    windowMonths: settings.windowMonths,
    reached: count >= settings.threshold,
    removals: judged,
  };
}
