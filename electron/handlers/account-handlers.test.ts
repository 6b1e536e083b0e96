import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { potholeComplaint } from '../../testing/support/email-test-messages';
import { FakeGraph } from '../../testing/fakes/facebook/fake-graph';
import { FakeX } from '../../testing/fakes/x/fake-x';
import { publishedApis } from '../channels/registry';
import { FileSecretStore } from '../secrets/file-secret-store';
import { AccountPoller } from '../sync/account-poller';
import { syncAccount } from '../sync/sync-account';
import { appendMessage, startDovecot } from '../../testing/support/dovecot';
import { FakeOAuthServer } from '../../testing/fakes/oauth/fake-oauth-server';
import { startSmtpSink } from '../../testing/support/smtp-sink';
import { useTempDirs } from '../../testing/support/temp-dir';
import { testBackend, type TestBackend } from '../../testing/support/test-backend';
import { sqliteHandle } from '../store/sqlite-handle';

const tempDir = useTempDirs();
const now = new Date('2026-11-24T10:00:00Z');
const token = 'EAAGpageTOKEN-for-Little-Snoring-1234567890';
let running: { backend: TestBackend; fake: FakeGraph } | null = null;
afterEach(async () => {
  await running?.backend.backend.close();
  await running?.fake.close();
  running = null;
});

async function start() {
  const fake = new FakeGraph({ pageId: '1000', accessToken: token, now: () => now });
  const graphUrl = await fake.start();
  const postId = fake.addPost({ message: 'Road closure on Mill Lane next week', at: new Date('2026-11-20T09:00:00Z') });
  fake.addComment(postId, {
    message: 'Will the bus still run?',
    at: new Date('2026-11-20T10:00:00Z'),
    from: { id: 'u1', name: 'Lucy Fenn' },
  });
  fake.addMalformedComment(postId, { message: 42 }, new Date('2026-11-20T11:00:00Z'));
  const dir = tempDir();
  const secrets = new FileSecretStore(join(dir, 'data-secrets'));
  const backend = await testBackend(
    dir,
    { items: [] },
    {
      secrets,
      apis: { ...publishedApis, facebook: graphUrl },
      polling: { autoStart: false },
      now: () => now,
    },
  );
  running = { backend, fake };
  return { backend, fake, dir, secrets };
}

/** The saved account's row and the connector the console built for it (pollers are off in these tests). */
function connected(backend: TestBackend, id: number) {
  const row = backend.backend.store.accounts.get(id);
  const connector = backend.backend.channels.connectors.get(id);
  if (!row || !connector) throw new Error(`account ${id} is not connected`);
  return { row, connector };
}

const facebook = (accessToken = token) => ({ pageId: '1000', accessToken });

/** A renewed pair is in the secret store (a console started again later reads it: the old refresh token is spent), and in no database file. */
function expectOnlyInSecretStore(
  dir: string,
  secrets: FileSecretStore,
  accountId: number,
  renewed: { accessToken: string; refreshToken: string },
  spent: string[] = [],
): void {
  for (const store of [secrets, new FileSecretStore(join(dir, 'data-secrets'))]) {
    expect(store.get(`account:${accountId}:accessToken`)).toBe(renewed.accessToken);
    expect(store.get(`account:${accountId}:refreshToken`)).toBe(renewed.refreshToken);
  }
  for (const file of readdirSync(join(dir, 'data')).filter((name) => name.startsWith('console.db'))) {
    const bytes = readFileSync(join(dir, 'data', file));
    for (const value of [renewed.accessToken, renewed.refreshToken, ...spent])
      expect(bytes.includes(Buffer.from(value))).toBe(false);
  }
}

