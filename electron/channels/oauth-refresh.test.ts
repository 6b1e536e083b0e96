// Renewing an OAuth2 access token against a fake provider's token endpoint on loopback.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeOAuthServer, type FakeOAuthOptions } from '../../testing/fakes/oauth/fake-oauth-server';
import { ChannelError } from './channel-error';
import { refreshAccessToken, type OAuthClient } from './oauth-refresh';

const now = new Date('2026-11-24T10:00:00Z');
const options = { account: 'email account', now: () => now };
const provider: FakeOAuthOptions = {
  user: 'clerk@parish.test',
  clientId: 'council-mail-app',
  accessToken: 'access-0',
  refreshToken: 'refresh-0-abcdef',
};

let fake: FakeOAuthServer | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function start(
  overrides: Partial<FakeOAuthOptions> = {},
): Promise<{ fake: FakeOAuthServer; client: OAuthClient }> {
  fake = await FakeOAuthServer.start({ ...provider, ...overrides });
  return {
    fake,
    client: {
      tokenUrl: fake.tokenUrl,
      clientId: provider.clientId,
      ...(overrides.clientSecret ? { clientSecret: overrides.clientSecret } : {}),
    },
  };
}

/** The ChannelError a renewal ends in. */
async function refusal(client: OAuthClient, refreshToken = provider.refreshToken): Promise<ChannelError> {
  const error = await refreshAccessToken(client, refreshToken, options).catch((caught: unknown) => caught);
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

describe('refreshAccessToken', () => {
  it('renews like Microsoft: a new refresh token, the expiry from expires_in, the client in the form and no scope', async () => {
    const { fake, client } = await start({ clientSecret: 'app-secret-123', expiresInSeconds: 3599 });

    const renewed = await refreshAccessToken(
      { ...client, clientSecret: 'app-secret-123' },
      provider.refreshToken,
      options,
    );

    expect(renewed).toEqual({
      accessToken: fake.accessToken,
      refreshToken: fake.refreshToken,
      expiresAt: new Date('2026-11-24T10:59:59Z'),
    });
    expect(renewed.refreshToken).not.toBe(provider.refreshToken);
    expect(fake.tokenRequests.map((form) => Object.fromEntries(form))).toEqual([
      {
        grant_type: 'refresh_token',
        refresh_token: provider.refreshToken,
        client_id: provider.clientId,
        client_secret: 'app-secret-123',
      },
    ]);
  });

  it('keeps the refresh token when the provider sends none, as Google does', async () => {
    const { fake, client } = await start({ rotateRefreshToken: false });
    expect(await refreshAccessToken(client, provider.refreshToken, options)).toMatchObject({
      accessToken: fake.accessToken,
      refreshToken: provider.refreshToken,
    });
    expect(fake.accessToken).not.toBe(provider.accessToken);
  });

  it('asks to reconnect when the provider refuses the refresh token or the app, and never repeats a token or secret', async () => {
    const { client } = await start({ clientSecret: 'app-secret-123' });

    const spent = await refusal({ ...client, clientSecret: 'app-secret-123' }, 'refresh-already-used-99');
    expect(spent).toMatchObject({ kind: 'auth', retryable: false });
    expect(spent.message).toMatch(
      /^The sign-in service \(127\.0\.0\.1:\d+\) refused to renew the council's sign-in \(invalid_grant\): the refresh token has expired, was withdrawn, or belongs to another app\. Reconnect the email account under Settings → Channels\.$/,
    );

    const wrongApp = await refusal({ ...client, clientSecret: 'not-the-secret' });
    expect(wrongApp).toMatchObject({ kind: 'auth' });
    expect(wrongApp.message).toMatch(
      /did not accept the client id or client secret \(invalid_client\)\. Check them, or reconnect the email account under Settings → Channels\.$/,
    );

    for (const message of [spent.message, wrongApp.message]) {
      for (const secret of ['refresh-already-used-99', provider.refreshToken, 'app-secret-123', 'not-the-secret'])
        expect(message).not.toContain(secret);
    }
  });

  it('says what went wrong when the provider is in trouble or cannot be reached', async () => {
    const { fake, client } = await start();
    fake.failNextRenewal({ status: 503, body: '<html>Service Unavailable</html>' });
    fake.failNextRenewal({
      status: 429,
      body: '{"error":"temporarily_unavailable"}',
      headers: { 'retry-after': '30' },
    });
    fake.failNextRenewal({ status: 404, body: 'Not Found' });
    fake.failNextRenewal({ status: 200, body: '{"token_type":"Bearer"}' });
    // A refusal whose error code is not a plain code is not repeated.
    fake.failNextRenewal({ status: 400, body: '{"error":"refresh-0-abcdef is not valid"}' });

    expect(await refusal(client)).toMatchObject({
      kind: 'network',
      retryable: true,
      message: expect.stringMatching(/had a problem on its side \(HTTP 503\)/),
    });
    expect(await refusal(client)).toMatchObject({ kind: 'rate-limit', retryAfterMs: 30_000 });
    expect(await refusal(client)).toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(
        /answered HTTP 404 .*check the OAuth2 token address in the email account settings\.$/,
      ),
    });
    expect(await refusal(client)).toMatchObject({ kind: 'unexpected', retryable: true });
    const unreadable = await refusal(client);
    expect(unreadable.message).toMatch(/refused to renew the council's sign-in: the refresh token/);
    expect(unreadable.message).not.toContain(provider.refreshToken);
    expect(fake.renewals).toBe(0);

    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    expect(await refusal({ ...client, tokenUrl: `http://127.0.0.1:${closedPort}/token` })).toMatchObject({
      kind: 'network',
      message: `Could not reach the sign-in service (127.0.0.1:${closedPort}). Check the address and port; the console will try again.`,
    });
  });
});
