// The email connector against a real Dovecot (IMAP) and a real SMTP server, both on loopback.
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { simpleParser } from 'mailparser';
import { channelOperation } from '../../../testing/support/channel-operation';
import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendMessage,
  appendMessages,
  messageIdsIn,
  messagesIn,
  residentMailbox,
  startDovecot,
  type DovecotServer,
} from '../../../testing/support/dovecot';
import { startSmtpSink, type SmtpSink } from '../../../testing/support/smtp-sink';
import { ChannelError } from '../channel-error';
import type { ChannelOperation } from '../connector';
import { EmailConnector, type EmailConnectorConfig } from './email-connector';
import {
  councilAddress,
  councilAnswer,
  htmlOnlyWithoutId,
  malformed,
  newsletterWithAttachment,
  potholeComplaint,
  residentFollowUp,
  simpleEmail,
} from '../../../testing/support/email-test-messages';

let dovecot: DovecotServer;
let sink: SmtpSink;

// A fresh mail server pair per test: no test sees another's mail, and a failed test still stops them.
beforeEach(async () => {
  dovecot = await startDovecot();
  sink = await startSmtpSink({ deliverTo: dovecot });
});
afterEach(async () => {
  await sink?.stop();
  await dovecot?.stop();
});

function config(
  overrides: { imap?: Partial<EmailConnectorConfig['imap']>; smtp?: Partial<EmailConnectorConfig['smtp']> } = {},
): EmailConnectorConfig {
  return {
    imap: {
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      user: dovecot.user,
      password: dovecot.password,
      ...overrides.imap,
    },
    smtp: {
      host: sink.host,
      port: sink.port,
      secure: false,
      user: sink.user,
      password: sink.password,
      ...overrides.smtp,
    },
    address: councilAddress,
  };
}

const operation = (
  name: string,
  externalId: string,
  key: string,
  payload: Record<string, unknown> = { externalId },
): ChannelOperation => channelOperation(name, payload, key, externalId);

