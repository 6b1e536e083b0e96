// One person with everything the Sender history panel shows.
import type { AuthorDetail } from '../api/domain';
import { channelNames } from '../api/domain';
import { ok, type Envelope } from '../api/envelope';
import type { PersonHistory } from '../api/people';
import { channelCapabilities } from '../channels/capabilities';
import { planBlock } from '../core/block-plan';
import { rejectionKey, suggestLinks, type SenderIdentity } from '../core/person-links';
import { tallyStrikes } from '../core/strikes';
import { consentOf } from '../moderation/consent';
import { notInRecord } from '../moderation/write';
import { readStrikeSettings, strikeCountsFor } from '../moderation/repeat-offenders';
import type { SenderRow } from '../store/people-repo';
import { toActionRecord } from './action-summary';
import { refuse, type HandlerContext } from './context';
import { toQueueItem } from './item-mapping';

const itemLimit = 200;
const recordLimit = 200;

export function toAuthorDetail(sender: SenderRow): AuthorDetail {
  return {
    id: sender.id,
    name: sender.name,
    handle: sender.handle,
    channel: sender.channel,
    externalId: sender.external_id,
    email: sender.email,
    phone: sender.phone,
  };
}

export const senderIdentity = (sender: SenderRow): SenderIdentity => ({
  authorId: sender.id,
  personId: sender.person_id,
  channel: sender.channel,
  name: sender.name,
  handle: sender.handle,
  email: sender.email,
  phone: sender.phone,
});

export function personHistory(context: HandlerContext, id: number): Envelope<PersonHistory> {
  const { store, policy } = context;
  const person = store.people.get(id);
  if (!person) return refuse(notInRecord('Person', id));
  const now = context.now();
  const senders = store.people.senders(person.id);
  const blocks = new Map(store.people.activeBlocks(person.id).map((block) => [block.author_id, block]));
  const filter = { status: 'all' as const, personId: person.id };
  const rows = store.items.page(filter, null, itemLimit);
  const strikes = strikeCountsFor(store, rows, now);
  const tally = tallyStrikes(store.people.removals(person.id), readStrikeSettings(store), now);
  const rejected = new Set(
    store.people.rejectedPairs(senders.map((sender) => sender.id)).map(([a, b]) => rejectionKey(a, b)),
  );
  const candidates = store.people.candidates(senders);
  const reasonLabel = (reasonId: string) => policy.reasons.find((reason) => reason.id === reasonId)?.label ?? reasonId;
  const personIds = [person.id, ...store.people.mergedIds(person.id)];
  const record = store.actions.listForPeople(personIds, recordLimit);
  const consent = consentOf(store, personIds);
  return ok({
    consent,
    id: person.id,
    displayName: person.display_name,
    senders: senders.map((sender) => {
      const block = blocks.get(sender.id);
      const method = channelCapabilities[sender.channel].block;
      return {
        ...toAuthorDetail(sender),
        block: block ? { method: block.method, since: block.created_at, operator: block.operator } : null,
        blockMethod: method,
        blockDescription: planBlock(channelNames[sender.channel], method).description,
        itemCount: sender.item_count,
      };
    }),
    items: rows.map((row) => toQueueItem(row, policy, strikes)),
    itemTotal: rows.length < itemLimit ? rows.length : store.items.count(filter),
    strikes: {
      count: tally.count,
      threshold: tally.threshold,
      windowMonths: tally.windowMonths,
      reached: tally.reached,
      entries: tally.removals.map((removal) => ({
        actionId: removal.actionId,
        itemId: removal.itemId,
        reasonLabel: reasonLabel(removal.reasonId),
        at: removal.at,
        judgement: removal.judgement,
      })),
    },
    blocked: blocks.size === 0 ? 'none' : blocks.size === senders.length ? 'all' : 'partly',
    notes: record.flatMap((action) =>
      action.kind === 'note'
        ? [{ id: action.id, text: action.details.text, operator: action.operator, at: action.createdAt }]
        : [],
    ),
    record: record.filter((action) => action.kind !== 'note').map((action) => toActionRecord(action, policy)),
    suggestions: suggestLinks(senders.map(senderIdentity), candidates.map(senderIdentity), rejected).map(
      (suggestion) => {
        const sender = candidates.find((candidate) => candidate.id === suggestion.candidate.authorId) as SenderRow;
        return {
          sender: toAuthorDetail(sender),
          personId: sender.person_id,
          strength: suggestion.strength,
          evidence: suggestion.evidence,
        };
      },
    ),
  });
}
