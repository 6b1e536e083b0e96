// The council's reply to an email (and a new email with a file attached): sent by SMTP with threading headers, a
// copy kept in Sent. The Message-ID comes from the idempotency key, so the Sent folder tells whether a retry already went.
import { createHash } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import { z } from 'zod';
import { isLoopbackHost } from '../../api/accounts';
import { loadOnFirstUse } from '../../app/load-on-first-use';
import { ChannelError } from '../channel-error';
import type { PerformResult } from '../connector';
import { signIn } from './access-token-holder';
import { domainOf, serverContext, type EmailSession, type MailServer, type MailServerConfig } from './email-config';
import { emailChannelError } from './email-errors';
import { ensureFolder, uidsByMessageId, withImap } from './imap-session';

const replySchema = z.object({
  to: z
    .string()
    .trim()
    .regex(/^[^\s@<>]+@[^\s@<>]+$/, 'is not an email address'),
  text: z.string().min(1, 'is empty'),
  subject: z.string().optional(),
  inReplyTo: z.string().optional(),
  references: z.union([z.string(), z.array(z.string())]).optional(),
});
export type ReplyPayload = z.infer<typeof replySchema>;

// Loaded when a reply is first sent or an account checked: a council with no email account never pays for nodemailer.
const loadNodemailer = loadOnFirstUse(() => import('nodemailer'));
const loadMailComposer = loadOnFirstUse(() => import('nodemailer/lib/mail-composer'));

export async function sendReply(
  config: EmailSession,
  payload: Record<string, unknown>,
  idempotencyKey: string,
): Promise<PerformResult> {
  const reply = parsedOrRejected(replySchema, payload, 'The email reply cannot be sent');
  return sendMessage(config, reply, idempotencyKey);
}

const fileSchema = replySchema.extend({
  subject: z.string().trim().min(1, 'is empty'),
  file: z.object({
    name: z.string().trim().min(1, 'has no name'),
    type: z.string().min(1),
    base64: z.string(),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'has no fingerprint'),
  }),
});

/**
 * A new email to one address with one file attached (the subject access export), a copy kept in Sent. The file
 * is checked against the size and SHA-256 fingerprint recorded when it was made, so only that file can go.
 */
export async function sendFile(
  config: EmailSession,
  payload: Record<string, unknown>,
  idempotencyKey: string,
): Promise<PerformResult> {
  const message = parsedOrRejected(fileSchema, payload, 'The email with the file cannot be sent');
  const { file } = message;
  const content = Buffer.from(file.base64, 'base64');
  if (content.length !== file.bytes || createHash('sha256').update(content).digest('hex') !== file.sha256)
    throw new ChannelError(
      'rejected',
      `${file.name} is not the file that was made (it is missing or changed), so nothing was sent; make the export again.`,
    );
  return sendMessage(
    config,
    { ...message, attachments: [{ filename: file.name, content, contentType: file.type }] },
    idempotencyKey,
  );
}

function parsedOrRejected<T>(schema: z.ZodType<T>, payload: Record<string, unknown>, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0];
  throw new ChannelError(
    'rejected',
    `${what}: ${problem ? `${problem.path.join('.') || 'message'} ${problem.message}` : 'its details are incomplete'}.`,
  );
}

