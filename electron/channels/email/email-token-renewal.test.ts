// The email connector renewing its OAuth2 access token, against a real Dovecot (XOAUTH2 checked by its oauth2
// passdb), a real SMTP server and a fake provider's token endpoint, all on loopback.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOperation } from '../../../testing/support/channel-operation';
import {
  appendMessage,
  messageIdsIn,
  messagesIn,
  residentMailbox,
  startDovecot,
  type DovecotServer,
} from '../../../testing/support/dovecot';
import { FakeOAuthServer } from '../../../testing/fakes/oauth/fake-oauth-server';
import { startSmtpSink, type SmtpSink } from '../../../testing/support/smtp-sink';
import { ChannelError } from '../channel-error';
import type { ChannelOperation } from '../connector';
import { EmailConnector, type EmailTokenRenewal } from './email-connector';
import { councilAddress, potholeComplaint, residentFollowUp } from '../../../testing/support/email-test-messages';

const app = { clientId: 'council-mail-app', clientSecret: 'council-mail-app-secret' };
const firstAccessToken = 'council-access-token-0';
const firstRefreshToken = 'council-refresh-token-0';
type Pair = { accessToken: string; refreshToken: string };

let oauth: FakeOAuthServer;
let dovecot: DovecotServer;
let sink: SmtpSink;

beforeEach(async () => {
  oauth = await FakeOAuthServer.start({
    user: councilAddress,
    accessToken: firstAccessToken,
    refreshToken: firstRefreshToken,
    ...app,
  });
  dovecot = await startDovecot({ oauth2IntrospectionUrl: oauth.introspectionUrl });
  sink = await startSmtpSink({ deliverTo: dovecot, accessToken: (offered) => oauth.accepts(offered) });
});
afterEach(async () => {
  await sink?.stop();
  await dovecot?.stop();
  await oauth?.close();
});

interface ConnectorOptions {
  /** undefined: a connector that cannot renew (Test connection before Save). */
  renewal?: Partial<EmailTokenRenewal> | undefined;
  /** IMAP signs in with the password instead, so only SMTP uses the token. */
  imapPassword?: boolean;
  now?: () => Date;
}

/** A saved account's connector by default: it renews and hands each new pair to `saved`. */
function connector(saved: Pair[], options: ConnectorOptions = { renewal: {} }): EmailConnector {
  const token = { user: councilAddress, accessToken: firstAccessToken };
  return new EmailConnector({
    imap: {
      host: dovecot.host,
      port: dovecot.port,
      secure: false,
      ...(options.imapPassword ? { user: dovecot.user, password: dovecot.password } : token),
    },
    smtp: { host: sink.host, port: sink.port, secure: false, ...token },
    address: councilAddress,
    now: options.now,
    renewal: options.renewal && {
      tokenUrl: oauth.tokenUrl,
      refreshToken: firstRefreshToken,
      ...app,
      onRenewed: (tokens) => saved.push(tokens),
      ...options.renewal,
    },
  });
}

const operation = (name: string, externalId: string, key: string, payload: Record<string, unknown>): ChannelOperation =>
  channelOperation(name, payload, key, externalId);
const reply = (key: string) =>
  operation('reply', '<m1@example.org>', key, {
    form: 'email',
    to: 'resident@example.org',
    text: 'The county will fill them on Monday.',
    inReplyTo: '<m1@example.org>',
  });