describe('EmailConnector poll', () => {
  it("reads the inbox: plain, multipart HTML with an attachment, threads, the council's own mail", async () => {
    await appendMessage(dovecot, potholeComplaint);
    await appendMessage(dovecot, councilAnswer);
    await appendMessage(dovecot, residentFollowUp);
    await appendMessage(dovecot, newsletterWithAttachment());
    const noIdUid = await appendMessage(dovecot, htmlOnlyWithoutId);
    // And one delivered for real: a resident's mail program → SMTP → the council's INBOX.
    const resident = nodemailer.createTransport({
      host: sink.host,
      port: sink.port,
      secure: false,
      auth: { user: sink.user, pass: sink.password },
    });
    await resident.sendMail({
      from: 'Carol <carol@example.com>',
      to: councilAddress,
      subject: 'Hall booking',
      text: 'Is the hall free on Friday?',
      messageId: '<hall@example.com>',
    });
    resident.close();

    const { items, rejected, more, nextCursor } = await new EmailConnector(config()).poll(null);

    expect(rejected).toEqual([]);
    expect(more).toBe(false);
    expect(items.map((item) => item.externalId)).toEqual([
      '<m1@example.org>',
      '<c1@parish.test>',
      '<m2@example.org>',
      '<news-7@cafe.example>',
      expect.stringMatching(new RegExp(`^<uid-\\d+-${noIdUid}@local>$`)),
      '<hall@example.com>',
    ]);
    const [complaint, answer, followUp, newsletter, bins, hall] = items;
    expect(complaint).toEqual({
      externalId: '<m1@example.org>',
      channel: 'email',
      kind: 'email',
      author: {
        externalId: 'ann.smith@example.org',
        name: 'Ann Smith',
        handle: null,
        email: 'ann.smith@example.org',
        phone: null,
      },
      subject: 'Potholes on Church Lane',
      text: 'The potholes on Church Lane are getting worse – please fix them.',
      html: null,
      receivedAt: '2026-11-23T09:15:00.000Z',
      threadId: '<m1@example.org>',
      parentExternalId: null,
      url: null,
      fromCouncil: false,
      expectedReasons: null,
    });
    expect(answer).toMatchObject({
      fromCouncil: true,
      threadId: '<m1@example.org>',
      parentExternalId: '<m1@example.org>',
    });
    expect(followUp).toMatchObject({
      threadId: '<m1@example.org>',
      parentExternalId: '<c1@parish.test>',
      fromCouncil: false,
    });
    expect(newsletter).toMatchObject({
      subject: 'Café opening hours',
      author: { name: 'Café on the Green', email: 'hello@cafe.example' },
      text: 'Hello council, the café opens at 8.\n\n[attachment: minutes.pdf, application/pdf, 12 KB]',
      receivedAt: '2026-11-25T13:00:00.000Z',
    });
    expect(newsletter?.html).toContain('<p>Hello <b>council</b>');
    expect(bins?.text).toBe('The bins were not collected.\n\n* Mill Road');
    expect(bins?.html).toContain('<style>');
    // The unreadable Date header falls back to when the server received it.
    expect(Math.abs(Date.parse(bins?.receivedAt ?? '') - Date.now())).toBeLessThan(60_000);
    expect(hall).toMatchObject({
      author: { name: 'Carol', email: 'carol@example.com' },
      subject: 'Hall booking',
      text: 'Is the hall free on Friday?',
    });
    expect(JSON.parse(nextCursor ?? '')).toEqual({ uidValidity: expect.any(Number), lastUid: 6 });
  });

  it('resumes from its cursor without duplicates, a page of 200 at a time', async () => {
    const connector = new EmailConnector(config());
    await appendMessages(
      dovecot,
      Array.from({ length: 205 }, (_, n) => simpleEmail(n)),
    );
    const first = await connector.poll(null);
    expect(first.items).toHaveLength(200);
    expect(first.more).toBe(true);
    const second = await connector.poll(first.nextCursor);
    expect(second.items.map((item) => item.externalId)).toEqual([
      '<bulk-200@example.org>',
      '<bulk-201@example.org>',
      '<bulk-202@example.org>',
      '<bulk-203@example.org>',
      '<bulk-204@example.org>',
    ]);
    expect(second.more).toBe(false);

    await appendMessage(dovecot, potholeComplaint);
    const third = await connector.poll(second.nextCursor);
    expect(third.items.map((item) => item.externalId)).toEqual(['<m1@example.org>']);
    const fourth = await connector.poll(third.nextCursor);
    expect(fourth).toEqual({ items: [], rejected: [], nextCursor: third.nextCursor, more: false });
  });

  it('reads only the last 30 days on a first sync', async () => {
    await appendMessage(dovecot, potholeComplaint, { date: new Date(Date.now() - 60 * 24 * 60 * 60 * 1000) });
    await appendMessage(dovecot, residentFollowUp);
    expect((await new EmailConnector(config()).poll(null)).items.map((item) => item.externalId)).toEqual([
      '<m2@example.org>',
    ]);
  });

  it('starts again when UIDVALIDITY changed', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const stale = JSON.stringify({ uidValidity: 1, lastUid: 999 });
    expect((await new EmailConnector(config()).poll(stale)).items.map((item) => item.externalId)).toEqual([
      '<m1@example.org>',
    ]);
  });

  it('keeps a malformed email aside while the others arrive', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const badUid = await appendMessage(dovecot, malformed);
    await appendMessage(dovecot, residentFollowUp);
    const connector = new EmailConnector(config());
    const result = await connector.poll(null);
    expect(result.items.map((item) => item.externalId)).toEqual(['<m1@example.org>', '<m2@example.org>']);
    expect(result.rejected).toEqual([
      {
        raw: expect.stringContaining('this is not an email at all'),
        error: `The email (IMAP UID ${badUid}) has no From header, so it cannot be attributed to anyone.`,
      },
    ]);
    expect((await connector.poll(result.nextCursor)).rejected).toEqual([]);
  });

  it('says why it cannot poll: wrong password is auth, a closed port is network', async () => {
    const wrong = new EmailConnector(config({ imap: { password: 'wrong' } }));
    await expect(wrong.poll(null)).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('refused the user name or password for clerk@parish.test'),
    });
    const closed = new EmailConnector(config({ imap: { port: 1 } }));
    await expect(closed.poll(null)).rejects.toBeInstanceOf(ChannelError);
    await expect(closed.poll(null)).rejects.toMatchObject({ kind: 'network', retryable: true });
  });
});

