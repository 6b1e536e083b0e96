// A saved password or token goes only to the destination it was saved for: each case a second listener
// that must receive no credentials.
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedApis, type ApiAddresses } from '../channels/registry';
import { FileSecretStore } from '../secrets/file-secret-store';
import {
  credentialForms,
  httpListeningPost,
  mailListeningPost,
  nonLoopbackAddress,
  type HttpListeningPost,
  type MailListeningPost,
} from '../../testing/support/listening-post';
import { useTempDirs } from '../../testing/support/temp-dir';
import { testBackend, type TestBackend } from '../../testing/support/test-backend';
import { sqliteHandle } from '../store/sqlite-handle';

const tempDir = useTempDirs();
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function backendOn(dir: string, apis: Partial<ApiAddresses> = {}): Promise<TestBackend> {
  const backend = await testBackend(
    dir,
    { items: [] },
    {
      secrets: new FileSecretStore(join(dir, 'data-secrets')),
      apis: { ...publishedApis, ...apis },
      polling: { autoStart: false },
    },
  );
  open.push({ close: () => backend.backend.close() });
  return backend;
}

async function listening<T extends { close(): Promise<void> }>(start: Promise<T>): Promise<T> {
  const post = await start;
  open.push(post);
  return post;
}

function expectNothingFrom(post: HttpListeningPost, secrets: readonly string[]): void {
  for (const request of post.requests) for (const secret of secrets) expect(request).not.toContain(secret);
}

const wordpressPassword = 'abcd EFGH ijkl MNOP qrst UVWX';
const wordpressUser = 'clerk';

