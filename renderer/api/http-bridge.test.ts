// The browser bridge's event stream: one stream shared by every listener, and every gap announced.
// fetch is replaced by an in-page endpoint that answers as the console's server does (the renderer
// may not use Node, so no real socket here; electron/browser/server.test.ts covers the server's side).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEvent } from '../../electron/api/events';
import { httpBridge } from './http-bridge';

interface OpenStream {
  controller: ReadableStreamDefaultController<Uint8Array>;
  closed: boolean;
}

/** Answers GET /api/events with a server-sent event stream that starts with 'events:connected'. */
function eventEndpoint() {
  const streams: OpenStream[] = [];
  const encoder = new TextEncoder();
  const write = (stream: OpenStream, event: ConsoleEvent) =>
    stream.controller.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const authorised = new Headers(init?.headers).get('Authorization') === 'Bearer t0ken';
    if (url !== '/api/events' || !authorised) return new Response(null, { status: 404 });
    let opened: OpenStream | null = null;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        opened = { controller, closed: false };
        streams.push(opened);
        write(opened, { type: 'events:connected' });
      },
      cancel() {
        if (opened) opened.closed = true;
      },
    });
    init?.signal?.addEventListener('abort', () => {
      if (opened && !opened.closed) {
        opened.closed = true;
        opened.controller.error(new DOMException('aborted', 'AbortError'));
      }
    });
    return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
  });
  const open = () => streams.filter((stream) => !stream.closed);
  return {
    streams,
    open,
    send: (event: ConsoleEvent) => open().forEach((stream) => write(stream, event)),
    /** The server goes away mid-stream (restart, sleep). */
    drop: () =>
      open().forEach((stream) => {
        stream.closed = true;
        stream.controller.close();
      }),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const ingest: ConsoleEvent = { type: 'queue:changed', cause: 'ingest', channel: 'sms', added: 1 };
const connected: ConsoleEvent = { type: 'events:connected' };

describe('httpBridge events', () => {
  it('shares one stream between every listener and closes it after the last one leaves', async () => {
    const endpoint = eventEndpoint();
    const bridge = httpBridge('t0ken');
    const first: ConsoleEvent[] = [];
    const second: ConsoleEvent[] = [];
    const stopFirst = bridge.onEvent((event) => first.push(event));
    const stopSecond = bridge.onEvent((event) => second.push(event));
    await vi.waitFor(() => expect(first).toEqual([connected]));
    endpoint.send(ingest);
    await vi.waitFor(() => expect(second).toEqual([connected, ingest]));
    expect(first).toEqual([connected, ingest]);
    expect(endpoint.streams).toHaveLength(1);

    stopFirst();
    expect(endpoint.open()).toHaveLength(1);
    stopSecond();
    expect(endpoint.open()).toHaveLength(0);
  });

  it('reconnects after the server drops the stream and passes on that it is listening again', async () => {
    const endpoint = eventEndpoint();
    const bridge = httpBridge('t0ken', { reconnectMs: 10 });
    const events: ConsoleEvent[] = [];
    const stop = bridge.onEvent((event) => events.push(event));
    await vi.waitFor(() => expect(events).toEqual([connected]));
    endpoint.drop();
    await vi.waitFor(() => expect(events).toEqual([connected, connected]));
    endpoint.send(ingest);
    await vi.waitFor(() => expect(events).toEqual([connected, connected, ingest]));
    expect(endpoint.streams).toHaveLength(2);
    stop();
  });
});