describe('EmailConnector perform', () => {
  it('moves a removed email to Removed and back, idempotently', async () => {
    await appendMessage(dovecot, potholeComplaint);
    await appendMessage(dovecot, residentFollowUp);
    const connector = new EmailConnector(config());

    expect(await connector.perform(operation('move-to-folder', '<m1@example.org>', 'k1'))).toEqual({
      ok: true,
      reference: 'Removed',
    });
    expect(await connector.perform(operation('move-to-folder', '<m1@example.org>', 'k1'))).toEqual({
      ok: true,
      reference: 'Removed',
    });
    expect(await messageIdsIn(dovecot, 'INBOX')).toEqual(['<m2@example.org>']);
    expect(await messageIdsIn(dovecot, 'Removed')).toEqual(['<m1@example.org>']);

    expect(await connector.perform(operation('move-back', '<m1@example.org>', 'k2'))).toEqual({
      ok: true,
      reference: 'INBOX',
    });
    expect(await connector.perform(operation('move-back', '<m1@example.org>', 'k2'))).toEqual({
      ok: true,
      reference: 'INBOX',
    });
    expect(await messageIdsIn(dovecot, 'INBOX')).toEqual(['<m2@example.org>', '<m1@example.org>']);
    expect(await messageIdsIn(dovecot, 'Removed')).toEqual([]);

    expect(await connector.perform(operation('move-to-folder', '<gone@example.org>', 'k3'))).toMatchObject({
      ok: false,
      kind: 'rejected',
      retryable: false,
    });
  });

  it('only takes an email out of INBOX when a copy already reached Removed (a move cut short)', async () => {
    await appendMessage(dovecot, potholeComplaint);
    await appendMessage(dovecot, potholeComplaint, { folder: 'Removed' });
    expect(await new EmailConnector(config()).perform(operation('move-to-folder', '<m1@example.org>', 'k1'))).toEqual({
      ok: true,
      reference: 'Removed',
    });
    expect(await messageIdsIn(dovecot, 'INBOX')).toEqual([]);
    expect(await messageIdsIn(dovecot, 'Removed')).toEqual(['<m1@example.org>']);
  });

  it('sends a threaded reply by SMTP, keeps a copy in Sent, and never sends the same key twice', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const connector = new EmailConnector(config());
    const reply = operation('reply', '<m1@example.org>', 'reply-42', {
      externalId: '<m1@example.org>',
      form: 'email',
      to: 'resident@example.org',
      text: 'The county will fill them on Monday.',
      inReplyTo: '<m1@example.org>',
      references: '<m0@example.org>',
    });

    expect(await connector.perform(reply)).toEqual({ ok: true, reference: '<reply-42@parish.test>' });
    const [sent] = await sink.waitFor(1);
    expect(sent).toMatchObject({ from: councilAddress, to: ['resident@example.org'], user: councilAddress });
    const mail = await simpleParser(sent?.raw ?? Buffer.alloc(0));
    expect(mail.messageId).toBe('<reply-42@parish.test>');
    expect(mail.inReplyTo).toBe('<m1@example.org>');
    expect(mail.references).toEqual(['<m0@example.org>', '<m1@example.org>']);
    // No subject given: the answered email's, with "Re:".
    expect(mail.subject).toBe('Re: Potholes on Church Lane');
    expect(mail.text?.trim()).toBe('The county will fill them on Monday.');
    expect(await messageIdsIn(dovecot, 'INBOX', residentMailbox)).toEqual(['<reply-42@parish.test>']);
    const copies = await messagesIn(dovecot, 'Sent');
    expect(copies).toHaveLength(1);
    expect(copies[0]?.flags).toContain('\\Seen');
    expect(copies[0]?.source).toContain('Message-ID: <reply-42@parish.test>');

    expect(await connector.perform(reply)).toEqual({ ok: true, reference: '<reply-42@parish.test>' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received).toHaveLength(1);
    expect(await messagesIn(dovecot, 'Sent')).toHaveLength(1);
  });

  it('forwards to a councillor as a new email, not a reply, with a copy in Sent', async () => {
    const connector = new EmailConnector(config());
    const forward = operation('forward', '<m1@example.org>', 'forward-7', {
      to: 'resident@example.org',
      toName: 'Cllr Paul Fenwick',
      subject: 'Fwd: Potholes on Church Lane',
      text: 'Forwarded by the Clerk.\n\n[name removed] wrote: the potholes are back.',
    });
    expect(await connector.perform(forward)).toEqual({ ok: true, reference: '<forward-7@parish.test>' });
    const mail = await simpleParser((await sink.waitFor(1))[0]?.raw ?? Buffer.alloc(0));
    expect(mail.subject).toBe('Fwd: Potholes on Church Lane');
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.text).toContain('[name removed] wrote');
    expect(await messagesIn(dovecot, 'Sent')).toHaveLength(1);
  });

  it('sends a file to one address as an attachment, once per key, and refuses a file that is not the one made', async () => {
    const connector = new EmailConnector(config());
    const zip = zipSync({ 'README.txt': strToU8('What the council holds about you.') });
    const file = {
      name: 'subject-access-tom-price-2026-11-24.zip',
      type: 'application/zip',
      base64: Buffer.from(zip).toString('base64'),
      bytes: zip.length,
      sha256: createHash('sha256').update(zip).digest('hex'),
    };
    const send = operation('send-file', '<sar-1@example.org>', 'action-9-send-file', {
      to: 'resident@example.org',
      subject: 'Your subject access request (SAR-2026-001)',
      text: 'Dear Tom Price,\n\nThe attached file holds everything the council holds about you.',
      inReplyTo: '<sar-1@example.org>',
      file,
    });
    expect(await connector.perform(send)).toEqual({ ok: true, reference: '<action-9-send-file@parish.test>' });
    const [sent] = await sink.waitFor(1);
    expect(sent).toMatchObject({ from: councilAddress, to: ['resident@example.org'] });
    const mail = await simpleParser(sent?.raw ?? Buffer.alloc(0));
    expect(mail.to).toMatchObject({ text: 'resident@example.org' });
    expect(mail.cc).toBeUndefined();
    expect(mail.inReplyTo).toBe('<sar-1@example.org>');
    expect(mail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      ['subject-access-tom-price-2026-11-24.zip', 'application/zip'],
    ]);
    expect(
      strFromU8(unzipSync(new Uint8Array(mail.attachments[0]?.content ?? []))['README.txt'] ?? new Uint8Array()),
    ).toBe('What the council holds about you.');
    expect(await messagesIn(dovecot, 'Sent')).toHaveLength(1);

    // A retry after it went sends nothing more.
    expect(await connector.perform(send)).toEqual({ ok: true, reference: '<action-9-send-file@parish.test>' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received).toHaveLength(1);

    const changed = operation('send-file', '<sar-1@example.org>', 'action-10-send-file', {
      to: 'resident@example.org',
      subject: 'Your subject access request',
      text: 'Attached.',
      file: { ...file, base64: Buffer.from(zipSync({ 'other.txt': strToU8('x') })).toString('base64') },
    });
    expect(await connector.perform(changed)).toMatchObject({
      ok: false,
      kind: 'rejected',
      message: expect.stringContaining('is not the file that was made') as string,
    });
    expect(sink.received).toHaveLength(1);
  });

  it('refuses a reply without a recipient and operations email cannot do', async () => {
    const connector = new EmailConnector(config());
    expect(
      await connector.perform(operation('reply', '<m1@example.org>', 'r', { form: 'email', to: '', text: 'Hi' })),
    ).toMatchObject({
      ok: false,
      kind: 'rejected',
    });
    expect(await connector.perform(operation('hide', '<m1@example.org>', 'h'))).toMatchObject({
      ok: false,
      kind: 'rejected',
      retryable: false,
    });
    expect(sink.received).toHaveLength(0);
  });

  it('maps a wrong SMTP password to auth without sending', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const connector = new EmailConnector(config({ smtp: { password: 'wrong' } }));
    const result = await connector.perform(
      operation('reply', '<m1@example.org>', 'r1', {
        form: 'email',
        to: 'ann.smith@example.org',
        subject: 'Re: Potholes',
        text: 'Thanks',
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      kind: 'auth',
      retryable: false,
      message: expect.stringContaining('refused the user name or password for clerk@parish.test (SMTP'),
    });
    expect(await messagesIn(dovecot, 'Sent')).toEqual([]);
  });
});

