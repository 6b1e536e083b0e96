// The council's own rules for requests: its closure days (in the calendars) and its target for answering
// formal complaints. Every due date, badge, handover line and report reads them from here, together.
import { requestCalendars, type RequestCalendars } from '../core/request-clock';
import type { Store } from '../store/store';
import type { Write } from './write';

const complaintTargetKey = 'complaintTargetWorkingDays';

/** What a due date is worked out from: the law's calendars with the closure days, and the complaints target. */
export interface RequestRules {
  calendars: RequestCalendars;
  /** Working days (office days: closure days left out) to answer a formal complaint; null = no target. */
  complaintTargetWorkingDays: number | null;
}

export function calendarsOf(store: Store): RequestCalendars {
  return requestCalendars(store.requests.closureDays().map((day) => day.date));
}

export function readComplaintTarget(store: Store): number | null {
  const stored = store.settings.get(complaintTargetKey);
  return typeof stored === 'number' && Number.isInteger(stored) && stored > 0 ? stored : null;
}

export function requestRulesOf(store: Store): RequestRules {
  return { calendars: calendarsOf(store), complaintTargetWorkingDays: readComplaintTarget(store) };
}

/** Saves the complaints target (null: none); the record keeps the old and new number. A save that changes nothing records nothing. */
export function saveComplaintTarget(change: Write, workingDays: number | null): void {
  const before = readComplaintTarget(change.store);
  if (before === workingDays) return;
  change.store.settings.set(complaintTargetKey, workingDays, change.now);
  change.record({
    itemId: null,
    kind: 'settings-changed',
    details: {
      changed: ['complaintTarget'],
      before: { complaintTargetWorkingDays: before },
      after: { complaintTargetWorkingDays: workingDays },
    },
  });
}
