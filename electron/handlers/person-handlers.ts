// person:* — one sender across channels: history, links, notes, blocking.
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';
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
import { recordConsent } from '../moderation/consent';
import { readStrikeSettings } from '../moderation/repeat-offenders';
import { write, type Write } from '../moderation/write';
import { refuse, type HandlerContext } from './context';
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
  /** Runs one change in a write, tells the views, and answers with the person as they are now. */
  const change = (work: (request: Write) => PeopleResult) => {
    const result = write(context, (request) => {
      const done = work(request);
      if (done.ok) request.changed([]);
      return done;
    });
    return result.ok ? personHistory(context, result.personId) : refuse(result);
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
      return change((request) => linkSender(request, id, authorId, person ? evidenceFor(person.id, authorId) : []));
    },
    'person:split': ({ id, authorId }) => change((request) => splitSender(request, id, authorId)),
    'person:notSame': ({ id, authorId }) => change((request) => rejectLink(request, id, authorId)),
    'person:note': ({ id, text }) => change((request) => addNote(request, id, text)),
    'person:block': ({ id }) =>
      change((request) =>
        blockPerson(request, id, tallyStrikes(store.people.removals(id), readStrikeSettings(store), request.at).count),
      ),
    'person:unblock': ({ id, reason }) => change((request) => unblockPerson(request, id, reason)),
    'person:consent': ({ id, status }) => change((request) => recordConsent(request, id, status)),
    'person:findSenders': ({ text }) =>
      ok(
        store.people
          .find(text, 20)
          .map((row) => ({ sender: toAuthorDetail(row), personId: row.person_id, personName: row.person_name })),
      ),
  };
}