describe('a saved WordPress application password', () => {
  it('is not sent to another site address by Test connection or Save; typed again, only the new one goes there', async () => {
    const saved = await listening(httpListeningPost());
    const other = await listening(httpListeningPost());
    const backend = await backendOn(tempDir());
    const account = await backend.value('accounts:add', {
      connector: 'wordpress',
      name: 'Website',
      settings: { siteUrl: saved.origin, user: wordpressUser, applicationPassword: wordpressPassword },
    });

    const expected = {
      ok: false,
      error: {
        code: 'secret_needed',
        message:
          'The site address changed, so type the application password again: a saved password is only ever sent to the site it was saved for.',
        details: { fields: ['applicationPassword'] },
      },
    };
    expect(
      await backend.call('accounts:test', { id: account.id, settings: { siteUrl: other.origin, user: wordpressUser } }),
    ).toEqual(expected);
    expect(
      await backend.call('accounts:update', {
        id: account.id,
        settings: { siteUrl: `${other.origin}/`, user: wordpressUser },
      }),
    ).toEqual(expected);
    expect(other.requests).toEqual([]);
    expect((await backend.value('accounts:list', {})).accounts[0]?.config).toMatchObject({ siteUrl: saved.origin });

    // The same site written another way is the same site.
    expect(
      await backend.call('accounts:test', {
        id: account.id,
        settings: { siteUrl: `${saved.origin.toUpperCase().replace('HTTP', 'http')}/` },
      }),
    ).toMatchObject({ ok: true });

    const newPassword = 'zyxw VUTS rqpo NMLK jihg FEDC';
    expect(
      await backend.value('accounts:update', {
        id: account.id,
        settings: { siteUrl: other.origin, applicationPassword: newPassword },
      }),
    ).toMatchObject({ config: { siteUrl: other.origin }, savedSecrets: ['applicationPassword'] });
    expect(await backend.value('accounts:test', { id: account.id, settings: {} })).toMatchObject({ ok: false });
    expect(other.requests.length).toBeGreaterThan(0);
    expectNothingFrom(other, credentialForms(wordpressUser, wordpressPassword));
    expect(other.requests.join('\n')).toContain(Buffer.from(`${wordpressUser}:${newPassword}`).toString('base64'));
  });

  it('is refused over http:// to another computer, and nothing is sent', async () => {
    const address = nonLoopbackAddress() ?? '192.0.2.1';
    const backend = await backendOn(tempDir());
    const settings = { siteUrl: `http://${address}:9/`, user: wordpressUser, applicationPassword: wordpressPassword };
    const message =
      'WordPress website: Site address: give the https:// address: over http:// the application password would travel unencrypted.';
    expect(await backend.value('accounts:test', { connector: 'wordpress', settings })).toEqual({ ok: false, message });
    expect(await backend.call('accounts:add', { connector: 'wordpress', name: 'Website', settings })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message },
    });
    const account = await backend.value('accounts:add', {
      connector: 'wordpress',
      name: 'Website',
      settings: { ...settings, siteUrl: 'https://ashcombe-pc.example.org' },
    });
    expect(
      await backend.call('accounts:update', {
        id: account.id,
        settings: { siteUrl: settings.siteUrl, applicationPassword: 'typed-again-1234' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input', message } });
  });
});

const mailUser = 'clerk@parish.test';
const mailPassword = 'Parish-Mail-Password-2026';
const savedMail = {
  address: mailUser,
  imapHost: 'imap.parish.example',
  imapPort: 993,
  imapTls: true,
  smtpHost: 'smtp.parish.example',
  smtpPort: 465,
  smtpTls: true,
  user: mailUser,
};

describe('a saved email password', () => {
  async function savedEmailAccount() {
    const imap = await listening(mailListeningPost('IMAP'));
    const smtp = await listening(mailListeningPost('SMTP'));
    const backend = await backendOn(tempDir());
    const account = await backend.value('accounts:add', {
      connector: 'email',
      name: 'Council email',
      settings: { ...savedMail, password: mailPassword },
    });
    return { imap, smtp, backend, account };
  }

  const posts = (...servers: MailListeningPost[]) =>
    servers.map((server) => ({ connections: server.connections(), received: server.received() }));

  it('is not sent to another server, port or without TLS, by Test connection or Save', async () => {
    const { imap, smtp, backend, account } = await savedEmailAccount();
    const elsewhere = {
      imapHost: imap.host,
      imapPort: imap.port,
      imapTls: false,
      smtpHost: smtp.host,
      smtpPort: smtp.port,
      smtpTls: false,
    };
    const refused = {
      ok: false,
      error: {
        code: 'secret_needed',
        message:
          'The mail server address, port or security changed, so type the password again: a saved password is only ever sent to the server it was saved for.',
        details: { fields: ['password'] },
      },
    };
    const changes: Record<string, string | number | boolean>[] = [
      elsewhere,
      { imapHost: imap.host, imapPort: imap.port },
      { imapTls: false },
      { smtpPort: smtp.port },
      { smtpHost: 'SMTP.parish.example.', smtpTls: false },
    ];
    for (const change of changes) {
      expect(await backend.call('accounts:test', { id: account.id, settings: change }), JSON.stringify(change)).toEqual(
        refused,
      );
      expect(
        await backend.call('accounts:update', { id: account.id, settings: change }),
        JSON.stringify(change),
      ).toEqual(refused);
    }
    expect(posts(imap, smtp)).toEqual([
      { connections: 0, received: '' },
      { connections: 0, received: '' },
    ]);
    expect((await backend.value('accounts:list', {})).accounts[0]?.config).toEqual({
      ...savedMail,
      oauthTokenUrl: undefined,
      oauthClientId: undefined,
    });
  });

  it('checks the edited settings with the same rules as a new account', async () => {
    const { imap, smtp, backend, account } = await savedEmailAccount();
    expect(await backend.value('accounts:test', { id: account.id, settings: { imapPort: 'not-a-port' } })).toEqual({
      ok: false,
      message: 'Council email: IMAP port: give a port number from 1 to 65535.',
    });
    expect(
      await backend.call('accounts:update', {
        id: account.id,
        settings: { imapPort: 'not-a-port', password: 'typed-again' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(
      await backend.call('accounts:test', {
        id: account.id,
        settings: { imapHost: imap.host, imapPort: imap.port, unknownField: 'x' },
      }),
    ).toMatchObject({ ok: true, value: { ok: false } });
    expect(posts(imap, smtp)).toEqual([
      { connections: 0, received: '' },
      { connections: 0, received: '' },
    ]);
  });

  it('goes to the new server only once typed again; saved secrets not typed again are dropped, and the record says so', async () => {
    const { imap, backend, account } = await savedEmailAccount();
    const typedAgain = 'typed-again-for-the-new-server';
    const newServer = { imapHost: imap.host, imapPort: imap.port, imapTls: false };
    const tested = await backend.value('accounts:test', {
      id: account.id,
      settings: { ...newServer, password: typedAgain },
    });
    expect(tested).toMatchObject({
      ok: false,
      message: expect.stringContaining('refused the user name or password') as string,
    });
    expect(imap.received()).toContain(typedAgain);
    for (const form of credentialForms(mailUser, mailPassword)) expect(imap.received()).not.toContain(form);

    const withToken = await backend.value('accounts:update', {
      id: account.id,
      settings: { accessToken: 'saved-oauth-access-token' },
    });
    expect(withToken.savedSecrets).toEqual(['password', 'accessToken']);
    const moved = await backend.value('accounts:update', {
      id: account.id,
      settings: { ...newServer, password: typedAgain },
    });
    expect(moved).toMatchObject({ savedSecrets: ['password'], config: newServer });
    expect(
      sqliteHandle(backend.backend.store)
        .prepare(`SELECT details FROM actions WHERE kind = 'account-updated' ORDER BY id DESC`)
        .pluck()
        .get(),
    ).toContain('"secretsDropped":["accessToken"]');
    expect(imap.received()).not.toContain('saved-oauth-access-token');
  });
});

describe('a saved Facebook, X or Twilio token', () => {
  const accounts = {
    facebook: {
      api: 'facebook',
      settings: { pageId: '1000', accessToken: 'EAAGpageTOKEN-for-Little-Snoring-1234567890' },
      secrets: ['EAAGpageTOKEN-for-Little-Snoring-1234567890'],
    },
    x: {
      api: 'x',
      settings: {
        accountId: '1000000001',
        accessToken: 'x-access-token-0001',
        refreshToken: 'x-refresh-token-0001',
        clientId: 'council-app',
      },
      secrets: ['x-access-token-0001', 'x-refresh-token-0001'],
    },
    twilio: {
      api: 'twilio',
      settings: {
        accountSid: `AC${'0'.repeat(32)}`,
        authToken: 'twilio-auth-token-0123456789',
        number: '+447400123456',
      },
      secrets: ['twilio-auth-token-0123456789'],
    },
  } as const;

  for (const [kind, account] of Object.entries(accounts) as [
    keyof typeof accounts,
    (typeof accounts)[keyof typeof accounts],
  ][]) {
    it(`${kind}: is not sent when the console is started with another API address`, async () => {
      const first = await listening(httpListeningPost());
      const second = await listening(httpListeningPost());
      const dir = tempDir();
      const before = await backendOn(dir, { [account.api]: first.origin });
      const saved = await before.value('accounts:add', {
        connector: kind,
        name: 'Council account',
        settings: account.settings,
      });
      await before.backend.close();

      const after = await backendOn(dir, { [account.api]: second.origin });
      expect(after.backend.channels.connectors.has(saved.id)).toBe(false);
      const [listed] = (await after.value('accounts:list', {})).accounts;
      expect(listed).toMatchObject({
        health: 'auth',
        healthMessage: expect.stringMatching(
          /address the console uses changed, so type the .* again: a saved token is only ever sent to the address it was saved for\. Edit the account under Settings → Channels\.$/,
        ) as string,
      });
      expect(await after.call('accounts:test', { id: saved.id })).toMatchObject({
        ok: false,
        error: { code: 'secret_needed' },
      });
      expect(await after.call('accounts:test', { id: saved.id, settings: {} })).toMatchObject({
        ok: false,
        error: { code: 'secret_needed' },
      });
      expect(await after.call('accounts:update', { id: saved.id, settings: {} })).toMatchObject({
        ok: false,
        error: { code: 'secret_needed' },
      });
      expect(second.requests).toEqual([]);
      expectNothingFrom(first, account.secrets);
    });
  }
});

describe('a Facebook token saved before the move to Graph v27.0', () => {
  it('still goes to graph.facebook.com: the version is not a destination, another host still is', async () => {
    const graph = await listening(httpListeningPost());
    const elsewhere = await listening(httpListeningPost());
    const dir = tempDir();
    const token = 'EAAGpageTOKEN-saved-under-v23-0123456789';
    const before = await backendOn(dir, { facebook: `${graph.origin}/v23.0` });
    const saved = await before.value('accounts:add', {
      connector: 'facebook',
      name: 'Council Page',
      settings: { pageId: '1000', accessToken: token },
    });
    await before.backend.close();

    const after = await backendOn(dir, { facebook: `${graph.origin}/v27.0` });
    expect(after.backend.channels.connectors.has(saved.id)).toBe(true);
    expect((await after.value('accounts:list', {})).accounts[0]).toMatchObject({ health: 'ok' });
    expect(await after.call('accounts:test', { id: saved.id, settings: {} })).toMatchObject({ ok: true });
    expect(graph.requests.some((request) => request.includes('/v27.0/1000') && request.includes(token))).toBe(true);
    await after.backend.close();

    const moved = await backendOn(dir, { facebook: `${elsewhere.origin}/v27.0` });
    expect(await moved.call('accounts:test', { id: saved.id, settings: {} })).toMatchObject({
      ok: false,
      error: { code: 'secret_needed' },
    });
    expectNothingFrom(elsewhere, [token]);
  });
});

describe('Test connection', () => {
  /** A port that answers, but not as a mail server or a website: an SSH server, say. */
  async function bannerPort(): Promise<{ port: number; close(): Promise<void> }> {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.end('SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n<html><body>{"message":"router admin"}</body></html>\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const post = {
      port: (server.address() as AddressInfo).port,
      close: () => {
        for (const socket of sockets) socket.destroy();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
    open.push(post);
    return post;
  }

  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  it('says the same of a closed port and of a port where something else answers, and repeats nothing it said', async () => {
    const backend = await backendOn(tempDir());
    const answering = await bannerPort();
    const closed = await closedPort();
    const mail = (port: number) =>
      backend.value('accounts:test', {
        connector: 'email',
        settings: { ...savedMail, imapHost: '127.0.0.1', imapPort: port, imapTls: false, password: mailPassword },
      });
    const site = (port: number) =>
      backend.value('accounts:test', {
        connector: 'wordpress',
        settings: { siteUrl: `http://127.0.0.1:${port}`, user: wordpressUser, applicationPassword: wordpressPassword },
      });
    const withoutPort = (result: { message: string }, port: number) => result.message.replace(String(port), 'PORT');

    const [mailAnswering, mailClosed, siteAnswering, siteClosed] = [
      await mail(answering.port),
      await mail(closed),
      await site(answering.port),
      await site(closed),
    ];
    expect(withoutPort(mailAnswering, answering.port)).toBe(withoutPort(mailClosed, closed));
    expect(withoutPort(mailClosed, closed)).toBe(
      'Could not reach the email server at 127.0.0.1:PORT (IMAP). Check the address and port; the console will try again.',
    );
    expect(withoutPort(siteAnswering, answering.port)).toBe(withoutPort(siteClosed, closed));
    expect(withoutPort(siteClosed, closed)).toBe(
      'Could not reach the WordPress site at 127.0.0.1:PORT. Check the address and port; the console will try again.',
    );
    expect(JSON.stringify([mailAnswering, siteAnswering])).not.toMatch(/SSH|OpenSSH|router|html/i);
  });
});
