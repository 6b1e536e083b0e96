// Linking senders into one person, splitting them, notes, and blocking by what each channel allows.
import { channelNames } from '../api/domain';
import { channelCapabilities } from '../channels/capabilities';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { planBlock } from '../core/block-plan';
import { notInRecord, type Refusal, type Write } from './write';

export type PeopleResult = { ok: true; personId: number } | Refusal;

const personMissing = (id: number): PeopleResult => notInRecord('Person', id);

/** The sender (and everyone already linked to them) joins the person. */
export function linkSender(change: Write, personId: number, authorId: number, evidence: string[]): PeopleResult {
  const { store } = change;
  const person = store.people.get(personId);
  if (!person) return personMissing(personId);
  const sender = store.people.sender(authorId);
  if (!sender) return notInRecord('Sender', authorId, '');
  const other = store.people.get(sender.person_id);
  if (!other || other.id === person.id)
    return { ok: false, code: 'conflict', message: `${sender.name} is already linked to ${person.display_name}.` };
  store.people.merge(other.id, person.id);
  // A name beats a phone number as the person's name.
  if (!/\p{L}/u.test(person.display_name) && /\p{L}/u.test(other.display_name))
    store.people.rename(person.id, other.display_name);
  change.record({
    itemId: null,
    personId: person.id,
    kind: 'people-linked',
    details: { linkedPersonId: other.id, linkedName: other.display_name, authorId, channel: sender.channel, evidence },
  });
  return { ok: true, personId: person.id };
}

/** The sender stops being part of the person: linked by mistake. */
export function splitSender(change: Write, personId: number, authorId: number): PeopleResult {
  const { store } = change;
  const person = store.people.get(personId);
  if (!person) return personMissing(personId);
  const senders = store.people.senders(person.id);
  const sender = senders.find((candidate) => candidate.id === authorId);
  if (!sender)
    return { ok: false, code: 'conflict', message: 'That sender is not part of this person; nothing was changed.' };
  if (senders.length === 1)
    return {
      ok: false,
      code: 'conflict',
      message: `${sender.name} is this person's only sender; there is nothing to split.`,
    };
  const newPersonId = store.people.split(authorId, sender.name, change.now);
  change.record({
    itemId: null,
    personId: person.id,
    kind: 'person-split',
    details: { authorId, channel: sender.channel, name: sender.name, newPersonId },
  });
  return { ok: true, personId: person.id };
}

/** "Not the same person": turned down for every sender of the person, recorded, and not offered again. */
export function rejectLink(change: Write, personId: number, authorId: number): PeopleResult {
  const { store } = change;
  const person = store.people.get(personId);
  if (!person) return personMissing(personId);
  const sender = store.people.sender(authorId);
  if (!sender) return notInRecord('Sender', authorId, '');
  if (store.people.get(sender.person_id)?.id === person.id)
    return {
      ok: false,
      code: 'conflict',
      message: `${sender.name} is part of this person; use "Not this person" to split them.`,
    };
  const actionId = change.record({
    itemId: null,
    personId: person.id,
    kind: 'link-rejected',
    details: { authorId, channel: sender.channel, name: sender.name },
  });
  for (const own of store.people.senders(person.id)) store.people.rejectLink(own.id, authorId, actionId);
  return { ok: true, personId: person.id };
}

export function addNote(change: Write, personId: number, text: string): PeopleResult {
  const person = change.store.people.get(personId);
  if (!person) return personMissing(personId);
  change.record({
    itemId: null,
    personId: person.id,
    kind: 'note',
    details: { text },
  });
  return { ok: true, personId: person.id };
}

/**
 * Blocks every sender of the person not blocked yet, each as its channel allows: a platform block or
 * mute goes to the outbox with the record; email, SMS and website senders go on the app's blocklist.
 */
