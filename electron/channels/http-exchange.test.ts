// httpExchange against a real local HTTP server: what reaches the server, how bodies read, and failures through the caller's mapping.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChannelError } from './channel-error';
import { connectionFailure } from './connection-failure';
import { httpExchange, type HttpRequest } from './http-exchange';

interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Reply = (response: ServerResponse) => void;

let server: Server;
let base: string;
let reply: Reply;
let received: Received[];

beforeEach(async () => {
  received = [];
  reply = (response) => response.end();
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body });
      reply(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A mapping as a connector writes it: the service's own name in the clerk's message. */
function exampleFailure(error: unknown): ChannelError {
  return connectionFailure(error, 'Example API (example.test)');
}

function request(overrides: Partial<HttpRequest> = {}): HttpRequest {
  return { method: 'GET', url: new URL(`${base}/items`), headers: {}, failure: exampleFailure, ...overrides };
}

function answerWith(status: number, text: string, headers: Record<string, string> = {}): Reply {
  return (response) => {
    response.writeHead(status, headers);
    response.end(text);
  };
}

/** The address of a port that was just listening and is now closed, so a connection to it is refused. */
async function closedAddress(): Promise<string> {
  const throwaway = createServer();
  await new Promise<void>((resolve) => throwaway.listen(0, '127.0.0.1', resolve));
  const address = `http://127.0.0.1:${(throwaway.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => throwaway.close(() => resolve()));
  return address;
}

/** What `promise` threw; fails the test when it resolved. */
async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the exchange should have failed'),
    (error: unknown) => error,
  );
}

describe('httpExchange', () => {
  it('sends the method, query, headers and body as given, and reads a JSON answer with its status and headers', async () => {
    reply = answerWith(201, '{"sid":"SM1","tags":["a"]}', {
      'content-type': 'application/json',
      'x-rate-limit-remaining': '7',
    });
    const url = new URL(`${base}/items`);
    url.searchParams.set('page', '2');

    const answer = await httpExchange(
      request({
        method: 'POST',
        url,
        headers: { Authorization: 'Basic abc', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'To=%2B447700900123&Body=Hi',
      }),
    );

    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-rate-limit-remaining')).toBe('7');
    expect(answer.body).toEqual({ sid: 'SM1', tags: ['a'] });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', path: '/items?page=2', body: 'To=%2B447700900123&Body=Hi' });
    expect(received[0]?.headers).toMatchObject({
      authorization: 'Basic abc',
      'content-type': 'application/x-www-form-urlencoded',
    });
  });

  it('returns a refusal as an answer, its JSON body read, rather than throwing', async () => {
    reply = answerWith(404, '{"code":"rest_no_route","message":"No route"}');
    const answer = await httpExchange(request());
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ code: 'rest_no_route', message: 'No route' });
  });

  it('reads an empty or whitespace-only body as undefined, or as null when the caller asks', async () => {
    reply = answerWith(204, '');
    expect((await httpExchange(request())).body).toBeUndefined();
    expect((await httpExchange(request({ blankBodyAs: null }))).body).toBeNull();
    reply = answerWith(200, ' \n');
    expect((await httpExchange(request())).body).toBeUndefined();
    expect((await httpExchange(request({ blankBodyAs: null }))).body).toBeNull();
  });

  it('reads a body that is not JSON as undefined, even when blank bodies read as null', async () => {
    reply = answerWith(200, '<html><body>Site under maintenance</body></html>', { 'content-type': 'text/html' });
    const answer = await httpExchange(request({ blankBodyAs: null }));
    expect(answer.status).toBe(200);
    expect(answer.body).toBeUndefined();
  });

  it('tells a JSON null apart from an empty body', async () => {
    reply = answerWith(200, 'null');
    expect((await httpExchange(request())).body).toBeNull();
  });

  it('turns a refused connection into the ChannelError the caller maps it to', async () => {
    const closed = await closedAddress();

    const error = await thrownBy(httpExchange(request({ url: new URL(`${closed}/items`) })));

    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({
      kind: 'network',
      message:
        'Could not reach Example API (example.test). Check the internet connection and any firewall or proxy; the console will try again.',
    });
  });

  it("gives up when no answer comes within the time limit, in the caller's words", async () => {
    reply = () => undefined;
    const error = await thrownBy(httpExchange(request({ timeoutMs: 50 })));
    expect(error).toMatchObject({
      kind: 'network',
      message:
        'Could not reach Example API (example.test). Check the internet connection and any firewall or proxy; the console will try again.',
    });
    expect(received).toHaveLength(1);
  });

  describe('a body cut off after the status line', () => {
    beforeEach(() => {
      reply = (response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        response.write('{"data":[');
        setImmediate(() => response.destroy());
      };
    });

    it('goes through the mapping like a request that got no answer', async () => {
      const error = await thrownBy(httpExchange(request()));
      expect(error).toMatchObject({
        kind: 'network',
        message:
          'Could not reach Example API (example.test). Check the internet connection and any firewall or proxy; the console will try again.',
      });
    });
  });
});
