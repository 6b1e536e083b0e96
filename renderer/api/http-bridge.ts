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

export function httpBridge(token: string): ConsoleBridge {
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  return {
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return unreachable;
      }
    },
    onEvent(listener) {
      const controller = new AbortController();
      void streamEvents(headers, controller.signal, listener);
      return () => controller.abort();
    },
  };
}

async function streamEvents(headers: Record<string, string>, signal: AbortSignal, listener: (event: ConsoleEvent) => void): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/events', { headers, signal });
      if (response.body) {
        for await (const event of parseEventStream(response.body)) listener(event as ConsoleEvent);
      }
    } catch {
      // The stream broke (server restarted, laptop slept): try again shortly.
    }
    if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, reconnectMs));
  }
}
