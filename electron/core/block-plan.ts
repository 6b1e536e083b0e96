// What blocking a sender does on each channel, as the channel allows, said before the clerk confirms.
import type { BlockMethod } from '../api/capabilities';

export interface BlockPlan {
  method: BlockMethod;
  /** The outbox operation that blocks on the platform; null where only the app's blocklist applies. */
  operation: 'block' | 'mute' | null;
  /** The operation that lifts it again. */
  reverse: 'unblock' | 'unmute' | null;
  /** One line for the clerk. */
  description: string;
}

const filed = 'anything they send later is filed in Blocked and kept in the record';

export function planBlock(channelName: string, method: BlockMethod): BlockPlan {
  switch (method) {
    case 'page-block':
      return {
        method,
        operation: 'block',
        reverse: 'unblock',
        description: `${channelName}: blocked from the council's Page (they can no longer comment on it or message it); ${filed}.`,
      };
    case 'mute':
      // X API v2 has no block endpoint for apps any more (POST /2/users/:id/blocking was withdrawn); muting is what is left.
      return {
        method,
        operation: 'mute',
        reverse: 'unmute',
        description: `${channelName}: muted (X no longer lets apps block); ${filed}.`,
      };
    case 'local-blocklist':
      return {
        method,
        operation: null,
        reverse: null,
        description: `${channelName}: the app's own blocklist (the channel itself cannot block); ${filed}.`,
      };
  }
}
