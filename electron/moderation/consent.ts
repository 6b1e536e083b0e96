// A person's data consent: the latest step recorded for them, and recording a new one.
import type { ConsentStatus, PersonHistory } from '../api/people';
import type { Store } from '../store/store';
import { notInRecord, type Refusal, type Write } from './write';

const consentKinds: Record<string, ConsentStatus> = {
  'consent-form-sent': 'form-sent',
  'consent-received': 'form-received',
  'consent-withdrawn': 'withdrawn',
  'consent-cleared': 'none',
};

/** The latest consent step recorded for the person (or anyone merged into them). */
export function consentOf(store: Store, personIds: readonly number[]): PersonHistory['consent'] {
  const latest = store.actions.latestForPeople(personIds, Object.keys(consentKinds));
  return latest
    ? { status: consentKinds[latest.kind] ?? 'none', at: latest.createdAt, by: latest.operator }
    : { status: 'none', at: null, by: null };
}

/** The consent of the person behind an item's sender, with everyone linked into them. */
export function consentOfPerson(store: Store, personId: number): PersonHistory['consent'] {
  const person = store.people.get(personId);
  return consentOf(store, person ? [person.id, ...store.people.mergedIds(person.id)] : [personId]);
}

/** Records what the clerk set the person's consent to (the form itself goes out as a canned reply). */
export function recordConsent(
  change: Write,
  personId: number,
  status: 'form-received' | 'withdrawn' | 'none',
): { ok: true; personId: number } | Refusal {
  const person = change.store.people.get(personId);
  if (!person) return notInRecord('Person', personId);
  const kind = {
    'form-received': 'consent-received',
    withdrawn: 'consent-withdrawn',
    none: 'consent-cleared',
  } as const;
  change.record({ itemId: null, personId: person.id, kind: kind[status], details: { status } });
  return { ok: true, personId: person.id };
}
