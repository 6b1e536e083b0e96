// The subject access export of one person: what goes in it, which items to read first, and the ZIP itself.
// One maker, so the file saved from Sender history and the file emailed to a requester are made the same way.
import { fail, ok, type Envelope } from '../api/envelope';
import { ukLongDate, ukToday } from '../api/uk-time';
import { describeToCheck, itemsToCheck, type ItemToCheck } from '../core/others-data';
import { councilContacts, readPolicySettings } from '../moderation/council-settings';
import { recordActions, recordItems } from '../records/record-query';
import type { RecordItemRow } from '../records/record-rows';
import { subjectAccessZip, type SubjectAccessInput } from '../records/subject-access';
import type { HandlerContext } from './context';
import { personHistory } from './person-history';

/** An export holds everything; this only stops a runaway query from filling the memory. */
const exportLimit = 200_000;

export interface SubjectAccessContents {
  personId: number;
  personName: string;
  /** "subject-access-tom-price-2026-11-24.zip": the same all day, so the confirmation names the file that goes. */
  fileName: string;
  input: SubjectAccessInput;
  /** The items holding personal data that may be someone else's, with the item itself for reading. */
  flagged: { entry: ItemToCheck; item: RecordItemRow }[];
}

export function subjectAccessContents(context: HandlerContext, personId: number): Envelope<SubjectAccessContents> {
  const { store, policy } = context;
  const history = personHistory(context, personId);
  if (!history.ok) return history;
  const person = history.value;
  const settings = readPolicySettings(store, context.defaults.councilName);
  const everything = { from: '2000-01-01', to: ukToday(context.now()), personId: person.id };
  const items = recordItems(store, everything, policy, exportLimit).rows;
  const actions = recordActions(store, everything, policy, exportLimit).rows;
  const own = {
    emails: person.senders.flatMap((sender) => sender.email ?? []),
    phones: person.senders.flatMap((sender) => sender.phone ?? []),
  };
  const entries = itemsToCheck(items, own, councilContacts(settings));
  const byId = new Map(items.map((item) => [item.id, item]));
  const flagged = entries.flatMap((entry) => {
    const item = byId.get(entry.itemId);
    return item ? [{ entry, item }] : [];
  });
  if (flagged.length !== entries.length) return fail('internal', 'An item to read first is missing from the export.');
  return ok({
    personId: person.id,
    personName: person.displayName,
    fileName: `subject-access-${person.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${everything.to}.zip`,
    flagged,
    input: {
      header: {
        title: `Subject access request: ${person.displayName}`,
        councilName: settings.councilName,
        madeAt: context.now().toISOString(),
        madeBy: context.operator(),
        range: `everything held, up to ${ukLongDate(everything.to)}`,
        filters: [`Person: ${person.displayName}`],
      },
      person: {
        name: person.displayName,
        identities: person.senders.map((sender) => ({
          channel: sender.channel,
          id: sender.externalId,
          name: sender.name,
          email: sender.email,
          phone: sender.phone,
          handle: sender.handle,
        })),
        consent: person.consent.status,
      },
      items,
      actions,
      notes: person.notes.map((note) => ({ at: note.at, operator: note.operator, text: note.text })),
      toCheck: entries.map(describeToCheck),
    },
  });
}

export function subjectAccessFile(contents: SubjectAccessContents): Promise<Uint8Array> {
  return subjectAccessZip(contents.input);
}
