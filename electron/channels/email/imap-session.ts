// One IMAP connection at a time to the council's mailbox, and the folder look-ups the operations share.
import type { ImapFlow } from 'imapflow';
import { isLoopbackHost } from '../../api/accounts';
import { loadOnFirstUse } from '../../app/load-on-first-use';
import { ChannelError } from '../channel-error';
import { signIn } from './access-token-holder';
import { serverContext, type MailServer, type MailServerConfig } from './email-config';
import { emailChannelError } from './email-errors';

export interface ImapClientOptions {
  /** The long-lived IDLE connection of watch(): keeps IDLE going, restarting it now and then. */
  watching?: boolean;
  /** Log in, then log out at once: for verify(). */
  verifyOnly?: boolean;
}

// Loaded when a mailbox is first opened: a council with no email account never pays for imapflow.
const loadImapflow = loadOnFirstUse(() => import('imapflow'));

export async function imapClient(server: MailServerConfig, options: ImapClientOptions = {}): Promise<ImapFlow> {
  const credentials = server.accessToken
    ? { user: server.user, accessToken: server.accessToken }
    : { user: server.user, pass: server.password ?? '' };
  const imapflow = await loadImapflow();
  const client = new imapflow.ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.secure,
    // Without TLS from the start, STARTTLS is required before the login: a server (or someone on the way)
    // that does not offer it never sees the password. Only a server on this computer may go without.
    ...(server.secure || isLoopbackHost(server.host) ? {} : { doSTARTTLS: true }),
    auth: credentials,
    logger: false,
    clientInfo: { name: 'Parish Council Moderation Console' },
    verifyOnly: options.verifyOnly ?? false,
    connectionTimeout: 30_000,
    greetingTimeout: 15_000,
    socketTimeout: options.watching ? 10 * 60_000 : 2 * 60_000,
    disableAutoIdle: !options.watching,
    // RFC 9051 lets servers drop an IDLE session after 30 minutes, and NAT routers forget quiet
    // connections sooner: restart IDLE every few minutes.
    ...(options.watching ? { maxIdleTime: 4 * 60_000, autoIdleDelay: 1_000 } : {}),
  });
  // The failing command rejects as well; an 'error' event with no listener would end the app.
  client.on('error', () => undefined);
  return client;
}

/** Connects and logs in (renewing a refused token when it can), or throws the ChannelError saying why not. */
export async function connectImap(server: MailServer, options: ImapClientOptions = {}): Promise<ImapFlow> {
  if (!server.password && !server.accessToken) {
    throw new ChannelError(
      'auth',
      `No password or access token is saved for ${server.user} (IMAP ${server.host}). Add one in the email account settings.`,
    );
  }
  try {
    return await signIn(server, (login) => openImap(login, options));
  } catch (error) {
    throw emailChannelError(error, serverContext('IMAP', server));
  }
}

async function openImap(login: MailServerConfig, options: ImapClientOptions): Promise<ImapFlow> {
  const client = await imapClient(login, options);
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    throw error;
  }
}

/** Runs work on a fresh logged-in connection and logs out after; failures come out as ChannelError. */
export async function withImap<T>(server: MailServer, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await connectImap(server);
  try {
    return await work(client);
  } catch (error) {
    throw emailChannelError(error, serverContext('IMAP', server));
  } finally {
    await logoutQuietly(client);
  }
}

export async function logoutQuietly(client: ImapFlow): Promise<void> {
  if (!client.usable) {
    client.close();
    return;
  }
  try {
    await client.logout();
  } catch {
    client.close();
  }
}

/** Creates the folder unless it is there already (and subscribes it, so mail programs show it). */
export async function ensureFolder(client: ImapFlow, path: string): Promise<void> {
  const listed = await client.list();
  if (listed.some((mailbox) => mailbox.path === path)) return;
  await client.mailboxCreate(path);
  await client.mailboxSubscribe(path);
}

/** UIDs of the messages with this Message-ID in a folder; none when the folder does not exist. */
export async function uidsByMessageId(client: ImapFlow, folder: string, messageId: string): Promise<number[]> {
  let lock;
  try {
    lock = await client.getMailboxLock(folder);
  } catch (error) {
    if (isMissingMailbox(error)) return [];
    throw error;
  }
  try {
    // SEARCH HEADER is a substring match (RFC 9051 6.4.4); the angle brackets keep it to this id.
    const found = await client.search({ header: { 'message-id': messageId } }, { uid: true });
    return Array.isArray(found) ? found : [];
  } finally {
    lock.release();
  }
}

function isMissingMailbox(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'mailboxMissing' in error && error.mailboxMissing === true;
}
