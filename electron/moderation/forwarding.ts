// Forwarding to a councillor or agency: personal data redacted unless the person's consent form is in.
import { ukDateTime } from '../api/uk-time';
import type { Contact, ForwardPreview } from '../api/forwarding';
import { addressBookSchema, type AddressBook } from '../api/forwarding';
import { channelNames } from '../api/domain';
import { redactForForwarding } from '../core/redaction';
import type { ConsoleStore } from '../store/console-store';
import type { ItemRow } from '../store/items-repo';
import { councilContacts, readPolicySettings } from './council-settings';

const addressBookKey = 'addressBook';

export function readAddressBook(store: ConsoleStore): AddressBook {
  const parsed = addressBookSchema.safeParse(store.settings.get(addressBookKey) ?? []);
  return parsed.success ? parsed.data : [];
}

export function writeAddressBook(store: ConsoleStore, contacts: AddressBook, now: string): void {
  store.settings.set(addressBookKey, contacts, now);
}

/** Everything one person is known by on every channel: what must not leave the council without consent. */
function identitiesOf(store: ConsoleStore, personId: number) {
  const senders = store.people.senders(personId);
  return {
    names: [...new Set(senders.map((sender) => sender.name).filter((name) => /\p{L}/u.test(name)))],
    emails: senders.flatMap((sender) => (sender.email ? [sender.email] : [])),
    phones: senders.flatMap((sender) => (sender.phone ? [sender.phone] : [])),
    handles: senders.flatMap((sender) => (sender.handle ? [sender.handle] : [])),
  };
}

export function composeForward(
  store: ConsoleStore,
  row: ItemRow,
  contact: Contact,
  options: { note: string; unredacted: boolean; consentReceived: boolean; operator: string; councilName: string },
): ForwardPreview {
  const settings = readPolicySettings(store, options.councilName);
  const consentProblem =
    options.unredacted && !options.consentReceived
      ? `${row.author_name}'s data consent form has not been received, so their personal data cannot be passed on: the copy is redacted.`
      : null;
  const redact = !(options.unredacted && options.consentReceived);
  const original = { subject: row.subject, text: row.text };
  const clean = redact
    ? redactForForwarding(original, identitiesOf(store, row.person_id), { councilContacts: councilContacts(settings) })
    : { ...original, headers: {}, removed: [] };
  const sender = redact
    ? 'the sender (details withheld: no data consent form received)'
    : `${row.author_name}${row.author_email ? ` <${row.author_email}>` : ''}`;
  const lines = [
    `Dear ${contact.name},`,
    '',
    options.note.trim() ||
      `Please see the ${channelNames[row.channel]} message below, received by ${settings.councilName}.`,
    '',
    `${options.operator}`,
    settings.councilName,
    '',
    '---------- Forwarded message ----------',
    `From: ${sender}`,
    `Received: ${ukDateTime(row.received_at)} UK time (${channelNames[row.channel]})`,
    clean.subject ? `Subject: ${clean.subject}` : null,
    '',
    clean.text,
  ].filter((line): line is string => line !== null);
  return {
    to: contact,
    subject: `Fwd: ${clean.subject ?? `${channelNames[row.channel]} message to ${settings.councilName}`}`,
    text: lines.join('\n'),
    redacted: redact,
    removed: clean.removed,
    consentProblem,
  };
}