interface OutgoingMessage extends ReplyPayload {
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends once per idempotency key: the Message-ID comes from the key, and a copy already in Sent means it went. */
async function sendMessage(
  config: EmailSession,
  message: OutgoingMessage,
  idempotencyKey: string,
): Promise<PerformResult> {
  const sentFolder = config.sentFolder ?? 'Sent';
  const messageId = replyMessageId(idempotencyKey, config.address);
  const { default: MailComposer } = await loadMailComposer();

  return withImap(config.imap, async (client) => {
    await ensureFolder(client, sentFolder);
    if ((await uidsByMessageId(client, sentFolder, messageId)).length > 0) return { ok: true, reference: messageId };

    const inReplyTo = message.inReplyTo?.trim() || undefined;
    const raw = await new MailComposer({
      from: config.address,
      to: message.to,
      subject: message.subject?.trim() || replySubject(inReplyTo ? await subjectOf(client, inReplyTo) : null),
      text: message.text,
      messageId,
      inReplyTo,
      references: referencesFor(message.references, inReplyTo),
      date: config.now?.() ?? new Date(),
      newline: 'win',
      ...(message.attachments ? { attachments: message.attachments } : {}),
    })
      .compile()
      .build();
    await submit(config.smtp, config.address, message.to, raw);
    // If the app stops between sending and this APPEND, a retry sends once more: SMTP cannot be asked
    // whether it already took a message, so this small window stays.
    await client.append(sentFolder, raw, ['\\Seen']);
    return { ok: true, reference: messageId };
  });
}

/** "<key@council-domain>", with the key's characters that a Message-ID cannot hold written as =XX. */
export function replyMessageId(idempotencyKey: string, councilAddress: string): string {
  const local = idempotencyKey.replace(/[^A-Za-z0-9_-]/g, (character) =>
    [...Buffer.from(character, 'utf8')].map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  return `<${local}@${domainOf(councilAddress)}>`;
}

/** References of a reply: the parent's References, then the parent itself (RFC 5322 3.6.4). */
function referencesFor(given: string | string[] | undefined, inReplyTo: string | undefined): string[] | undefined {
  const listed = (Array.isArray(given) ? given : [given ?? '']).flatMap((value) => value.match(/<[^<>\s]+>/g) ?? []);
  if (inReplyTo && !listed.includes(inReplyTo)) listed.push(inReplyTo);
  return listed.length > 0 ? listed : undefined;
}

function replySubject(original: string | null): string {
  if (!original) return 'Re: your email to the council';
  return /^re:/i.test(original.trim()) ? original.trim() : `Re: ${original.trim()}`;
}

/** The subject of the email being answered, when the payload did not say. */
async function subjectOf(client: ImapFlow, messageId: string): Promise<string | null> {
  const [uid] = await uidsByMessageId(client, 'INBOX', messageId);
  if (uid === undefined) return null;
  const lock = await client.getMailboxLock('INBOX', { readOnly: true });
  try {
    const found = await client.fetchOne(String(uid), { envelope: true }, { uid: true });
    return found ? (found.envelope?.subject ?? null) : null;
  } finally {
    lock.release();
  }
}

async function submit(server: MailServer, from: string, to: string, raw: Buffer): Promise<void> {
  // A refused sign-in is answered before MAIL FROM, so the retry after renewing never sends twice.
  await withSmtp(server, (transporter) => transporter.sendMail({ envelope: { from, to: [to] }, raw }));
}

/** Signs in to the SMTP server and out again, or throws the ChannelError saying why it cannot. */
export async function verifySmtp(server: MailServer): Promise<void> {
  await withSmtp(server, (transporter) => transporter.verify());
}

/** Runs one SMTP exchange, signed in (renewing a refused token when it can); failures come out as ChannelError. */
async function withSmtp(server: MailServer, exchange: (transporter: SmtpTransport) => Promise<unknown>): Promise<void> {
  if (!server.password && !server.accessToken) {
    throw new ChannelError(
      'auth',
      `No password or access token is saved for ${server.user} (SMTP ${server.host}). Add one in the email account settings.`,
    );
  }
  try {
    await signIn(server, async (login) => {
      const transporter = await smtpTransport(login);
      try {
        await exchange(transporter);
      } finally {
        transporter.close();
      }
    });
  } catch (error) {
    throw emailChannelError(error, serverContext('SMTP', server));
  }
}

type SmtpTransport = Awaited<ReturnType<typeof smtpTransport>>;

async function smtpTransport(server: MailServerConfig) {
  const { default: nodemailer } = await loadNodemailer();
  return nodemailer.createTransport({
    host: server.host,
    port: server.port,
    secure: server.secure,
    // STARTTLS is required, as for IMAP, except to a server on this computer.
    requireTLS: !server.secure && !isLoopbackHost(server.host),
    auth: server.accessToken
      ? { type: 'OAuth2', user: server.user, accessToken: server.accessToken }
      : { user: server.user, pass: server.password ?? '' },
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
  });
}
