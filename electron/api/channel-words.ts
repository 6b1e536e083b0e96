// Channels, kinds of item and what happened to a channel action, in the clerk's words.
import { channelNames, type Channel, type ChannelActionState, type ItemKind, type ItemStatus } from './domain';
import { ukCalendarDate, ukDate, ukDayAndTime, ukTime, type Instant } from './uk-time';

const itemNames: Readonly<Record<Channel, Partial<Record<ItemKind, string>>>> = {
  facebook: { comment: 'Facebook comment', message: 'Facebook message' },
  x: { mention: 'X post mentioning the council', dm: 'X direct message' },
  email: { email: 'Email' },
  website: { comment: 'Website comment' },
  sms: { sms: 'Text message (SMS)' },
};
const channelWords: Readonly<Record<Channel, { name: string; place: string; reached: string }>> = {
  facebook: { name: 'Facebook', place: 'on Facebook', reached: 'Facebook' },
  x: { name: 'X', place: 'on X', reached: 'X' },
  email: { name: 'Email', place: 'in the council mailbox', reached: 'the council mailbox' },
  website: { name: 'Website', place: 'on the website', reached: 'the website' },
  sms: { name: 'Text message (SMS)', place: 'by text message', reached: 'the phone network' },
};

/** ('x', 'mention') → "X post mentioning the council"; ('sms', 'sms') → "Text message (SMS)", never "sms sms". */
export function itemKindName(channel: Channel, kind: ItemKind): string {
  return itemNames[channel][kind] ?? `${channelWords[channel].name} ${kind === 'dm' ? 'direct message' : kind}`;
}

const statusNames: Readonly<Record<ItemStatus, string>> = {
  new: 'New',
  handled: 'Handled',
  removed: 'Removed',
  blocked: 'Blocked sender',
};
const isChannel = (channel: string): channel is Channel => Object.hasOwn(channelNames, channel);
const isStatus = (status: string): status is ItemStatus => Object.hasOwn(statusNames, status);

/** 'handled' → "Handled": an item's status as the record shows it. */
export const itemStatusName = (status: string): string => (isStatus(status) ? statusNames[status] : status);

/** 'sms' → "SMS", for a channel id read back from the store as text. */
export const channelName = (channel: string): string => (isChannel(channel) ? channelNames[channel] : channel);

/** A kind of item read back from the store as text: ('sms', 'sms') → "Text message (SMS)". */
export function storedKindName(channel: string, kind: string): string {
  return isChannel(channel) ? itemKindName(channel, kind as ItemKind) : `${channel} ${kind}`;
}

/** "on Facebook", "in the council mailbox". */
export const channelPlace = (channel: Channel): string => channelWords[channel].place;

export type DeliveryState = ChannelActionState['state'];

/** Where a reply or other message stands: "Sending…", "Sent", "Could not send: <reason>". */
export function deliveryWords(state: DeliveryState, lastError: string | null = null): string {
  switch (state) {
    case 'queued':
    case 'delivering':
      return 'Sending…';
    case 'delivered':
      return 'Sent';
    case 'failed':
      return `Could not send: ${reasonOf(lastError)}`;
    case 'cancelled':
      return 'Not sent: cancelled before it went';
  }
}

interface OperationWords {
  /** After it happened: "Hidden". */
  done: string;
  /** While waiting or trying: "Hiding". */
  doing: string;
  /** After "Could not": "hide". */
  verb: string;
  /** False where the place adds nothing ("Sent", not "Sent on Facebook"). */
  placed: boolean;
}

const operations: Readonly<Record<string, OperationWords>> = {
  hide: { done: 'Hidden', doing: 'Hiding', verb: 'hide', placed: true },
  unhide: { done: 'Shown again', doing: 'Showing it again', verb: 'show it again', placed: true },
  delete: { done: 'Deleted', doing: 'Deleting', verb: 'delete', placed: true },
  'move-to-folder': {
    done: 'Moved to "Removed"',
    doing: 'Moving to "Removed"',
    verb: 'move it to "Removed"',
    placed: true,
  },
  'move-back': {
    done: 'Moved back to the inbox',
    doing: 'Moving back to the inbox',
    verb: 'move it back to the inbox',
    placed: true,
  },
  trash: { done: 'Moved to the bin', doing: 'Moving to the bin', verb: 'move it to the bin', placed: true },
  untrash: {
    done: 'Taken out of the bin',
    doing: 'Taking out of the bin',
    verb: 'take it out of the bin',
    placed: true,
  },
  spam: { done: 'Marked as spam', doing: 'Marking as spam', verb: 'mark it as spam', placed: true },
  unspam: { done: 'Marked as not spam', doing: 'Marking as not spam', verb: 'mark it as not spam', placed: true },
  'post-notice': {
    done: 'Removal notice posted',
    doing: 'Posting the removal notice',
    verb: 'post the removal notice',
    placed: true,
  },
  'delete-notice': {
    done: 'Removal notice deleted',
    doing: 'Deleting the removal notice',
    verb: 'delete the removal notice',
    placed: true,
  },
  reply: { done: 'Sent', doing: 'Sending', verb: 'send', placed: false },
  forward: { done: 'Forwarded by email', doing: 'Forwarding', verb: 'forward', placed: false },
  'send-file': { done: 'Sent by email', doing: 'Sending by email', verb: 'send it by email', placed: false },
  block: { done: 'Blocked from the Page', doing: 'Blocking from the Page', verb: 'block from the Page', placed: false },
  unblock: {
    done: 'Unblocked on the Page',
    doing: 'Unblocking on the Page',
    verb: 'unblock on the Page',
    placed: false,
  },
  mute: { done: 'Muted', doing: 'Muting', verb: 'mute', placed: true },
  unmute: { done: 'Unmuted', doing: 'Unmuting', verb: 'unmute', placed: true },
};

/** The channel operations this glossary has words for (the outbox's `operation`). */
export const channelOperations = Object.keys(operations);

const reasonOf = (lastError: string | null): string => lastError?.trim() || 'the channel gave no reason';

// "at 23:27" today, "on Sat 5 Dec at 23:27" another day this year, "on 5 Dec 2025" before that.
function when(at: Instant, now: Date): string {
  const [day, today] = [ukCalendarDate(at), ukCalendarDate(now)];
  if (day === today) return `at ${ukTime(at)}`;
  if (day.slice(0, 4) === today.slice(0, 4)) return `on ${ukDayAndTime(at).replace(', ', ' at ')}`;
  return `on ${ukDate(at)}`;
}

export interface ChannelActionForWords {
  operation: string;
  state: DeliveryState;
  lastError: string | null;
  /** When it was delivered, if known. */
  at?: string | null;
}

/**
 * One channel action on one item: "Hidden on Facebook at 23:27", "Hiding on Facebook…",
 * "Could not hide on Facebook: <reason>"; a reply reads "Sending…", "Sent", "Could not send: <reason>".
 */
export function channelActionWords(action: ChannelActionForWords, channel: Channel, now: Date): string {
  const words = operations[action.operation] ?? { done: 'Done', doing: 'Working', verb: 'do it', placed: true };
  const place = words.placed ? ` ${channelPlace(channel)}` : '';
  switch (action.state) {
    case 'queued':
    case 'delivering':
      return `${words.doing}${place}…`;
    case 'delivered':
      return `${words.done}${place}${action.at ? ` ${when(action.at, now)}` : ''}`;
    case 'failed':
      return `Could not ${words.verb}${place}: ${reasonOf(action.lastError)}`;
    case 'cancelled':
      return `Cancelled before it reached ${channelWords[channel].reached}`;
  }
}
