// A throwaway Dovecot IMAP server on loopback for integration tests: its own folder, port and mailboxes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

export interface MailUser {
  user: string;
  password: string;
}

export interface DovecotServer extends MailUser {
  host: string;
  port: number;
  /** Every mailbox on the server, the council's (user/password above) first. */
  users: readonly MailUser[];
  stop(): Promise<void>;
}

export const councilMailbox: MailUser = { user: 'clerk@parish.test', password: 'secret' };
export const residentMailbox: MailUser = { user: 'resident@example.org', password: 'resident-secret' };

const dovecotBinary = '/usr/sbin/dovecot';

// The notes' template (/work/shared/notes/dovecot-test.conf): runs as root without touching /etc,
// plaintext login on loopback, a passwd-file and Maildir storage, all under one folder.
const configTemplate = `protocols = imap
listen = 127.0.0.1
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login@MECHANISMS@
default_login_user = nobody
default_internal_user = nobody
default_internal_group = nogroup
mail_fsync = never
service imap-login {
  inet_listener imap {
    port = @PORT@
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/users
}
@OAUTH2_PASSDB@userdb {
  driver = static
  args = uid=nobody gid=nogroup home=@DIR@/mail/%u
}
mail_location = maildir:~/Maildir
`;

// OAuth2 mode (Dovecot 2.3's oauth2 passdb): XOAUTH2 as Microsoft 365 and Gmail offer it, each token checked
// with the provider's introspection endpoint (RFC 7662), whose answer names the user and says { active: true }.
// https://doc.dovecot.org/2.3/configuration_manual/authentication/oauth2/
// Passwords still work, through the passwd-file passdb. A refused token is answered without the failure delay,
// and without the penalty (anvil-auth-penalty) that would hold the next sign-in from 127.0.0.1 for seconds.
const oauth2Settings = `auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = oauth2
  mechanisms = xoauth2
  args = @DIR@/dovecot-oauth2.conf.ext
}
`;

const oauth2Template = `introspection_mode = post
introspection_url = @URL@
username_attribute = username
active_attribute = active
active_value = true
`;

export interface DovecotOptions {
  /** Every mailbox on the server, the council's first; the council's and a resident's by default. */
  users?: readonly MailUser[];
  /** Also sign in with XOAUTH2 access tokens, checked at this introspection address (see the fake OAuth server). */
  oauth2IntrospectionUrl?: string;
}

/** Starts Dovecot with the council's and a resident's mailbox; stop() ends it and removes its folder. */
export async function startDovecot(options: DovecotOptions = {}): Promise<DovecotServer> {
  const users = options.users ?? [councilMailbox, residentMailbox];
  const council = users[0];
  if (!council) throw new Error('startDovecot needs at least one user');
  const dir = mkdtempSync(join(tmpdir(), 'dovecot-test-'));
  // Dovecot's mail processes run as nobody and must reach DIR/mail.
  chmodSync(dir, 0o755);
  for (const folder of ['mail', 'run', 'state']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, 'users'), users.map((u) => `${u.user}:{PLAIN}${u.password}\n`).join(''));
  const oauth2 = options.oauth2IntrospectionUrl;
  if (oauth2) writeFileSync(join(dir, 'dovecot-oauth2.conf.ext'), oauth2Template.replace('@URL@', oauth2));
  const config = configTemplate
    .replace('@MECHANISMS@', oauth2 ? ' xoauth2' : '')
    .replace('@OAUTH2_PASSDB@', oauth2 ? oauth2Settings : '')
    .replaceAll('@DIR@', dir);
  execFileSync('chown', ['-R', 'nobody:nogroup', join(dir, 'mail')]);

  let lastError = '';
  // Another process may take the free port between our check and Dovecot's bind: try a few ports.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    writeFileSync(join(dir, 'dovecot.conf'), config.replaceAll('@PORT@', String(port)));
    const child = spawn(dovecotBinary, ['-F', '-c', join(dir, 'dovecot.conf')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const stopChild = stopper(child);
    try {
      await waitForPort(port, child, 10_000);
      const stopOnExit = (): void => void child.kill('SIGKILL');
      process.once('exit', stopOnExit);
      return {
        host: '127.0.0.1',
        port,
        user: council.user,
        password: council.password,
        users,
        stop: async () => {
          process.off('exit', stopOnExit);
          await stopChild();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = `${String(error)} ${stderr}`;
      await stopChild();
    }
  }
  const log = readLog(dir);
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`Dovecot did not start: ${lastError}\n${log}`);
}

/** Connects to one of the server's mailboxes (the council's by default) for a test to look inside. */
export async function openMailbox(server: DovecotServer, user: MailUser = server): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: user.user, pass: user.password },
    logger: false,
    disableAutoIdle: true,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Delivers a raw RFC 822 message into a folder (INBOX by default) with IMAP APPEND; answers its UID. */
