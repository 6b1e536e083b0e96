// Turns what imapflow, nodemailer and Node's sockets throw into a ChannelError a clerk can act on.
import { ChannelError } from '../channel-error';
import type { MailServerContext } from './email-config';

const hostNotFound = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EDNS']);
// Node's TLS failures: OpenSSL (ERR_SSL_*), Node (ERR_TLS_*) and certificate verification codes.
const tlsCode =
  /^(ERR_SSL_|ERR_TLS_|EPROTO$|ETLS$|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(GET|VERIFY)_)/;

interface ErrorFacts {
  code: string | undefined;
  /** nodemailer wraps socket errors (ESOCKET, EDNS) and keeps the socket's code here. */
  originalCode: string | undefined;
  message: string;
  authenticationFailed: boolean;
  tlsFailed: boolean;
  smtpResponseCode: number | undefined;
  /** nodemailer's stage of the exchange (CONN, EHLO, AUTH PLAIN, DATA…). */
  command: string | undefined;
  throttleReset: number | undefined;
  /** imapflow, nodemailer and Node's sockets mark their errors with a code or the server's answer. */
  fromMailStack: boolean;
}

/**
 * The ChannelError for a failure of the mail server, the network or the mail libraries. Anything else
 * (a TypeError in our own code) is a bug and is thrown on as it is.
 *
 * Nothing the server wrote is repeated (the address was typed in, so it may be any server), and a
 * refused, silent, cut-off or strange-speaking port all read the same: the clerk checks the address and
 * port either way, and Test connection must not be a way to map what answers on a network.
 */
export function emailChannelError(error: unknown, server: MailServerContext): ChannelError {
  if (error instanceof ChannelError) return error;
  const facts = factsOf(error);
  if (!facts.fromMailStack) throw error;
  const codes = [facts.code, facts.originalCode].filter((code): code is string => code !== undefined);
  const has = (set: ReadonlySet<string>): boolean => codes.some((code) => set.has(code));
  const where = `${server.host}:${server.port} (${server.protocol})`;

  if (refusedSignIn(facts) || facts.code === 'ENOAUTH' || facts.code === 'EOAUTH2') {
    return server.usesToken
      ? new ChannelError(
          'auth',
          `The email server refused the access token for ${server.user} (${server.protocol} ${server.host}): it may have expired or been revoked. Reconnect the email account.`,
        )
      : new ChannelError(
          'auth',
          `The email server refused the user name or password for ${server.user} (${server.protocol} ${server.host}). Check them in the email account settings.`,
        );
  }
  if (has(hostNotFound)) {
    return new ChannelError(
      'network',
      `Email server ${server.host} not found (${server.protocol}): check the server name in the email account settings, and the internet connection.`,
    );
  }
  if (noStartTls(facts)) {
    return new ChannelError(
      'network',
      `Email server ${where} does not offer a secure connection (STARTTLS), so the console did not send the password: tick “uses TLS from the start” if this is port ${server.protocol === 'IMAP' ? 993 : 465}, or use the secure port your provider gives.`,
    );
  }
  if (facts.tlsFailed || codes.some((code) => tlsCode.test(code)) || facts.message.includes('SSL routines')) {
    return new ChannelError(
      'network',
      `Could not make a secure (TLS) connection to email server ${where}: ${tlsReason(facts)}`,
    );
  }
  if (facts.code === 'ETHROTTLE') {
    return new ChannelError('rate-limit', `Email server ${where} asked to slow down.`, facts.throttleReset ?? 60_000);
  }
  if (
    facts.smtpResponseCode !== undefined &&
    facts.smtpResponseCode >= 500 &&
    facts.command !== 'CONN' &&
    facts.command !== 'EHLO'
  ) {
    return new ChannelError(
      'rejected',
      `The email server (SMTP ${server.host}) refused the message (SMTP ${facts.smtpResponseCode}): ${smtpRefusal(facts.smtpResponseCode)}`,
    );
  }
  if (
    facts.smtpResponseCode !== undefined &&
    facts.smtpResponseCode >= 400 &&
    facts.smtpResponseCode < 500 &&
    facts.command !== 'CONN' &&
    facts.command !== 'EHLO'
  ) {
    return new ChannelError(
      'network',
      `The email server (SMTP ${server.host}) asked to try again later (SMTP ${facts.smtpResponseCode}); the console will.`,
    );
  }
  return new ChannelError(
    'network',
    `Could not reach the email server at ${where}. Check the address and port; the console will try again.`,
  );
}

