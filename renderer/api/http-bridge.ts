// Browser mode's bridge: POST /api/<method> with the token, and events as server-sent events over fetch.
import type { ConsoleBridge } from '../../electron/api/client';
import type { Envelope } from '../../electron/api/envelope';
import type { ConsoleEvent } from '../../electron/api/events';
import { parseEventStream } from './event-stream';

const reconnectMs = 2_000;
const unreachable: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: "The console's server did not answer. Is it still running?" },
};

type Listener = (event: ConsoleEvent) => void;

export function httpBridge(token: string, options: { reconnectMs?: number } = {}): ConsoleBridge {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  // One stream for every listener: a browser allows only six connections to the console, and a
  // view that subscribes to a stream already open misses nothing from then on.
  const listeners = new Set<Listener>();
  let stream: AbortController | null = null;
  const deliver = (event: ConsoleEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return unreachable;
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!stream) {
        stream = new AbortController();
        void streamEvents(headers, stream.signal, deliver, options.reconnectMs ?? reconnectMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stream?.abort();
          stream = null;
        }
      };
    },
  };
}

async function streamEvents(
  headers: Record<string, string>,
  signal: AbortSignal,
  deliver: Listener,
  waitMs: number,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/events', { headers, signal });
      // The server's first event is 'events:connected', so every view refetches after a gap.
      if (response.body) {
        for await (const event of parseEventStream(response.body)) deliver(event as ConsoleEvent);
      }
    } catch {
      // The stream broke (server restarted, laptop slept): try again shortly.
    }
    if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}
