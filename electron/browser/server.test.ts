import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './server';
import { testBackend, type TestBackend } from '../../testing/support/test-backend';
import { nonLoopbackAddress } from '../../testing/support/listening-post';
import { useTempDirs } from '../../testing/support/temp-dir';

const tempDir = useTempDirs();
const token = 'test-token-0123456789';
let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function start(): Promise<{ port: number; backend: TestBackend }> {
  const dir = tempDir();
  const backend = await testBackend(dir);
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Console</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const server = await startServer({
    handlers: backend.backend.handlers,
    events: backend.backend.events,
    token,
    rendererDir,
    port: 0,
    log: () => undefined,
  });
  cleanup = async () => {
    await server.close();
    await backend.backend.close();
  };
  return { port: server.port, backend };
}

const api = (port: number, method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(port, `/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('calls the contract with the token', async () => {
    const { port } = await start();
    const reply = await api(port, 'queue:list', { status: 'all' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { total: 7 } });
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const { port } = await start();
    const without = await send(port, '/api/queue:list', { method: 'POST', body: '{}' });
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await api(port, 'queue:list', {}, { Authorization: `Bearer ${token}x` })).status).toBe(401);
    expect((await send(port, '/api/events', { headers: { Authorization: 'Bearer nope' } })).status).toBe(401);
  });

  it.skipIf(nonLoopbackAddress() === null)(
    'cannot be reached from another machine: it listens on 127.0.0.1 only',
    async () => {
      const { port } = await start();
      const refused = await new Promise<string>((resolve) => {
        const socket = connect({ host: nonLoopbackAddress() ?? '', port });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');
    },
  );

  it('answers 403 to a Host that is not the loopback address (DNS rebinding) and to foreign origins', async () => {
    const { port } = await start();
    expect((await api(port, 'queue:list', {}, { Host: `evil.example:${port}` })).status).toBe(403);
    expect((await send(port, '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await api(port, 'queue:list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(port, 'queue:list', {}, { Host: `localhost:${port}` })).status).toBe(200);
  });

  it('answers 400 with the envelope for invalid input or body', async () => {
    const { port } = await start();
    const reply = await api(port, 'queue:list', { limit: 'lots' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ path: 'limit' }] },
    });
    const broken = await send(port, '/api/queue:list', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: '{oops',
    });
    expect(broken.status).toBe(400);
  });

  it('answers 404 for an unknown method or item, 405 for GET on a method', async () => {
    const { port } = await start();
    expect((await api(port, 'queue:explode', {})).status).toBe(404);
    const missing = await api(port, 'item:get', { id: 12345 });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ error: { code: 'not_found' } });
    expect((await send(port, '/api/queue:list', { headers: { Authorization: `Bearer ${token}` } })).status).toBe(405);
    expect((await api(port, 'queue%E0%A4%A', {})).status).toBe(400);
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const { port } = await start();
    const page = await send(port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await send(port, '/../secret.txt')).status).toBe(404);
    expect((await send(port, '/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('streams events to the page as server-sent events, saying first that it is listening', async () => {
    const { port, backend } = await start();
    const received = new Promise<unknown[]>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/events', headers: { Authorization: `Bearer ${token}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          let acted = false;
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            const events = [...text.matchAll(/data: (.+)\n\n/g)].map(
              (match) => JSON.parse(match[1] ?? 'null') as unknown,
            );
            // Acting only once the stream says it listens: the action's event must not be lost.
            if (events.length === 1 && !acted) {
              acted = true;
              void backend.value('item:markHandled', { id: 2 });
            }
            if (events.length === 2) {
              resolve(events);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(await received).toEqual([
      { type: 'events:connected' },
      { type: 'queue:changed', cause: 'action', itemIds: [2] },
    ]);
  });
});
