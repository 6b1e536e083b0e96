// Reads new mail from INBOX by UID, a page at a time, from a cursor of { uidValidity, lastUid }.
import { readCursorAs } from '../cursor';
import type { ImapFlow } from 'imapflow';
import { z } from 'zod';
import type { IncomingItem } from '../../core/incoming-item';
import type { PollResult, RejectedPayload } from '../connector';
import type { EmailSession } from './email-config';
import { withImap } from './imap-session';
import { parseMessage } from './parse-message';

export const pageSize = 200;
/** A first sync takes at most the last 30 days, and at most this many of them. */
const firstSyncDays = 30;
const firstSyncLimit = 500;

const cursorSchema = z.object({ uidValidity: z.number().int().positive(), lastUid: z.number().int().nonnegative() });
export type InboxCursor = z.infer<typeof cursorSchema>;

export function readCursor(cursor: string | null): InboxCursor | null {
  return readCursorAs(cursorSchema, cursor);
}

export async function pollInbox(config: EmailSession, cursor: string | null): Promise<PollResult> {
  const saved = readCursor(cursor);
  const now = config.now?.() ?? new Date();
  return withImap(config.imap, async (client) => {
    // EXAMINE: reading never changes the council's \Seen flags.
    const lock = await client.getMailboxLock('INBOX', { readOnly: true });
    try {
      const mailbox = client.mailbox;
      if (!mailbox) throw new Error('INBOX is not selected after SELECT');
      const uidValidity = Number(mailbox.uidValidity);
      // A new UIDVALIDITY means every UID we knew is void (RFC 9051 2.3.1.1): start again; the store
      // ignores the emails it already has by their Message-ID.
      const after =
        saved && saved.uidValidity === uidValidity ? saved.lastUid : await firstSyncStart(client, mailbox.uidNext, now);
      const waiting = await uidsAfter(client, after);
      const page = waiting.slice(0, pageSize);
      const items: IncomingItem[] = [];
      const rejected: RejectedPayload[] = [];
      if (page.length > 0) {
        // UID FETCH first:last: every UID between them that exists is on this page (they are sorted).
        const fetched = await client.fetchAll(
          `${page[0]}:${page[page.length - 1]}`,
          { uid: true, source: true, internalDate: true },
          { uid: true },
        );
        for (const message of fetched.sort((a, b) => a.uid - b.uid)) {
          if (message.uid <= after) continue;
          if (!message.source) {
            rejected.push({
              raw: JSON.stringify({ uid: message.uid }),
              error: `The email server sent no content for the email with IMAP UID ${message.uid}.`,
            });
            continue;
          }
          const parsed = await parseMessage(
            {
              uid: message.uid,
              uidValidity,
              source: message.source,
              internalDate: dateOf(message.internalDate) ?? now,
            },
            config.address,
          );
          if (parsed.ok) items.push(parsed.item);
          else rejected.push(parsed.rejected);
        }
      }
      const lastUid = page[page.length - 1] ?? after;
      return {
        items,
        rejected,
        nextCursor: JSON.stringify({ uidValidity, lastUid } satisfies InboxCursor),
        more: waiting.length > page.length,
      };
    } finally {
      lock.release();
    }
  });
}

/** The UID to read after on a first sync: just before the oldest of the last 500 emails of 30 days. */
async function firstSyncStart(client: ImapFlow, uidNext: number, now: Date): Promise<number> {
  const since = new Date(now.getTime() - firstSyncDays * 24 * 60 * 60 * 1000);
  const recent = await client.search({ since }, { uid: true });
  const uids = Array.isArray(recent) ? [...recent].sort((a, b) => a - b).slice(-firstSyncLimit) : [];
  const oldest = uids[0];
  return oldest === undefined ? Math.max(uidNext - 1, 0) : oldest - 1;
}

async function uidsAfter(client: ImapFlow, after: number): Promise<number[]> {
  // "N:*" always matches the newest message, even when its UID is below N (RFC 9051 6.4.8): filter.
  const found = await client.search({ uid: `${after + 1}:*` }, { uid: true });
  return Array.isArray(found) ? found.filter((uid) => uid > after).sort((a, b) => a - b) : [];
}

function dateOf(value: Date | string | undefined): Date | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