describe('Settings → Channels', () => {
  it('tests a connection before saving, with a clear message for a wrong token and the Page name for a right one', async () => {
    const { backend } = await start();
    expect(
      await backend.value('accounts:test', {
        connector: 'facebook',
        settings: { pageId: 'ashcombe', accessToken: token },
      }),
    ).toEqual({
      ok: false,
      message: 'Facebook Page: Page id: The Page id is a number (Page settings → About).',
    });
    const wrong = await backend.value('accounts:test', {
      connector: 'facebook',
      settings: facebook('EAAG-wrong-token-000000'),
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.message).not.toContain('EAAG-wrong-token');
    expect(await backend.value('accounts:test', { connector: 'facebook', settings: facebook() })).toEqual({
      ok: true,
      message: 'Connected to the Facebook Page Little Snoring Parish Council.',
    });
  });

  it('saves the account with its token only in the secret store, syncs it, and keeps a malformed comment aside in Problems', async () => {
    const { backend, dir } = await start();
    const account = await backend.value('accounts:add', {
      connector: 'facebook',
      name: 'Council Page',
      settings: facebook(),
    });
    expect(account).toMatchObject({
      name: 'Council Page',
      channel: 'facebook',
      health: 'ok',
      savedSecrets: ['accessToken'],
      config: { pageId: '1000' },
    });
    const { row, connector } = connected(backend, account.id);
    await syncAccount(backend.backend.store, row, connector, backend.backend.events, () => now);
    const queue = await backend.value('queue:list', { status: 'all' });
    expect(queue.items.map((item) => item.text)).toEqual([
      'Will the bus still run?',
      'Road closure on Mill Lane next week',
    ]);
    const problems = await backend.value('problems:list', {});
    expect(problems.payloads).toHaveLength(1);
    expect(problems.payloads[0]).toMatchObject({
      accountName: 'Council Page',
      raw: expect.stringContaining('"message":42') as string,
    });
    expect((await backend.value('problems:review', { id: problems.payloads[0]?.id ?? 0 })).payloads).toEqual([]);

    // The token is nowhere in the database, its WAL, or the record; the secrets file is encrypted.
    for (const file of readdirSync(join(dir, 'data')).filter((name) => name.startsWith('console.db'))) {
      expect(readFileSync(join(dir, 'data', file)).includes(Buffer.from(token))).toBe(false);
    }
    for (const file of readdirSync(join(dir, 'data-secrets')))
      expect(readFileSync(join(dir, 'data-secrets', file)).includes(Buffer.from(token))).toBe(false);
    const recorded = sqliteHandle(backend.backend.store)
      .prepare(`SELECT details FROM actions WHERE kind = 'account-added'`)
      .pluck()
      .get() as string;
    expect(recorded).toContain('"secretsSaved":["accessToken"]');
    expect(recorded).not.toContain(token);
  });

  it('stops an account whose token expired, says what to do, holds its actions, and resumes after a new token', async () => {
    const { backend, fake } = await start();
    const account = await backend.value('accounts:add', {
      connector: 'facebook',
      name: 'Council Page',
      settings: facebook(),
    });
    const { row, connector } = connected(backend, account.id);
    fake.expireToken();
    const outcome = await new AccountPoller(
      backend.backend.store,
      row,
      connector,
      backend.backend.events,
      () => now,
    ).pollNow();
    expect(outcome.kind).toBe('stopped');
    const [listed] = (await backend.value('accounts:list', {})).accounts;
    expect(listed).toMatchObject({ health: 'auth' });
    expect(listed?.healthMessage).toMatch(/expired.*reconnect the account under Settings → Channels\.$/s);
    expect(listed?.healthMessage).not.toContain(token);

    const updated = await backend.value('accounts:update', {
      id: account.id,
      settings: { accessToken: 'EAAGnew-token-after-expiry-99' },
    });
    expect(updated).toMatchObject({ health: 'ok' });
    expect(
      sqliteHandle(backend.backend.store)
        .prepare(`SELECT details FROM actions WHERE kind = 'account-updated'`)
        .pluck()
        .get(),
    ).toContain('"secretsChanged":["accessToken"]');
  });

  it('pauses and resumes (recorded), and disconnecting deletes the token but keeps the items', async () => {
    const { backend } = await start();
    const account = await backend.value('accounts:add', {
      connector: 'facebook',
      name: 'Council Page',
      settings: facebook(),
    });
    expect(await backend.value('accounts:pause', { id: account.id, paused: true })).toMatchObject({
      paused: true,
      health: 'paused',
    });
    expect(await backend.value('accounts:pause', { id: account.id, paused: false })).toMatchObject({ paused: false });
    const after = await backend.value('accounts:remove', { id: account.id });
    expect(after.accounts).toEqual([]);
    expect(backend.backend.channels.connectors.has(account.id)).toBe(false);
    const kinds = sqliteHandle(backend.backend.store)
      .prepare(`SELECT kind FROM actions WHERE kind LIKE 'account-%' ORDER BY id`)
      .pluck()
      .all();
    expect(kinds).toEqual(['account-added', 'account-paused', 'account-resumed', 'account-removed']);
    expect(
      await backend.call('accounts:add', { connector: 'facebook', name: 'Again', settings: facebook() }),
    ).toMatchObject({ ok: true });
  });

  it('stops an account whose saved settings no longer check, says which and what to do, and starts the others', async () => {
    const { backend, secrets } = await start();
    const add = (name: string, pageId: string) =>
      backend.value('accounts:add', { connector: 'facebook', name, settings: { pageId, accessToken: token } });
    const intact = await add('Council Page', '1000');
    const changed = await add('Village Hall', '2000');
    const lost = await add('Allotments', '3000');
    const { store, channels } = backend.backend;
    // A setting the schema now refuses (written by hand, or an earlier rule), and a token the secret store lost.
    store.accounts.update(changed.id, { config: { pageId: 'village-hall' } });
    secrets.delete(`account:${lost.id}:accessToken`);

    await channels.startAll();
    const health = Object.fromEntries(
      (await backend.value('accounts:list', {})).accounts.map((account) => [account.name, account]),
    );
    expect(health['Council Page']).toMatchObject({ health: 'ok', healthMessage: null });
    expect(health['Village Hall']).toMatchObject({
      health: 'auth',
      healthMessage:
        'The saved settings of this Facebook Page cannot be used: Page id: The Page id is a number (Page settings → About). Edit the account under Settings → Channels.',
    });
    expect(health.Allotments).toMatchObject({
      health: 'auth',
      healthMessage:
        'The saved settings of this Facebook Page cannot be used: Page access token is missing. Edit the account under Settings → Channels.',
    });
    expect([...channels.connectors.keys()]).toEqual([intact.id]);

    // Put right under Settings → Channels, it connects again.
    expect(
      await backend.value('accounts:update', { id: lost.id, settings: { accessToken: 'EAAGtoken-typed-again-42' } }),
    ).toMatchObject({ health: 'ok' });
    expect(channels.connectors.has(lost.id)).toBe(true);
  });
});

describe('Settings → Channels: an X account that renews its own sign-in', () => {
  it('renews the expired token with the saved refresh token, keeps the new pair only in the secret store, and test connection uses it', async () => {
    const council = { id: '1000000001', username: 'ParishCouncil', name: 'Little Snoring Parish Council' };
    const fake = await FakeX.start({
      council,
      accessToken: 'x-access-token-0001',
      refreshToken: 'x-refresh-token-0001',
      clientId: 'council-app',
    });
    const dir = tempDir();
    const secrets = new FileSecretStore(join(dir, 'data-secrets'));
    const backend = await testBackend(
      dir,
      { items: [] },
      { secrets, apis: { ...publishedApis, x: fake.baseUrl }, polling: { autoStart: false }, now: () => now },
    );
    try {
      const settings = {
        accountId: council.id,
        accessToken: 'x-access-token-0001',
        refreshToken: 'x-refresh-token-0001',
      };
      expect(await backend.call('accounts:add', { connector: 'x', name: 'Council X', settings })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          message: expect.stringMatching(/Client id of the X app .*: give it with the refresh token/) as string,
        },
      });
      const account = await backend.value('accounts:add', {
        connector: 'x',
        name: 'Council X',
        settings: { ...settings, clientId: 'council-app' },
      });
      expect(account.savedSecrets).toEqual(['accessToken', 'refreshToken']);
      fake.addMention({
        from: { id: '2000000002', username: 'alice_m', name: 'Alice Moore' },
        text: '@ParishCouncil the footpath is flooded',
      });
      fake.expireAccessToken();

      const { row, connector } = connected(backend, account.id);
      await syncAccount(backend.backend.store, row, connector, backend.backend.events, () => now);

      expect((await backend.value('queue:list', { status: 'all' })).items.map((item) => item.text)).toEqual([
        '@ParishCouncil the footpath is flooded',
      ]);
      expect(fake.renewals).toBe(1);
      expectOnlyInSecretStore(dir, secrets, account.id, {
        accessToken: fake.accessToken,
        refreshToken: fake.refreshToken ?? '',
      });
      expect(await backend.value('accounts:test', { id: account.id })).toEqual({
        ok: true,
        message: 'Connected to X as @ParishCouncil.',
      });
      expect(fake.renewals).toBe(1);
    } finally {
      await backend.backend.close();
      await fake.close();
    }
  });
});

