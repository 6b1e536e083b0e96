// Browser mode: the same handler map over HTTP on 127.0.0.1 only, behind a per-run token.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type HandlerMap } from '../api/dispatch';
import { fail, type Envelope, type ErrorCode } from '../api/envelope';
import type { ConsoleEvent } from '../api/events';
import type { EventHub } from '../sync/event-hub';
import { serveStatic } from './server-static';

export interface ServerOptions {
  handlers: HandlerMap;
  events: EventHub;
  token: string;
  rendererDir: string;
  port: number;
  log: (line: string) => void;
}

const maxBodyBytes = 1_000_000;
const maxPolicyBodyBytes = 14_500_000;
const keepAliveMs = 15_000;

const statusByCode: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  policy_check: 422,
  secret_needed: 422,
  internal: 500,
};

export async function startServer(
  options: ServerOptions,
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response, options, port).catch((error: unknown) => {
      options.log(`Unexpected error serving ${request.method} ${request.url}: ${String(error)}`);
      if (!response.headersSent) sendEnvelope(response, fail('internal', 'The console could not answer this request.'));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: ServerOptions,
  port: number,
): Promise<void> {
  if (!isLoopbackHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) {
    sendEnvelope(response, fail('forbidden', 'Browser mode only answers http://127.0.0.1 on its own port.'));
    return;
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (!url.pathname.startsWith('/api/')) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendMethodNotAllowed(response, 'GET');
    return serveStatic(options.rendererDir, url.pathname, request.method === 'HEAD', response);
  }
  if (!hasToken(request.headers.authorization, options.token)) {
    sendEnvelope(
      response,
      fail('unauthorized', 'This request needs the token from the address that `npm run preview` printed.'),
    );
    return;
  }
  if (url.pathname === '/api/events') {
    if (request.method !== 'GET') return sendMethodNotAllowed(response, 'GET');
    return streamEvents(request, response, options.events);
  }
  if (request.method !== 'POST') return sendMethodNotAllowed(response, 'POST');
  let method: string;
  try {
    method = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    return sendEnvelope(response, fail('invalid_input', 'The method name in the address is not valid.'));
  }
  // A policy file comes as base64 in the body: up to 10 MB of file, every other call much less.
  const body = await readBody(request, method === 'policy:import' ? maxPolicyBodyBytes : maxBodyBytes);
  if (!body.ok) return sendEnvelope(response, body);
  const envelope = await dispatch(options.handlers, method, body.value, (name, error) =>
    options.log(
      `Internal error in ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    ),
  );
  sendEnvelope(response, envelope);
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function hasToken(authorization: string | undefined, token: string): boolean {
  const presented = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

async function readBody(request: IncomingMessage, limit: number): Promise<Envelope<unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return fail('invalid_input', 'The request is too large.');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('invalid_input', 'The request body is not valid JSON.');
  }
}

function streamEvents(request: IncomingMessage, response: ServerResponse, events: EventHub): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  const send = (event: ConsoleEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = events.subscribe(send);
  // Subscribed first, then said: every event after this one reaches the page.
  send({ type: 'events:connected' });
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), keepAliveMs);
  request.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function sendEnvelope(response: ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : statusByCode[envelope.error.code];
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(envelope));
}

function sendMethodNotAllowed(response: ServerResponse, allow: string): void {
  response.writeHead(405, { Allow: allow, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(fail('invalid_input', `Use ${allow} here.`)));
}
