// Email figures against a real Dovecot and SMTP server: a 5,000-message mailbox into the store, and how
// long an email sent to the council takes to reach the queue with IMAP IDLE.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { EmailConnector } from '../electron/channels/email/email-connector';
import { simpleEmail } from '../testing/support/email-test-messages';
import { ConsoleStore } from '../electron/store/console-store';
import { AccountPoller } from '../electron/sync/account-poller';
import { EventHub } from '../electron/sync/event-hub';
import { syncAccount } from '../electron/sync/sync-account';
import { appendMessages, residentMailbox, startDovecot } from '../testing/support/dovecot';
import { startSmtpSink } from '../testing/support/smtp-sink';
import { fixed, line, percentile } from './stats';
import { sqliteHandle } from '../electron/store/sqlite-handle';

const mailbox = Number(process.env.BENCH_EMAILS ?? 5_000);
const arrivals = 10;

const dovecot = await startDovecot();
const sink = await startSmtpSink({ deliverTo: dovecot });
const dataDir = mkdtempSync(join(tmpdir(), 'console-bench-email-'));
const store = ConsoleStore.open(dataDir);
try {
  const connector = new EmailConnector({
    imap: { host: dovecot.host, port: dovecot.port, secure: false, user: dovecot.user, password: dovecot.password },
    smtp: { host: sink.host, port: sink.port, secure: false, user: sink.user, password: sink.password },
    address: dovecot.user,
  });
  const account = store.accounts.add(
    { key: `email:${dovecot.user}`, connector: 'email', channel: 'email', name: 'Council email', config: {} },
    new Date().toISOString(),
  );
  await appendMessages(
    dovecot,
    Array.from({ length: mailbox }, (_, n) => simpleEmail(n)),
  );
  const started = performance.now();
  const added = await syncAccount(store, account, connector, new EventHub(), () => new Date());
  const seconds = (performance.now() - started) / 1000;
  line(`IMAP mailbox of ${mailbox.toLocaleString('en-GB')} into the store (items/s)`, fixed(added / seconds, 0));

  // A resident sends an email through SMTP; Dovecot files it; IDLE wakes the poller; it is in the queue.
  const poller = new AccountPoller(store, account, connector, new EventHub(), () => new Date(), {
    intervalMs: 3_600_000,
  });
  await poller.start();
  await poller.pollNow();
  const transport = createTransport({
    host: sink.host,
    port: sink.port,
    secure: false,
    auth: { user: sink.user, pass: sink.password },
    tls: { rejectUnauthorized: false },
  });
  const latencies: number[] = [];
  for (let n = 0; n < arrivals; n++) {
    const subject = `Pothole on Mill Lane ${n}`;
    const sent = performance.now();
    await transport.sendMail({ from: residentMailbox.user, to: dovecot.user, subject, text: 'It is getting bigger.' });
    while (!sqliteHandle(store).prepare(`SELECT 1 FROM items WHERE subject = ?`).get(subject))
      await new Promise((resolve) => setTimeout(resolve, 5));
    latencies.push(performance.now() - sent);
  }
  await poller.stop();
  line('email sent → in the queue, with IDLE, p50 (ms)', fixed(percentile(latencies, 50), 0));
  line('email sent → in the queue, with IDLE, p95 (ms)', fixed(percentile(latencies, 95), 0), '"in seconds"');
} finally {
  store.close();
  await sink.stop();
  await dovecot.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