export function blockPerson(change: Write, personId: number, strikes: number): PeopleResult {
  const { store } = change;
  const person = store.people.get(personId);
  if (!person) return personMissing(personId);
  const blocked = new Set(store.people.activeBlocks(person.id).map((block) => block.author_id));
  const senders = store.people.senders(person.id).filter((sender) => !blocked.has(sender.id));
  if (senders.length === 0)
    return { ok: false, code: 'conflict', message: `${person.display_name} is already blocked on every channel.` };
  const plans = senders.map((sender) => ({
    sender,
    plan: planBlock(channelNames[sender.channel], channelCapabilities[sender.channel].block),
  }));
  const actionId = change.record({
    itemId: null,
    personId: person.id,
    kind: 'blocked',
    details: {
      strikes,
      senders: plans.map(({ sender, plan }) => ({
        authorId: sender.id,
        channel: sender.channel,
        name: sender.name,
        method: plan.method,
      })),
    },
  });
  for (const { sender, plan } of plans) {
    store.people.addBlock(sender.id, plan.method, actionId, change.now);
    const accountId = store.people.latestAccount(sender.id);
    if (!plan.operation || accountId === null) continue;
    store.outbox.enqueue({
      actionId,
      accountId,
      itemId: null,
      ...channelRequest(plan.operation, { userId: sender.external_id }),
      idempotencyKey: idempotencyKey(actionId, plan.operation, sender.id),
      now: change.now,
    });
  }
  return { ok: true, personId: person.id };
}

/**
 * Lifts every block of the person (or those one block action made), with the clerk's reason: a platform block not yet delivered is
 * cancelled, one delivered is reversed; what was filed in Blocked returns to the queue.
 */
export function unblockPerson(change: Write, personId: number, reason: string, onlyBlockAction?: number): PeopleResult {
  const { store } = change;
  const person = store.people.get(personId);
  if (!person) return personMissing(personId);
  // An undo lifts exactly what its block action did, not blocks made before it.
  const blocks = store.people
    .activeBlocks(person.id)
    .filter((block) => onlyBlockAction === undefined || block.action_id === onlyBlockAction);
  if (blocks.length === 0)
    return { ok: false, code: 'conflict', message: `${person.display_name} is not blocked; nothing was changed.` };
  const cancelled: string[] = [];
  const reversals: {
    authorId: number;
    operation: 'unblock' | 'unmute';
    accountId: number;
    userId: string;
    reverses: number;
  }[] = [];
  for (const block of blocks) {
    const { reverse } = planBlock('', block.method);
    for (const entry of store.outbox
      .forAction(block.action_id)
      .filter((candidate) => candidate.idempotencyKey.endsWith(`-${block.author_id}`))) {
      if (store.outbox.cancel(entry.id, change.now)) cancelled.push(entry.operation);
      // Nothing of a failed or cancelled block reached the platform, so there is nothing to lift there.
      else if (reverse && entry.state !== 'failed' && entry.state !== 'cancelled') {
        reversals.push({
          authorId: block.author_id,
          operation: reverse,
          accountId: entry.accountId,
          userId: typeof entry.payload.userId === 'string' ? entry.payload.userId : '',
          reverses: entry.id,
        });
      }
    }
  }
  const returnedToQueue = store.people.returnBlockedItems(blocks.map((block) => block.author_id));
  const actionId = change.record({
    itemId: null,
    personId: person.id,
    kind: 'unblocked',
    details: { reason, cancelled, reversed: reversals.map((reversal) => reversal.operation), returnedToQueue },
  });
  for (const block of blocks) store.people.liftBlock(block.id, actionId);
  for (const { authorId, operation, accountId, userId, reverses } of reversals) {
    store.outbox.enqueue({
      actionId,
      accountId,
      itemId: null,
      ...channelRequest(operation, { userId, reverses }),
      idempotencyKey: idempotencyKey(actionId, operation, authorId),
      now: change.now,
    });
  }
  return { ok: true, personId: person.id };
}
