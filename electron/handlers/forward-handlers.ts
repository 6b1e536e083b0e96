// addressBook:*, item:forwardPreview, item:forward — passing an item to a councillor or agency.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { composeForward, readAddressBook, writeAddressBook } from '../moderation/forwarding';
import type { HandlerContext } from './context';
import { itemDetail } from './item-detail';
import { consentOf } from './person-history';

type ForwardMethods = 'addressBook:get' | 'addressBook:save' | 'item:forwardPreview' | 'item:forward';

export function forwardHandlers(context: HandlerContext): Pick<HandlerMap, ForwardMethods> {
  const { store } = context;
  const now = () => context.now().toISOString();

  const prepare = (input: {
    id: number;
    contactId: string;
    note?: string | undefined;
    unredacted?: boolean | undefined;
  }) => {
    const row = store.items.get(input.id);
    if (!row)
      return {
        ok: false as const,
        error: fail('not_found', `Item ${input.id} is not in the record. Reload the queue.`),
      };
    const contact = readAddressBook(store).find((candidate) => candidate.id === input.contactId);
    if (!contact)
      return {
        ok: false as const,
        error: fail('not_found', 'That contact is not in the address book any more; choose another.'),
      };
    const person = store.people.get(row.person_id);
    const personIds = person ? [person.id, ...store.people.mergedIds(person.id)] : [row.person_id];
    const consentReceived = consentOf(store, personIds).status === 'form-received';
    const preview = composeForward(store, row, contact, {
      note: input.note ?? '',
      unredacted: input.unredacted ?? false,
      consentReceived,
      operator: context.operator(),
      councilName: context.defaults.councilName,
    });
    return { ok: true as const, row, preview };
  };

  return {
    'addressBook:get': () => ok(readAddressBook(store)),
    'addressBook:save': ({ contacts }) => {
      store.transaction(() => {
        writeAddressBook(store, contacts, now());
        store.actions.append({
          itemId: null,
          kind: 'address-book-saved',
          operator: context.operator(),
          details: { contacts: contacts.map(({ name, kind }) => ({ name, kind })) },
          createdAt: now(),
        });
      });
      return ok(readAddressBook(store));
    },
    'item:forwardPreview': (input) => {
      const prepared = prepare(input);
      return prepared.ok ? ok(prepared.preview) : prepared.error;
    },
    'item:forward': (input) => {
      const prepared = prepare(input);
      if (!prepared.ok) return prepared.error;
      const { row, preview } = prepared;
      if (preview.consentProblem)
        return fail(
          'policy_check',
          `Not sent: ${preview.consentProblem} Send it redacted, or record the consent form first.`,
        );
      const email = store.accounts
        .list()
        .filter((account) => account.channel === 'email' && !account.removedAt && !account.paused)
        .sort((a, b) => Number(b.connector === 'email') - Number(a.connector === 'email'))[0];
      if (!email)
        return fail(
          'conflict',
          'Forwarding goes through the council email account: connect it under Settings → Channels first.',
        );
      store.transaction(() => {
        const actionId = store.actions.append({
          itemId: row.id,
          kind: 'forwarded',
          operator: context.operator(),
          details: {
            toName: preview.to.name,
            toEmail: preview.to.email,
            kind: preview.to.kind,
            redacted: preview.redacted,
            removedKinds: preview.removed.map((entry) => entry.kind),
            subject: preview.subject,
          },
          createdAt: now(),
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
          now: now(),
        });
      });
      context.events.publish({ type: 'queue:changed', cause: 'action', itemIds: [row.id] });
      return itemDetail(context, row.id);
    },
  };
}
