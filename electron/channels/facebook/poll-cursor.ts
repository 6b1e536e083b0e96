// Where the last Facebook poll stopped: a time mark plus the ids just behind it, so polls never repeat an item.
import { readCursorAs } from '../cursor';
import { z } from 'zod';
import type { IncomingItem } from '../../core/incoming-item';

/**
 * Each poll re-reads a little before the mark, because Facebook can show a comment a moment after its
 * created_time; ids delivered within that overlap are remembered so they are not delivered twice.
 */
export const overlapMs = 15 * 60_000;
/** How far back a first sync looks. */
export const firstSyncMs = 30 * 24 * 60 * 60_000;
/** At most this many items per poll; the rest follows with `more`. */
export const itemsPerPoll = 500;
const rejectedRemembered = 200;

const markSchema = z.object({
  v: z.literal(1),
  /** Milliseconds since the epoch: everything created up to here has been delivered. */
  mark: z.number(),
  /** [externalId, created ms] of items delivered within the overlap before the mark. */
  recent: z.array(z.tuple([z.string(), z.number()])),
  /** Ids of payloads already set aside as unreadable, so the overlap does not set them aside again. */
  rejected: z.array(z.string()),
});
export type PollMark = z.infer<typeof markSchema>;

/** The mark in a cursor; anything unreadable means "first sync". */
export function readCursor(cursor: string | null): PollMark | null {
  return readCursorAs(markSchema, cursor);
}

export function writeCursor(mark: PollMark): string {
  return JSON.stringify(mark);
}

/** The earliest creation time this poll needs to read from the channel. */
export function readFrom(previous: PollMark | null, now: Date): number {
  return previous ? previous.mark - overlapMs : now.getTime() - firstSyncMs;
}

export interface Selection {
  items: IncomingItem[];
  next: PollMark;
  more: boolean;
}

function byTime(a: IncomingItem, b: IncomingItem): number {
  return a.receivedAt.localeCompare(b.receivedAt) || a.externalId.localeCompare(b.externalId);
}

/**
 * The items not yet delivered, oldest first. A first sync keeps the newest `itemsPerPoll` of the last 30
 * days; later polls page forward from the mark, `itemsPerPoll` at a time.
 */
export function selectNew(candidates: IncomingItem[], previous: PollMark | null, now: Date): Selection {
  const from = readFrom(previous, now);
  const delivered = new Set(previous?.recent.map(([id]) => id));
  const unique = new Map<string, IncomingItem>();
  for (const candidate of candidates) {
    const time = Date.parse(candidate.receivedAt);
    if (time >= from && !delivered.has(candidate.externalId)) unique.set(candidate.externalId, candidate);
  }
  const fresh = [...unique.values()].sort(byTime);
  const items = previous ? fresh.slice(0, itemsPerPoll) : fresh.slice(-itemsPerPoll);
  const more = previous !== null && fresh.length > items.length;
  const lastTime = items.length > 0 ? Date.parse(items[items.length - 1]!.receivedAt) : from;
  const mark = Math.max(previous?.mark ?? from, lastTime);
  const recent = [
    ...(previous?.recent ?? []),
    ...items.map((entry): [string, number] => [entry.externalId, Date.parse(entry.receivedAt)]),
  ].filter(([, time]) => time >= mark - overlapMs);
  return { items, next: { v: 1, mark, recent, rejected: previous?.rejected ?? [] }, more };
}

/** The unreadable payloads not already reported, and the mark remembering them. */
export function newRejections<T extends { id: string | null }>(
  rejections: T[],
  next: PollMark,
): { fresh: T[]; next: PollMark } {
  const known = new Set(next.rejected);
  const fresh = rejections.filter((rejection) => rejection.id === null || !known.has(rejection.id));
  const ids = fresh.flatMap((rejection) => (rejection.id === null ? [] : [rejection.id]));
  return { fresh, next: { ...next, rejected: [...next.rejected, ...ids].slice(-rejectedRemembered) } };
}