export async function appendMessage(
  server: DovecotServer,
  raw: string | Buffer,
  options: { folder?: string; user?: MailUser; flags?: string[]; date?: Date } = {},
): Promise<number> {
  const client = await openMailbox(server, options.user ?? server);
  try {
    const folder = options.folder ?? 'INBOX';
    if (folder !== 'INBOX') await client.mailboxCreate(folder);
    const appended = await client.append(folder, withCrlf(raw), options.flags ?? [], options.date);
    if (!appended || appended.uid === undefined) throw new Error(`APPEND to ${folder} answered no UID`);
    return appended.uid;
  } finally {
    await client.logout();
  }
}

/** Delivers many messages into INBOX over one connection (for paging tests and benchmarks). */
export async function appendMessages(server: DovecotServer, raws: readonly (string | Buffer)[]): Promise<void> {
  const client = await openMailbox(server);
  try {
    for (const raw of raws) await client.append('INBOX', withCrlf(raw));
  } finally {
    await client.logout();
  }
}

/** The Message-IDs in a folder, in UID order; an empty list when the folder does not exist. */
export async function messageIdsIn(server: DovecotServer, folder: string, user: MailUser = server): Promise<string[]> {
  const client = await openMailbox(server, user);
  try {
    const listed = await client.list();
    if (!listed.some((mailbox) => mailbox.path === folder)) return [];
    await client.mailboxOpen(folder, { readOnly: true });
    const messages = await client.fetchAll('1:*', { uid: true, envelope: true });
    return messages.sort((a, b) => a.uid - b.uid).map((message) => message.envelope?.messageId ?? '');
  } finally {
    await client.logout();
  }
}

/** The raw messages in a folder, in UID order, with their flags. */
export async function messagesIn(
  server: DovecotServer,
  folder: string,
  user: MailUser = server,
): Promise<{ uid: number; flags: string[]; source: string }[]> {
  const client = await openMailbox(server, user);
  try {
    const mailbox = await client.mailboxOpen(folder, { readOnly: true });
    if (mailbox.exists === 0) return [];
    const messages = await client.fetchAll('1:*', { uid: true, flags: true, source: true });
    return messages
      .sort((a, b) => a.uid - b.uid)
      .map((message) => ({
        uid: message.uid,
        flags: [...(message.flags ?? [])],
        source: message.source?.toString('utf8') ?? '',
      }));
  } finally {
    await client.logout();
  }
}

/** IMAP wants CRLF line ends; test messages are easier to write with \n. */
export function withCrlf(raw: string | Buffer): Buffer {
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  return Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`dovecot exited (${child.exitCode ?? child.signalCode})`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${port} did not accept connections within ${timeoutMs} ms`);
}

/** True once the IMAP greeting arrives: Dovecot has finished starting (a SIGTERM before that is lost). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (greeting: Buffer) => {
      socket.destroy();
      resolve(greeting.toString('utf8').startsWith('* OK'));
    });
    socket.once('close', () => resolve(false));
    socket.once('error', () => resolve(false));
  });
}

/** SIGTERM on Dovecot's own pid (it ends its children), again each second, SIGKILL if it lingers. */
function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const again = setInterval(() => child.kill('SIGTERM'), 1_000);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearInterval(again);
    clearTimeout(timer);
  };
}

function readLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'dovecot.log'), 'utf8');
  } catch {
    return '(no dovecot.log)';
  }
}
