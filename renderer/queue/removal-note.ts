// What a row's menu says before the click when the channel cannot take the item down.
import { channelNames, kindNames, type QueueItem } from '../../electron/api/domain';

export function removalNote(item: QueueItem | undefined): string | null {
  if (!item || item.channelCanRemove) return null;
  return `${channelNames[item.channel]} does not let the council remove a ${kindNames[item.kind].toLowerCase()}: it will leave the queue and stay in the record.`;
}
