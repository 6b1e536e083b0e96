// A password never goes to a mail server in the clear: without TLS from the start, STARTTLS is required
// (only a server on this computer may go without, as the Dovecot tests do).
import { afterEach, describe, expect, it } from 'vitest';
import { startDovecot, type DovecotServer } from '../../../testing/support/dovecot';
import {
  credentialForms,
  mailListeningPost,
  nonLoopbackAddress,
  type MailListeningPost,
} from '../../../testing/support/listening-post';
import { EmailConnector } from './email-connector';

const user = 'clerk@parish.test';
const password = 'Parish-Mail-Password-2026';
const elsewhere = nonLoopbackAddress();
const running: (MailListeningPost | DovecotServer)[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await ('stop' in server ? server.stop() : server.close());
});

const login = { user, password, secure: false };

function expectNoPassword(post: MailListeningPost): void {
  expect(post.connections()).toBeGreaterThan(0);
  for (const form of credentialForms(user, password)) expect(post.received()).not.toContain(form);
}

// The listening posts must be on an address the console takes for another computer: a network card's.
describe.skipIf(elsewhere === null)('email to a server on another computer without TLS from the start', () => {
  it('refuses to log in to IMAP unless the server offers STARTTLS, and says so in one sentence', async () => {
    const imap = await mailListeningPost('IMAP', elsewhere ?? '');
    running.push(imap);
    const connector = new EmailConnector({
      address: user,
      imap: { host: imap.host, port: imap.port, ...login },
      smtp: { host: imap.host, port: 1, ...login },
    });
    expect(await connector.verify()).toEqual({
      ok: false,
      message: `Email server ${imap.host}:${imap.port} (IMAP) does not offer a secure connection (STARTTLS), so the console did not send the password: tick “uses TLS from the start” if this is port 993, or use the secure port your provider gives.`,
    });
    await expect(connector.poll(null)).rejects.toMatchObject({ kind: 'network' });
    expectNoPassword(imap);
    expect(imap.received()).not.toMatch(/LOGIN|AUTHENTICATE/i);
  });

  it('refuses to log in to SMTP unless the server offers STARTTLS', async () => {
    const dovecot = await startDovecot();
    const smtp = await mailListeningPost('SMTP', elsewhere ?? '');
    running.push(dovecot, smtp);
    const connector = new EmailConnector({
      address: user,
      imap: { host: dovecot.host, port: dovecot.port, secure: false, user: dovecot.user, password: dovecot.password },
      smtp: { host: smtp.host, port: smtp.port, ...login },
    });
    expect(await connector.verify()).toEqual({
      ok: false,
      message: `Email server ${smtp.host}:${smtp.port} (SMTP) does not offer a secure connection (STARTTLS), so the console did not send the password: tick “uses TLS from the start” if this is port 465, or use the secure port your provider gives.`,
    });
    expectNoPassword(smtp);
    expect(smtp.received()).not.toMatch(/^AUTH/im);
  });
});

describe('email to a server on this computer', () => {
  it('may go without TLS, as a local relay or the test servers do', async () => {
    const imap = await mailListeningPost('IMAP');
    running.push(imap);
    const connector = new EmailConnector({
      address: user,
      imap: { host: imap.host, port: imap.port, ...login },
      smtp: { host: imap.host, port: 1, ...login },
    });
    expect(await connector.verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('refused the user name or password') as string,
    });
    expect(imap.received()).toContain(password);
  });
});
