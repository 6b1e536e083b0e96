// What a channel account can do to an item, so the UI offers only what will really happen.
import type { ItemKind } from './domain';

/** How a removal reaches the channel; 'record-only' means it leaves the queue but stays on the platform. */
export type RemovalMethod = 'hide' | 'delete' | 'move-to-folder' | 'trash' | 'record-only';
export type ReplyForm = 'public-reply' | 'private-reply' | 'direct-message' | 'email' | 'sms';
export type BlockMethod = 'page-block' | 'mute' | 'local-blocklist';

export interface KindCapabilities {
  removal: RemovalMethod;
  canRestore: boolean;
  replies: readonly ReplyForm[];
  /** Characters allowed in one reply, when the channel limits it. */
  replyLimit: number | null;
  /** Whether the policy's "a post … has been removed" statement can be posted in reply. */
  removalNotice: boolean;
}

export interface ChannelCapabilities {
  kinds: Partial<Record<ItemKind, KindCapabilities>>;
  block: BlockMethod;
}

/** What each channel operation is called in the clerk's words (record, detail pane). */
export const channelOperationNames: Readonly<Record<string, string>> = {
  hide: 'hide',
  delete: 'delete',
  'move-to-folder': 'move to "Removed"',
  trash: 'move to the bin',
  spam: 'mark as spam',
  'post-notice': 'removal notice',
  unhide: 'unhide',
  'move-back': 'move back to the inbox',
  untrash: 'take out of the bin',
  unspam: 'mark as not spam',
  'delete-notice': 'delete the removal notice',
  reply: 'reply',
  block: 'block from the Page',
  unblock: 'unblock on the Page',
  mute: 'mute',
  forward: 'forward by email',
  'send-file': 'send a file by email',
  unmute: 'unmute',
};
