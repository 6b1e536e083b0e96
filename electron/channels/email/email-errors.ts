// Turns what imapflow, nodemailer and Node's sockets throw into a ChannelError a clerk can act on.
import { ChannelError } from '../channel-error';
import type { MailServerContext } from './email-config';

const hostNotFound = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EDNS']);
const timedOut = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT', 'ETIMEOUT', 'ETIMEDOUT']);
const connectionLost = new Set([
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EConnectionClosed',
  'NoConnection',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'ECONNECTION',
  'ESOCKET',
]);
// Node's TLS failures: OpenSSL (ERR_SSL_*), Node (ERR_TLS_*) and certificate verification codes.
const tlsCode = /^(ERR_SSL_|ERR_TLS_|EPROTO$|ETLS$|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(GET|VERIFY)_)/;

interface ErrorFacts {
  code: string | undefined;
  /** nodemailer wraps socket errors (ESOCKET, EDNS) and keeps the socket's code here. */
  originalCode: string | undefined;
  message: string;
  authenticationFailed: boolean;
  tlsFailed: boolean;
  /** The server's own words: IMAP responseText or the SMTP reply. */
  serverText: string | undefined;
  smtpResponseCode: number | undefined;
  throttleReset: number | undefined;
  /** imapflow, nodemailer and Node's sockets mark their errors with a code or the server's answer. */
  fromMailStack: boolean;
}

/**
 * The ChannelError for a failure of the mail server, the network or the mail libraries. Anything else
 * (a TypeError in our own code) is a bug and is thrown on as it is.
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
      ? new ChannelError('auth', `The email server refused the access token for ${server.user} (${server.protocol} ${server.host}): it may have expired or been revoked. Reconnect the email account.`)
      : new ChannelError('auth', `The email server refused the user name or password for ${server.user} (${server.protocol} ${server.host}). Check them in the email account settings.`);
  }
  if (has(hostNotFound)) {
    return new ChannelError('network', `Email server ${server.host} not found (${server.protocol}): check the server name in the email account settings, and the internet connection.`);
  }
  if (codes.includes('ECONNREFUSED')) {
    return new ChannelError('network', `Email server ${server.host} refused the connection on port ${server.port} (${server.protocol}): check the port number, and that the server is running.`);
  }
  if (facts.tlsFailed || codes.some((code) => tlsCode.test(code)) || facts.message.includes('SSL routines')) {
    return new ChannelError(
      'network',
      `Could not make a secure (TLS) connection to email server ${where}: ${tlsReason(facts)} Check the port, and whether this port expects TLS from the start ("secure") or STARTTLS.`,
    );
  }
  if (has(timedOut)) {
    return new ChannelError('network', `Email server ${where} did not answer in time; it will be tried again.`);
  }
  if (facts.code === 'ETHROTTLE') {
    return new ChannelError('rate-limit', `Email server ${where} asked to slow down.`, facts.throttleReset ?? 60_000);
  }
  if (facts.smtpResponseCode !== undefined && facts.smtpResponseCode >= 500) {
    return new ChannelError('rejected', `The email server (SMTP ${server.host}) refused the message: ${facts.serverText ?? facts.message}`);
  }
  if (facts.smtpResponseCode !== undefined && facts.smtpResponseCode >= 400) {
    return new ChannelError('network', `The email server (SMTP ${server.host}) asked to try again later: ${facts.serverText ?? facts.message}`);
  }
  if (has(connectionLost)) {
    return new ChannelError('network', `The connection to email server ${where} was lost; it will be tried again.`);
  }
  return new ChannelError('unexpected', `Email server ${where} gave an answer the console does not understand: ${facts.serverText ?? facts.message}`);
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

function tlsReason(facts: ErrorFacts): string {
  const codes = `${facts.code ?? ''} ${facts.originalCode ?? ''}`;
  if (codes.includes('WRONG_VERSION_NUMBER') || codes.includes('PACKET_LENGTH_TOO_LONG')) return 'the server answered without TLS.';
  if (/CERT|SELF_SIGNED|UNABLE_TO_/.test(codes)) return `its certificate was not accepted (${facts.message}).`;
  if (codes.includes('ALTNAME')) return `its certificate is for another server name (${facts.message}).`;
  return `${facts.message.split('\n')[0] ?? 'the TLS handshake failed'}.`;
}

function factsOf(error: unknown): ErrorFacts {
  const fields: Record<string, unknown> = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
  const responseCode = fields.responseCode;
  return {
    code: text(fields.code),
    originalCode: text(fields.originalCode),
    message: error instanceof Error ? error.message : String(error),
    authenticationFailed: fields.authenticationFailed === true,
    tlsFailed: fields.tlsFailed === true,
    serverText: text(fields.responseText) ?? text(fields.response),
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
