// Items for component tests: a Facebook comment in the queue, and the same comment in full.
import type { ItemDetail, QueueItem } from '../../electron/api/domain';

export const queueItem: QueueItem = {
  id: 41,
  accountId: 1,
  accountName: 'Parish page',
  channel: 'facebook',
  kind: 'comment',
  status: 'new',
  author: { id: 7, name: 'Margaret Hale', handle: null },
  subject: null,
  text: 'Buy cheap watches at example.com',
  receivedAt: '2026-12-01T10:15:00.000Z',
  threadId: null,
  fromCouncil: false,
  removal: null,
  channelCanRemove: true,
  personId: 3,
  strikes: 0,
  senderBlocked: false,
  suggestion: { reasonId: 'commercial-spam', reasonLabel: 'Commercial spam', confidence: 'high' },
};

export const itemDetail: ItemDetail = {
  ...queueItem,
  externalId: 'fb-comment-41',
  author: { ...queueItem.author, channel: 'facebook', externalId: 'fb-user-7', email: null, phone: null },
  html: null,
  url: null,
  parentExternalId: null,
  parent: null,
  thread: [],
  actions: [],
  outbox: [],
  removalOptions: {
    description: 'Hidden on Facebook',
    channelCanRemove: true,
    restorable: true,
    noticeAvailable: true,
    noticeByDefault: false,
  },
  suggestions: [],
  replyForms: [
    {
      form: 'public-reply',
      label: 'Public reply',
      available: true,
      why: null,
      window: null,
      instead: null,
      limit: 8000,
    },
    {
      form: 'private-reply',
      label: 'Private message (Facebook private reply)',
      available: false,
      why: 'Facebook allows a private reply only within 7 days',
      window: null,
      instead: null,
      limit: 2000,
    },
  ],
};
