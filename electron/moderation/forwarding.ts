// Forwarding to a councillor or agency: personal data redacted unless the person's consent form is in.
import { ukDateTime } from '../api/uk-time';
import type { Contact, ForwardPreview } from '../api/forwarding';
import { addressBookSchema, type AddressBook } from '../api/forwarding';
import { channelNames } from '../api/domain';
import { redactForForwarding } from '../core/redaction';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import type { Store } from '../store/store';
import type { ItemRow } from '../store/items-repo';
import { consentOfPerson } from './consent';
import { councilContacts, readPolicySettings } from './council-settings';
import { notInRecord, type Refusal, type Write } from './write';

const addressBookKey = 'addressBook';

export function readAddressBook(store: Store): AddressBook {
  const parsed = addressBookSchema.safeParse(store.settings.get(addressBookKey) ?? []);
  return parsed.success ? parsed.data : [];
}

/** Saves the address book; the record keeps who is in it (names and kinds), not their addresses. */
export function saveAddressBook(change: Write, contacts: AddressBook): void {
  change.store.settings.set(addressBookKey, contacts, change.now);
  change.record({
    itemId: null,
    kind: 'address-book-saved',
    details: { contacts: contacts.map(({ name, kind }) => ({ name, kind })) },
  });
}

export interface ForwardRequest {
  id: number;
  contactId: string;
  note?: string | undefined;
  unredacted?: boolean | undefined;
}

/** What forwarding the item would send, or why it cannot be. */
export function prepareForward(
  store: Store,
  request: ForwardRequest,
  operator: string,
  councilName: string,
): { ok: true; row: ItemRow; preview: ForwardPreview } | Refusal {
  const row = store.items.get(request.id);
  if (!row) return notInRecord('Item', request.id);
  const contact = readAddressBook(store).find((candidate) => candidate.id === request.contactId);
  if (!contact)
    return {
      ok: false,
      code: 'not_found',
      message: 'That contact is not in the address book any more; choose another.',
    };
  const preview = composeForward(store, row, contact, {
    note: request.note ?? '',
    unredacted: request.unredacted ?? false,
    consentReceived: consentOfPerson(store, row.person_id).status === 'form-received',
    operator,
    councilName,
  });
  return { ok: true, row, preview };
}

/** Records the forward and queues it on the council email account, in the write's transaction. */
export function forwardItem(change: Write, request: ForwardRequest, councilName: string): { ok: true } | Refusal {
  const { store } = change;
  const prepared = prepareForward(store, request, change.operator, councilName);
  if (!prepared.ok) return prepared;
  const { row, preview } = prepared;
  if (preview.consentProblem)
    return {
      ok: false,
      code: 'policy_check',
      message: `Not sent: ${preview.consentProblem} Send it redacted, or record the consent form first.`,
    };
  const email = store.accounts
    .list()
    .filter((account) => account.channel === 'email' && !account.removedAt && !account.paused)
    .sort((a, b) => Number(b.connector === 'email') - Number(a.connector === 'email'))[0];
  if (!email)
    return {
      ok: false,
      code: 'conflict',
      message: 'Forwarding goes through the council email account: connect it under Settings → Channels first.',
    };
  const actionId = change.record({
    itemId: row.id,
    kind: 'forwarded',
    details: {
      toName: preview.to.name,
      toEmail: preview.to.email,
      kind: preview.to.kind,
      redacted: preview.redacted,
      removedKinds: preview.removed.map((entry) => entry.kind),
      subject: preview.subject,
    },
  });
  store.outbox.enqueue({
    actionId,
    accountId: email.id,
    itemId: row.id,
    ...channelRequest('forward', {
      to: preview.to.email,
      toName: preview.to.name,
      subject: preview.subject,
      text: preview.text,
    }),
    idempotencyKey: idempotencyKey(actionId, 'forward'),
    now: change.now,
  });
  change.changed([row.id]);
  return { ok: true };
}

/** Everything one person is known by on every channel: what must not leave the council without consent. */
function identitiesOf(store: Store, personId: number) {
  const senders = store.people.senders(personId);
  return {
    names: [...new Set(senders.map((sender) => sender.name).filter((name) => /\p{L}/u.test(name)))],
    emails: senders.flatMap((sender) => (sender.email ? [sender.email] : [])),
    phones: senders.flatMap((sender) => (sender.phone ? [sender.phone] : [])),
    handles: senders.flatMap((sender) => (sender.handle ? [sender.handle] : [])),
  };
}

export function composeForward(
  store: Store,
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