/** What an SMTP refusal of a message usually means (RFC 5321 4.2.3), in the clerk's words. */
function smtpRefusal(code: number): string {
  if (code === 550 || code === 551 || code === 553)
    return 'the address may be wrong, or the recipient does not accept mail from the council.';
  if (code === 552) return 'the message is too large, or the recipient’s mailbox is full.';
  if (code === 554) return 'it was turned away, perhaps as spam.';
  return 'check the recipient’s address.';
}

/** The server did not offer STARTTLS (or refused the command), which the console requires before a login. */
function noStartTls(facts: ErrorFacts): boolean {
  return (
    /does not support STARTTLS|STARTTLS is not possible|The transport can not start TLS/.test(facts.message) ||
    (facts.code === 'ETLS' && facts.command === 'STARTTLS' && facts.message.startsWith('Error upgrading'))
  );
}

/**
 * True when the server refused the credentials: an IMAP tagged NO to LOGIN/AUTHENTICATE (imapflow's
 * authenticationFailed) or an SMTP AUTH refusal such as 535 (nodemailer's EAUTH). Not a missing login.
 */
export function signInRefused(error: unknown): boolean {
  return refusedSignIn(factsOf(error));
}

function refusedSignIn(facts: ErrorFacts): boolean {
  return facts.authenticationFailed || facts.code === 'EAUTH';
}

/** Why TLS failed, from the error codes only; the certificate's own text is not repeated. */
function tlsReason(facts: ErrorFacts): string {
  const codes = `${facts.code ?? ''} ${facts.originalCode ?? ''} ${facts.message.includes('wrong version number') ? 'WRONG_VERSION_NUMBER' : ''}`;
  const port = 'Check the port, and whether this port expects TLS from the start or STARTTLS.';
  if (codes.includes('WRONG_VERSION_NUMBER') || codes.includes('PACKET_LENGTH_TOO_LONG'))
    return `the server answered without TLS. ${port}`;
  if (codes.includes('ALTNAME') || /altnames/i.test(facts.message))
    return 'its certificate is for another server name. Check the server name.';
  if (codes.includes('EXPIRED')) return 'its certificate has expired. Ask the email provider to renew it.';
  if (/CERT|SELF_SIGNED|UNABLE_TO_/.test(codes))
    return "its certificate is not trusted. Check the server name, the computer's clock and any proxy that intercepts secure connections.";
  return `the secure connection could not be set up. ${port}`;
}

function factsOf(error: unknown): ErrorFacts {
  const fields: Record<string, unknown> =
    typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.length > 0 ? value : undefined;
  const responseCode = fields.responseCode;
  return {
    code: text(fields.code),
    originalCode: text(fields.originalCode),
    message: error instanceof Error ? error.message : String(error),
    authenticationFailed: fields.authenticationFailed === true,
    tlsFailed: fields.tlsFailed === true,
    command: text(fields.command),
    smtpResponseCode: typeof responseCode === 'number' ? responseCode : undefined,
    throttleReset: typeof fields.throttleReset === 'number' ? fields.throttleReset : undefined,
    fromMailStack:
      text(fields.code) !== undefined ||
      text(fields.responseStatus) !== undefined ||
      typeof responseCode === 'number' ||
      fields.authenticationFailed === true ||
      fields.tlsFailed === true,
  };
}
