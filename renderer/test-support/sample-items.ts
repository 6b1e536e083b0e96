// Items as the backend sends them, for component tests: one Facebook comment, changed as each test needs.
import { z } from 'zod';
import reasonsFile from '../../assets/policy/removal-reasons.json';
import { policyReasonIdSchema, type AuthorDetail, type ItemDetail, type QueueItem } from '../../electron/api/domain';
import { policyResponses, type PolicyReason } from '../../electron/api/policy';

/** The council's eight removal reasons, keys 1 to 8, as the policy file has them. */
export const policyReasons: PolicyReason[] = reasonsFile.reasons.map((reason) => ({
  ...reason,
  id: policyReasonIdSchema.parse(reason.id),
  defaultResponse: z.enum(policyResponses).parse(reason.defaultResponse),
}));

export function queueItem(changes: Partial<QueueItem> = {}): QueueItem {
  return {
    id: 41,
    accountId: 1,
    accountName: 'Ashcombe Parish Council',
    channel: 'facebook',
    kind: 'comment',
    status: 'new',
    author: { id: 7, name: 'Gary Pritchard', handle: null },
    subject: null,
    text: 'When is the bin collection changing over Christmas?',
    receivedAt: '2026-11-24T09:41:00Z',
    threadId: null,
    fromCouncil: false,
    removal: null,
    channelCanRemove: true,
    personId: 3,
    strikes: 0,
    senderBlocked: false,
    suggestion: null,
    ruleMarks: null,
    requestMark: null,
    ...changes,
  };
}

/** `author` may name only what differs from Gary Pritchard on Facebook. */
export function itemDetail(
  changes: Partial<Omit<ItemDetail, 'author'>> & { author?: Partial<AuthorDetail> } = {},
): ItemDetail {
  const { author, ...rest } = changes;
  return {
    ...queueItem(rest),
    externalId: 'fb-comment-41',
    author: {
      id: 7,
      name: 'Gary Pritchard',
      handle: null,
      channel: 'facebook',
      externalId: 'fb-user-7',
      email: null,
      phone: null,
      ...author,
    },
    html: null,
    url: null,
    parentExternalId: null,
    parent: null,
    thread: [],
    actions: [],
    outbox: [],
    removalOptions: {
      description: 'Removing hides the comment on Facebook; it can be shown again.',
      channelCanRemove: true,
      restorable: true,
      noticeAvailable: true,
      noticeByDefault: true,
    },
    suggestions: [],
    replyForms: [],
    ruleEffects: [],
    ...rest,
  };
}
