// A real SMTP server (smtp-server) on a free loopback port for tests: records what it is given and
// delivers it, by IMAP APPEND, into the Dovecot mailbox of each recipient it knows.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { appendMessage, type DovecotServer } from './dovecot';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The user name the client logged in with. */
  user: string | null;
  raw: Buffer;
}

export interface SmtpSink {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Everything accepted so far, in order. */
  readonly received: readonly ReceivedMail[];
  /** Resolves once at least `count` messages have been received (and delivered). */
  waitFor(count: number, timeoutMs?: number): Promise<readonly ReceivedMail[]>;
  stop(): Promise<void>;
}

export interface SmtpSinkOptions {
  user?: string;
  password?: string;
  /** Recipients with a mailbox on this Dovecot get the message in their INBOX. */
  deliverTo?: DovecotServer;
  /** An access token accepted with XOAUTH2, or a check of the one offered (a token that changes as it is renewed). */
  accessToken?: string | ((offered: string) => boolean);
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const user = options.user ?? options.deliverTo?.user ?? 'clerk@parish.test';
  const password = options.password ?? options.deliverTo?.password ?? 'secret';
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    logger: false,
    // Plain SMTP with AUTH on loopback, like the IMAP side of the tests.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN', 'XOAUTH2'],
    onAuth(auth, _session, callback) {
      const passwordOk = auth.method !== 'XOAUTH2' && auth.username === user && auth.password === password;
      const tokenOk =
        auth.method === 'XOAUTH2' && auth.username === user && tokenAccepted(options.accessToken, auth.accessToken);
      if (passwordOk || tokenOk) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          user: typeof session.user === 'string' ? session.user : null,
          raw: Buffer.concat(chunks),
        };
        deliver(mail, options.deliverTo)
          .then(() => {
            received.push(mail);
            for (const wake of waiters) wake();
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    received,
    waitFor: (count, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (received.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP sink received ${received.length} of ${count} messages in ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function deliver(mail: ReceivedMail, dovecot: DovecotServer | undefined): Promise<void> {
  if (!dovecot) return;
  for (const recipient of mail.to) {
    const mailbox = dovecot.users.find((candidate) => candidate.user.toLowerCase() === recipient.toLowerCase());
    if (mailbox) await appendMessage(dovecot, mail.raw, { user: mailbox });
  }
}

function tokenAccepted(accepted: SmtpSinkOptions['accessToken'], offered: string | undefined): boolean {
  if (accepted === undefined || offered === undefined) return false;
  return typeof accepted === 'function' ? accepted(offered) : offered === accepted;
}