describe('EmailConnector watch and verify', () => {
  it('hears new mail through IDLE within a few seconds', async () => {
    let heard: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (heard = resolve));
    const watch = await new EmailConnector(config()).watch(() => heard());
    try {
      const started = Date.now();
      await appendMessage(dovecot, potholeComplaint);
      await Promise.race([
        arrived,
        new Promise((_, reject) => setTimeout(() => reject(new Error('no IDLE notice in 5 s')), 5_000)),
      ]);
      console.log(`IDLE latency ms: ${Date.now() - started}`);
    } finally {
      await watch.stop();
    }
  });

  it('verifies both servers, and says clearly what is wrong', async () => {
    const check = (overrides: Parameters<typeof config>[0]) => new EmailConnector(config(overrides)).verify();
    expect(await check({})).toEqual({
      ok: true,
      detail: `Connected to clerk@parish.test on 127.0.0.1 (IMAP) and 127.0.0.1 (SMTP).`,
    });
    expect(await check({ imap: { password: 'wrong' } })).toEqual({
      ok: false,
      message: expect.stringContaining(
        'The email server refused the user name or password for clerk@parish.test (IMAP',
      ),
    });
    expect(await check({ smtp: { password: 'wrong' } })).toEqual({
      ok: false,
      message: expect.stringContaining(
        'The email server refused the user name or password for clerk@parish.test (SMTP',
      ),
    });
    expect(await check({ imap: { host: 'nonexistent.invalid' } })).toEqual({
      ok: false,
      message: expect.stringContaining('Email server nonexistent.invalid not found (IMAP)'),
    });
    expect(await check({ smtp: { host: 'nonexistent.invalid' } })).toEqual({
      ok: false,
      message: expect.stringContaining('Email server nonexistent.invalid not found (SMTP)'),
    });
    // A closed port and one where something other than a mail server answers read the same.
    expect(await check({ imap: { port: 1 } })).toEqual({
      ok: false,
      message:
        'Could not reach the email server at 127.0.0.1:1 (IMAP). Check the address and port; the console will try again.',
    });
    expect(await check({ smtp: { port: 1 } })).toEqual({
      ok: false,
      message:
        'Could not reach the email server at 127.0.0.1:1 (SMTP). Check the address and port; the console will try again.',
    });
    expect(await check({ imap: { secure: true } })).toEqual({
      ok: false,
      message: expect.stringContaining('secure (TLS) connection'),
    });
    expect(await check({ smtp: { secure: true } })).toEqual({
      ok: false,
      message: expect.stringContaining('the server answered without TLS'),
    });
    expect(await check({ imap: { password: undefined } })).toEqual({
      ok: false,
      message: expect.stringContaining('No password or access token'),
    });
  });

  it('signs in to SMTP with an OAuth2 access token, and says when the token is refused', async () => {
    const oauthSink = await startSmtpSink({ user: councilAddress, accessToken: 'token-1' });
    try {
      const withToken = (accessToken: string) =>
        new EmailConnector({
          ...config(),
          smtp: { host: oauthSink.host, port: oauthSink.port, secure: false, user: councilAddress, accessToken },
        }).verify();
      expect(await withToken('token-1')).toMatchObject({ ok: true });
      expect(await withToken('expired')).toEqual({
        ok: false,
        message: expect.stringContaining('refused the access token for clerk@parish.test (SMTP'),
      });
    } finally {
      await oauthSink.stop();
    }
  });
});

describe.skipIf(process.env.EMAIL_BENCH !== '1')('EmailConnector benchmark', () => {
  it('polls 5,000 emails', async () => {
    const connector = new EmailConnector(config());
    // Connected before the mail arrives, as an account in use is.
    let cursor = (await connector.poll(null)).nextCursor;
    await appendMessages(
      dovecot,
      Array.from({ length: 5_000 }, (_, n) => simpleEmail(n)),
    );
    const started = performance.now();
    let polled = 0;
    for (let more = true; more;) {
      const page = await connector.poll(cursor);
      polled += page.items.length;
      cursor = page.nextCursor;
      more = page.more;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`email poll: ${polled} items in ${seconds.toFixed(2)} s = ${Math.round(polled / seconds)} items/s`);
    expect(polled).toBe(5_000);
  }, 300_000);
});