describe('Settings → Channels: an email account that renews its OAuth2 sign-in', () => {
  it('renews the expired token with the saved refresh token, keeps the new pair only in the secret store, and never renews before Save', async () => {
    const council = 'clerk@parish.test';
    const oauth = await FakeOAuthServer.start({
      user: council,
      clientId: 'council-mail-app',
      accessToken: 'mail-access-token-0001',
      refreshToken: 'mail-refresh-token-0001',
    });
    const dovecot = await startDovecot({ oauth2IntrospectionUrl: oauth.introspectionUrl });
    const sink = await startSmtpSink({ deliverTo: dovecot, accessToken: (offered) => oauth.accepts(offered) });
    const dir = tempDir();
    const secrets = new FileSecretStore(join(dir, 'data-secrets'));
    const backend = await testBackend(dir, { items: [] }, { secrets, polling: { autoStart: false }, now: () => now });
    try {
      const servers = {
        address: council,
        imapHost: dovecot.host,
        imapPort: dovecot.port,
        imapTls: false,
        smtpHost: sink.host,
        smtpPort: sink.port,
        smtpTls: false,
        user: council,
      };
      // An account signing in with a password, as before, needs none of the new fields.
      expect(
        await backend.value('accounts:test', {
          connector: 'email',
          settings: { ...servers, password: dovecot.password },
        }),
      ).toMatchObject({ ok: true });

      // Empty fields arrive as '' from the form.
      const tokens = {
        accessToken: 'mail-access-token-0001',
        refreshToken: 'mail-refresh-token-0001',
        oauthTokenUrl: '',
        oauthClientId: '',
      };
      expect(
        await backend.call('accounts:add', {
          connector: 'email',
          name: 'Council email',
          settings: { ...servers, ...tokens },
        }),
      ).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          message: expect.stringMatching(
            /OAuth2 token address \(to renew the token\): give it with the refresh token.*; OAuth2 client id .*: give it with the refresh token/,
          ) as string,
        },
      });
      const offSite = {
        ...servers,
        ...tokens,
        oauthTokenUrl: 'http://login.example.com/token',
        oauthClientId: 'council-mail-app',
      };
      expect(
        await backend.call('accounts:add', { connector: 'email', name: 'Council email', settings: offSite }),
      ).toMatchObject({
        ok: false,
        error: {
          message: expect.stringMatching(
            /OAuth2 token address \(to renew the token\): give the https:\/\/ address/,
          ) as string,
        },
      });

      const settings = { ...servers, ...tokens, oauthTokenUrl: oauth.tokenUrl, oauthClientId: 'council-mail-app' };
      oauth.expireAccessTokens();
      // Test connection before Save: the expired token is refused and the refresh token the clerk typed stays unused.
      expect(await backend.value('accounts:test', { connector: 'email', settings })).toEqual({
        ok: false,
        message: expect.stringContaining(`refused the access token for ${council} (IMAP`),
      });
      expect(oauth.tokenRequests).toEqual([]);

      const account = await backend.value('accounts:add', { connector: 'email', name: 'Council email', settings });
      expect(account.savedSecrets).toEqual(['accessToken', 'refreshToken']);
      expect(account.config).toMatchObject({ oauthTokenUrl: oauth.tokenUrl, oauthClientId: 'council-mail-app' });
      await appendMessage(dovecot, potholeComplaint);
      const { row, connector } = connected(backend, account.id);
      await syncAccount(backend.backend.store, row, connector, backend.backend.events, () => now);

      expect((await backend.value('queue:list', { status: 'all' })).items.map((item) => item.text)).toEqual([
        'The potholes on Church Lane are getting worse – please fix them.',
      ]);
      expect(oauth.renewals).toBe(1);
      expectOnlyInSecretStore(
        dir,
        secrets,
        account.id,
        { accessToken: oauth.accessToken, refreshToken: oauth.refreshToken },
        [tokens.accessToken, tokens.refreshToken],
      );
      expect(await backend.value('accounts:test', { id: account.id })).toEqual({
        ok: true,
        message: `Connected to ${council} on 127.0.0.1 (IMAP) and 127.0.0.1 (SMTP).`,
      });
      expect(oauth.renewals).toBe(1);
    } finally {
      await backend.backend.close();
      await sink.stop();
      await dovecot.stop();
      await oauth.close();
    }
  });
});

