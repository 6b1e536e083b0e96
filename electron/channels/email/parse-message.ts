// One raw email from the inbox into an IncomingItem: MIME decoded by mailparser, threaded by its
// Message-ID / In-Reply-To / References headers (RFC 5322 3.6.4), attachments listed but never opened.
import type { Attachment, ParsedMail } from 'mailparser';
import type { IncomingItem } from '../../core/incoming-item';
import { loadOnFirstUse } from '../../app/load-on-first-use';
import type { RejectedPayload } from '../connector';
import { htmlToText } from './html-to-text';

export interface InboxMessage {
  uid: number;
  uidValidity: number;
  source: Buffer;
  /** When the server received it: the fallback for a missing or broken Date header. */
  internalDate: Date;
}

export type ParsedEmail = { ok: true; item: IncomingItem } | { ok: false; rejected: RejectedPayload };

/** How much of a message we keep aside when it cannot be read. */
const rejectedRawLimit = 64 * 1024;

// Loaded when the first email is read: a council with no email account never pays for mailparser.
const loadMailparser = loadOnFirstUse(() => import('mailparser'));

export async function parseMessage(message: InboxMessage, councilAddress: string): Promise<ParsedEmail> {
  const { simpleParser } = await loadMailparser();
  let mail: ParsedMail;
  try {
    // keepCidLinks: the html stays as the sender wrote it; inline images are not turned into data URIs.
    mail = await simpleParser(message.source, { keepCidLinks: true });
  } catch (error) {
    return rejected(
      message,
      `The email (IMAP UID ${message.uid}) could not be read as a MIME message: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const sender = mail.from?.value.find((address) => address.address && looksLikeAddress(address.address));
  if (!sender?.address) {
    const fromHeader = rawHeader(mail, 'from');
    return rejected(
      message,
      fromHeader
        ? `The email (IMAP UID ${message.uid}) has a From header with no usable address ("${fromHeader}"), so it cannot be attributed to anyone.`
        : `The email (IMAP UID ${message.uid}) has no From header, so it cannot be attributed to anyone.`,
    );
  }
  const email = sender.address.toLowerCase();
  const externalId = ownMessageId(rawHeader(mail, 'message-id')) ?? `<uid-${message.uidValidity}-${message.uid}@local>`;
  const inReplyTo = firstMessageId(rawHeader(mail, 'in-reply-to'));
  const references = messageIds(rawHeader(mail, 'references'));
  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : null;
  const body = mail.text?.trim() || (html ? htmlToText(html) : '');

  const item: IncomingItem = {
    externalId,
    channel: 'email',
    kind: 'email',
    author: { externalId: email, name: sender.name.trim() || email, handle: null, email, phone: null },
    subject: mail.subject ?? null,
    text: [body, ...mail.attachments.map(attachmentLine)].filter(Boolean).join('\n\n'),
    html,
    receivedAt: receivedAt(mail, message.internalDate).toISOString(),
    threadId: references[0] ?? inReplyTo ?? externalId,
    parentExternalId: inReplyTo,
    url: null,
    fromCouncil: email === councilAddress.toLowerCase(),
    expectedReasons: null,
  };
  return { ok: true, item };
}

/** "[attachment: minutes.pdf, application/pdf, 12 KB]": what a clerk needs, without opening it. */
export function attachmentLine(attachment: Pick<Attachment, 'filename' | 'contentType' | 'size'>): string {
  return `[attachment: ${attachment.filename ?? 'unnamed'}, ${attachment.contentType}, ${sizeText(attachment.size)}]`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The Date header when it parses; mailparser would put today's date in place of a broken one. */
function receivedAt(mail: ParsedMail, internalDate: Date): Date {
  const header = rawHeader(mail, 'date');
  const sent = header ? new Date(header.replace(/\([^)]*\)/g, '').trim()) : null;
  return sent && !Number.isNaN(sent.getTime()) ? sent : internalDate;
}

/** The header's value as written (unfolded), since mailparser reshapes Date and In-Reply-To. */
function rawHeader(mail: ParsedMail, key: string): string | null {
  const line = mail.headerLines.find((header) => header.key === key)?.line;
  if (line === undefined) return null;
  return (
    line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim() || null
  );
}

function messageIds(value: string | null): string[] {
  return value ? [...value.matchAll(/<[^<>\s]+>/g)].map((match) => match[0]) : [];
}

function firstMessageId(value: string | null): string | null {
  return messageIds(value)[0] ?? null;
}

/** Some mail programs leave out the angle brackets; the id is the same message either way. */
function ownMessageId(value: string | null): string | null {
  if (!value) return null;
  return firstMessageId(value) ?? (/^[^\s<>]+@[^\s<>]+$/.test(value) ? `<${value}>` : null);
}

function looksLikeAddress(address: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(address);
}

function rejected(message: InboxMessage, error: string): ParsedEmail {
  return { ok: false, rejected: { raw: message.source.subarray(0, rejectedRawLimit).toString('utf8'), error } };
}
