// What removing an item does on its channel, decided from the account's capabilities and settings.
import type { KindCapabilities } from '../api/capabilities';
import type { Channel, PolicyReasonId } from '../api/domain';

export type RemovalOperation = 'hide' | 'delete' | 'move-to-folder' | 'trash' | 'spam';
export type RestoreOperation = 'unhide' | 'move-back' | 'untrash' | 'unspam';

export interface AccountRemovalSettings {
  /** Post the policy's removal notice by default where the channel allows it. */
  removalNotice: boolean;
  /** Facebook only: hide (restorable) or delete (final). */
  facebookRemoval: 'hide' | 'delete';
}

export const defaultAccountRemovalSettings: AccountRemovalSettings = { removalNotice: true, facebookRemoval: 'hide' };

export interface RemovalPlan {
  /** The operation queued for the channel; null when the channel cannot remove it (it leaves the queue only). */
  operation: RemovalOperation | null;
  postNotice: boolean;
  restorable: boolean;
}

export function planRemoval(
  channel: Channel,
  capabilities: KindCapabilities,
  settings: AccountRemovalSettings,
  reason: { id: PolicyReasonId; removalNotice: boolean },
  noticeOverride?: boolean,
): RemovalPlan {
  const operation = removalOperation(channel, capabilities, settings, reason.id);
  const noticeByDefault = settings.removalNotice && reason.removalNotice;
  return {
    operation,
    postNotice: capabilities.removalNotice && (noticeOverride ?? noticeByDefault),
    restorable: operation !== null && restoreOperation(operation) !== null,
  };
}

function removalOperation(
  channel: Channel,
  capabilities: KindCapabilities,
  settings: AccountRemovalSettings,
  reasonId: PolicyReasonId,
): RemovalOperation | null {
  switch (capabilities.removal) {
    case 'record-only':
      return null;
    case 'hide':
      return channel === 'facebook' && settings.facebookRemoval === 'delete' ? 'delete' : 'hide';
    case 'trash':
      // WordPress keeps spam apart from the bin, which also trains its spam filter.
      return reasonId === 'commercial-spam' ? 'spam' : 'trash';
    case 'delete':
      return 'delete';
    case 'move-to-folder':
      return 'move-to-folder';
  }
}

/** The operation that reverses a removal on the channel; null when it cannot be reversed (a deletion). */
export function restoreOperation(operation: RemovalOperation): RestoreOperation | null {
  switch (operation) {
    case 'hide':
      return 'unhide';
    case 'move-to-folder':
      return 'move-back';
    case 'trash':
      return 'untrash';
    case 'spam':
      return 'unspam';
    case 'delete':
      return null;
  }
}

/** What removing an item of this kind will do, said plainly before the click. */
export function describeRemoval(
  channelName: string,
  kindName: string,
  capabilities: KindCapabilities,
  settings: AccountRemovalSettings,
): string {
  const thing = kindName.toLowerCase();
  switch (capabilities.removal) {
    case 'record-only':
      return `${channelName} does not let the council remove a ${thing}: removing takes it out of the queue and keeps it in the record.`;
    case 'hide':
      return channelName === 'Facebook' && settings.facebookRemoval === 'delete'
        ? `Removing deletes the ${thing} from Facebook; this cannot be reversed there.`
        : `Removing hides the ${thing} on ${channelName}; it can be restored.`;
    case 'delete':
      return `Removing deletes the ${thing} from ${channelName}; this cannot be reversed there.`;
    case 'move-to-folder':
      return 'Removing moves the email to the "Removed" folder of the council mailbox; it can be moved back.';
    case 'trash':
      return "Removing moves the comment to the website's bin (to spam, for Commercial or spam); it can be restored.";
  }
}