describe('Settings → Channels: an SMS account', () => {
  const twilio = { accountSid: `AC${'0'.repeat(32)}`, authToken: 'twilio-auth-token-0123456789' };
  const refusal =
    "SMS (Twilio): Council number: Residents cannot reply to a name like 'AshcombePC' in the UK: give the council's phone number in +44 form.";

  it('refuses a sender name as the council number when added and when edited, saying why, and keeps a UK number in +44 form', async () => {
    const { backend } = await start();
    expect(
      await backend.call('accounts:add', {
        connector: 'twilio',
        name: 'Council SMS',
        settings: { ...twilio, number: 'AshcombePC' },
      }),
    ).toEqual({ ok: false, error: { code: 'invalid_input', message: refusal } });
    expect(
      await backend.call('accounts:test', { connector: 'twilio', settings: { ...twilio, number: 'AshcombePC' } }),
    ).toEqual({ ok: true, value: { ok: false, message: refusal } });
    expect(backend.backend.store.accounts.list().filter((account) => account.connector === 'twilio')).toEqual([]);

    const saved = await backend.value('accounts:add', {
      connector: 'twilio',
      name: 'Council SMS',
      settings: { ...twilio, number: '07400 123456' },
    });
    expect(saved.config).toMatchObject({ number: '+447400123456' });
    expect(await backend.call('accounts:update', { id: saved.id, settings: { number: 'AshcombePC' } })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: refusal },
    });
    expect(
      await backend.call('accounts:update', { id: saved.id, settings: { number: '+1 415 555 0100' } }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('is not a UK number') as string } });
    expect(
      (await backend.value('accounts:list', {})).accounts.find((account) => account.id === saved.id)?.config,
    ).toMatchObject({ number: '+447400123456' });
  });
});
