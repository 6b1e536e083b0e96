// person:* — one sender across channels: history, links, notes, blocking.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { suggestLinks } from '../core/person-links';
import { tallyStrikes } from '../core/strikes';
import {
  addNote,
  blockPerson,
  linkSender,
  rejectLink,
  splitSender,
  unblockPerson,
  type PeopleResult,
} from '../moderation/people';
import { readStrikeSettings } from '../moderation/repeat-offenders';
import type { HandlerContext } from './context';
import { personHistory, senderIdentity, toAuthorDetail } from './person-history';

type PersonMethods =
  | 'person:consent'
  | 'person:get'
  | 'person:link'
  | 'person:split'
  | 'person:notSame'
  | 'person:note'
  | 'person:block'
  | 'person:unblock'
  | 'person:findSenders';

export function personHandlers(context: HandlerContext): Pick<HandlerMap, PersonMethods> {
  const { store } = context;
  const request = () => ({ operator: context.operator(), now: context.now().toISOString() });

  /** Runs one change in a transaction, tells the views, and answers with the person as they are now. */
  const change = (work: () => PeopleResult) => {
    const result = store.transaction(work);
    if (!result.ok) return fail(result.code, result.message);
    context.events.publish({ type: 'queue:changed', cause: 'action', itemIds: [] });
    return personHistory(context, result.personId);
  };

  /** Why the app thought these were one person, kept with the link; "Linked by hand" otherwise. */
  const evidenceFor = (personId: number, authorId: number): string[] => {
    const candidate = store.people.sender(authorId);
    if (!candidate) return [];
    const found = suggestLinks(store.people.senders(personId).map(senderIdentity), [senderIdentity(candidate)])[0];
    return found ? found.evidence : ['Linked by hand'];
  };

  return {
    'person:get': ({ id }) => personHistory(context, id),
    'person:link': ({ id, authorId }) => {
      const person = store.people.get(id);
      return change(() => linkSender(store, id, authorId, person ? evidenceFor(person.id, authorId) : [], request()));
    },
    'person:split': ({ id, authorId }) => change(() => splitSender(store, id, authorId, request())),
    'person:notSame': ({ id, authorId }) => change(() => rejectLink(store, id, authorId, request())),
    'person:note': ({ id, text }) => change(() => addNote(store, id, text, request())),
    'person:block': ({ id }) =>
      change(() =>
        blockPerson(
          store,
          id,
          tallyStrikes(store.people.removals(id), readStrikeSettings(store), context.now()).count,
          request(),
        ),
      ),
    'person:unblock': ({ id, reason }) => change(() => unblockPerson(store, id, reason, request())),
    'person:consent': ({ id, status }) =>
      change(() => {
        const person = store.people.get(id);
        if (!person)
          return { ok: false, code: 'not_found', message: `Person ${id} is not in the record. Reload the queue.` };
        const kind = { 'form-received': 'consent-received', withdrawn: 'consent-withdrawn', none: 'consent-cleared' }[
          status
        ];
        store.actions.append({
          itemId: null,
          personId: person.id,
          kind,
          operator: context.operator(),
          details: { status },
          createdAt: context.now().toISOString(),
        });
        return { ok: true, personId: person.id };
      }),
    'person:findSenders': ({ text }) =>
      ok(
        store.people
          .find(text, 20)
          .map((row) => ({ sender: toAuthorDetail(row), personId: row.person_id, personName: row.person_name })),
      ),
  };
}