describe('EmailConnector OAuth2 token renewal', () => {
  it('renews an expired access token once, saves the new pair, and the sync goes on (IMAP)', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const saved: Pair[] = [];
    const email = connector(saved);
    oauth.expireAccessTokens();

    const first = await email.poll(null);

    expect(first.items.map((item) => item.externalId)).toEqual(['<m1@example.org>']);
    expect(oauth.renewals).toBe(1);
    expect(saved).toEqual([{ accessToken: oauth.accessToken, refreshToken: oauth.refreshToken }]);
    expect(saved[0]?.refreshToken).not.toBe(firstRefreshToken);
    // RFC 6749 section 6 with the client in the form, and no scope: the token keeps the one granted.
    expect(Object.fromEntries(oauth.tokenRequests[0] ?? [])).toEqual({
      grant_type: 'refresh_token',
      refresh_token: firstRefreshToken,
      client_id: app.clientId,
      client_secret: app.clientSecret,
    });

    await appendMessage(dovecot, residentFollowUp);
    expect((await email.poll(first.nextCursor)).items.map((item) => item.externalId)).toEqual(['<m2@example.org>']);
    expect(oauth.renewals).toBe(1);
    expect(oauth.refusedTokens).toBe(1);
  });

  it('sends a reply after renewing the token the SMTP server refused', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const saved: Pair[] = [];
    oauth.expireAccessTokens();

    const sent = await connector(saved, { renewal: {}, imapPassword: true }).perform(reply('reply-1'));

    expect(sent).toEqual({ ok: true, reference: '<reply-1@parish.test>' });
    expect(oauth.refusedTokens).toBe(1);
    expect(oauth.renewals).toBe(1);
    expect(sink.received.map((mail) => mail.user)).toEqual([councilAddress]);
    expect(await messageIdsIn(dovecot, 'INBOX', residentMailbox)).toEqual(['<reply-1@parish.test>']);
    expect(await messagesIn(dovecot, 'Sent')).toHaveLength(1);
    expect(saved).toHaveLength(1);
  });

  it('renews ahead of time when the token it was given expires within five minutes', async () => {
    let clock = Date.now();
    const saved: Pair[] = [];
    const email = connector(saved, { renewal: {}, now: () => new Date(clock) });
    oauth.expireAccessTokens();
    const cursor = (await email.poll(null)).nextCursor;
    expect(oauth.renewals).toBe(1);

    // The provider said 3,600 seconds; 56 minutes on, the token still works but is renewed first.
    clock += 56 * 60_000;
    // A provider that cannot answer just then does not stop a token that still works.
    oauth.failNextRenewal({ status: 503, body: '<html>Service Unavailable</html>' });
    await email.poll(cursor);
    expect(oauth.tokenRequests).toHaveLength(2);
    expect(oauth.renewals).toBe(1);
    await email.poll(cursor);
    expect(oauth.renewals).toBe(2);
    expect(oauth.refusedTokens).toBe(1);
    expect(saved.map((pair) => pair.accessToken)).toEqual([
      expect.stringMatching(/^fake-access-token-1/),
      oauth.accessToken,
    ]);

    await email.poll(cursor);
    expect(oauth.renewals).toBe(2);
  });

  it('renews once when a poll, a removal, a reply and a check all find the token expired at the same time', async () => {
    await appendMessage(dovecot, potholeComplaint);
    await appendMessage(dovecot, residentFollowUp);
    const saved: Pair[] = [];
    const email = connector(saved);
    oauth.expireAccessTokens();
    // The provider answers only once all four IMAP sign-ins were refused, so all four wait on a renewal.
    const release = oauth.holdRenewals();

    const all = Promise.all([
      email.poll(null),
      email.perform(operation('move-to-folder', '<m2@example.org>', 'remove-1', { externalId: '<m2@example.org>' })),
      email.perform(reply('reply-2')),
      email.verify(),
    ]);
    await oauth.whenRefused(4);
    release();
    const [polled, removed, answered, verified] = await all;

    // The removal may come before or after the poll reads INBOX.
    expect(polled.items.map((item) => item.externalId)).toContain('<m1@example.org>');
    expect(removed).toEqual({ ok: true, reference: 'Removed' });
    expect(await messageIdsIn(dovecot, 'Removed')).toEqual(['<m2@example.org>']);
    expect(answered).toEqual({ ok: true, reference: '<reply-2@parish.test>' });
    expect(verified).toMatchObject({ ok: true });
    expect(oauth.tokenRequests).toHaveLength(1);
    expect(oauth.renewals).toBe(1);
    expect(saved).toHaveLength(1);
    // SMTP signed in with the renewed token straight away.
    expect(oauth.refusedTokens).toBe(4);
    expect(sink.received).toHaveLength(1);
  });

  it('keeps listening through IDLE after renewing the token', async () => {
    oauth.expireAccessTokens();
    let heard: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (heard = resolve));
    const watch = await connector([]).watch(() => heard());
    try {
      expect(oauth.renewals).toBe(1);
      await appendMessage(dovecot, potholeComplaint);
      await arrived;
    } finally {
      await watch.stop();
    }
  });

  it('asks to reconnect when the provider refuses the refresh token, without showing any token', async () => {
    await appendMessage(dovecot, potholeComplaint);
    const spent = 'council-refresh-token-already-used';
    const email = connector([], { renewal: { refreshToken: spent } });
    oauth.expireAccessTokens();

    const error = await email.poll(null).catch((caught: unknown) => caught);
    const failed = await email.perform(reply('reply-3'));
    const verified = await email.verify();

    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    const message = (error as Error).message;
    expect(message).toMatch(
      /^The sign-in service \(127\.0\.0\.1:\d+\) refused to renew the council's sign-in \(invalid_grant\): .* Reconnect the email account under Settings → Channels\.$/,
    );
    expect(failed).toEqual({ ok: false, kind: 'auth', retryable: false, message });
    expect(verified).toEqual({ ok: false, message });
    for (const secret of [spent, firstAccessToken, app.clientSecret]) expect(message).not.toContain(secret);
    expect(oauth.renewals).toBe(0);
    expect(sink.received).toEqual([]);
  });

  it('does not renew without a saved account (Test connection before Save keeps the refresh token unused)', async () => {
    oauth.expireAccessTokens();
    const unsaved = connector([], { renewal: undefined });

    expect(await unsaved.verify()).toEqual({
      ok: false,
      message: expect.stringContaining(`The email server refused the access token for ${councilAddress} (IMAP`),
    });
    await expect(unsaved.poll(null)).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('Reconnect the email account'),
    });
    expect(oauth.tokenRequests).toEqual([]);
  });
});
