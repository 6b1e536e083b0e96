// Reading Twilio Message resources into incoming SMS items, and where the next poll starts.
import { readCursorAs } from '../cursor';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { IncomingItem } from '../../core/incoming-item';
import type { RejectedPayload } from '../connector';

/** date_sent and date_created are RFC 2822 in Twilio's JSON, e.g. "Wed, 18 Aug 2010 20:01:40 +0000". */
export const twilioDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date');

const messageSchema = z.object({
  sid: z.string().min(1),
  date_sent: twilioDate,
  from: z.string().min(1),
  to: z.string().min(1),
  body: z.string(),
  direction: z.string(),
});

/**
 * Where the next poll starts. Twilio filters by whole days (DateSent>=YYYY-MM-DD, UTC), so the cursor keeps the
 * newest day seen and the sids already delivered from that day.
 */
export interface SmsPosition {
  day: string;
  seen: string[];
}

const positionSchema = z.object({ day: z.iso.date(), seen: z.array(z.string()) });

export function positionFrom(cursor: string | null): SmsPosition | null {
  return readCursorAs(positionSchema, cursor);
}

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface SmsBatch {
  items: IncomingItem[];
  rejected: RejectedPayload[];
  next: SmsPosition;
}

/** Every message fetched in one poll (newest first, as Twilio lists them), read against where the poll started. */
export function readMessages(payloads: readonly unknown[], from: SmsPosition): SmsBatch {
  const items: IncomingItem[] = [];
  const rejected: RejectedPayload[] = [];
  const placed: Place[] = [];
  const seen = new Set(from.seen);
  for (const payload of payloads) {
    // Listed To the council's number, but only what people sent counts: not the council texting itself.
    if (isRecord(payload) && typeof payload.direction === 'string' && payload.direction !== 'inbound') continue;
    // A message still arriving has no date_sent yet; it is read on a later poll, once it has one.
    if (isRecord(payload) && payload.date_sent === null) continue;
    const place = placeOf(payload, from.day);
    if (seen.has(place.key)) continue;
    placed.push(place);
    const message = messageSchema.safeParse(payload);
    if (message.success) items.push(smsItem(message.data));
    else
      rejected.push({
        raw: JSON.stringify(payload),
        error: `Twilio message ${place.sid ?? '(no sid)'} could not be read: ${describeIssues(message.error)}.`,
      });
  }
  items.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return { items, rejected, next: advance(from, placed) };
}

interface Place {
  /** The sid, or for a payload without one a hash of it, so that it is not set aside again on every poll. */
  key: string;
  sid: string | null;
  day: string;
}

function placeOf(payload: unknown, fallbackDay: string): Place {
  const sid = isRecord(payload) && typeof payload.sid === 'string' && payload.sid !== '' ? payload.sid : null;
  const sent = isRecord(payload) && typeof payload.date_sent === 'string' ? Date.parse(payload.date_sent) : Number.NaN;
  const key = sid ?? `raw:${createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 24)}`;
  return { key, sid, day: Number.isNaN(sent) ? fallbackDay : dayOf(new Date(sent)) };
}

function advance(from: SmsPosition, placed: readonly Place[]): SmsPosition {
  const newest = placed.reduce((latest, { day }) => (day > latest ? day : latest), from.day);
  const fromNewest = placed.filter(({ day }) => day === newest).map(({ key }) => key);
  return { day: newest, seen: newest === from.day ? [...new Set([...from.seen, ...fromNewest])] : fromNewest };
}

function smsItem(message: z.infer<typeof messageSchema>): IncomingItem {
  return {
    externalId: message.sid,
    channel: 'sms',
    kind: 'sms',
    author: { externalId: message.from, name: message.from, handle: null, email: null, phone: message.from },
    subject: null,
    text: message.body,
    html: null,
    receivedAt: new Date(message.date_sent).toISOString(),
    // One conversation per sender: the council's replies go back to the same number.
    threadId: message.from,
    parentExternalId: null,
    url: null,
    fromCouncil: false,
    expectedReasons: null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'the message'}: ${issue.message}`).join('; ');
}
