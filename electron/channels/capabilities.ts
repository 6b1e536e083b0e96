// The capability matrix of each real channel, as its API allows (see docs/architecture.md, Channels).
import type { ChannelCapabilities, KindCapabilities } from '../api/capabilities';
import type { Channel, ItemKind } from '../api/domain';

export const channelCapabilities: Readonly<Record<Channel, ChannelCapabilities>> = {
  facebook: {
    block: 'page-block',
    kinds: {
      // Graph API: POST /{comment-id} is_hidden=true hides a page comment from everyone but its author and friends.
      comment: {
        removal: 'hide',
        canRestore: true,
        replies: ['public-reply', 'private-reply'],
        replyLimit: 8000,
        removalNotice: true,
      },
      // Messenger conversations cannot be deleted by a page.
      message: {
        removal: 'record-only',
        canRestore: false,
        replies: ['direct-message'],
        replyLimit: 2000,
        removalNotice: false,
      },
    },
  },
  x: {
    // X API v2 no longer lets apps block; muting is what is left.
    block: 'mute',
    kinds: {
      // PUT /2/tweets/{id}/hidden only works on replies in the council's own conversations.
      mention: { removal: 'hide', canRestore: true, replies: ['public-reply'], replyLimit: 280, removalNotice: true },
      dm: {
        removal: 'record-only',
        canRestore: false,
        replies: ['direct-message'],
        replyLimit: 10000,
        removalNotice: false,
      },
    },
  },
  email: {
    block: 'local-blocklist',
    kinds: {
      email: {
        removal: 'move-to-folder',
        canRestore: true,
        replies: ['email'],
        replyLimit: null,
        removalNotice: false,
      },
    },
  },
  website: {
    block: 'local-blocklist',
    kinds: {
      comment: { removal: 'trash', canRestore: true, replies: ['public-reply'], replyLimit: null, removalNotice: true },
    },
  },
  sms: {
    block: 'local-blocklist',
    kinds: {
      sms: { removal: 'record-only', canRestore: false, replies: ['sms'], replyLimit: 918, removalNotice: false },
    },
  },
};

export function kindCapabilities(channel: Channel, kind: ItemKind): KindCapabilities {
  const found = channelCapabilities[channel].kinds[kind];
  if (!found) throw new Error(`${channel} accounts carry no ${kind} items`);
  return found;
}
