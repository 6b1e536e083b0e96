// A backend for component tests: each method answers from a function of its input (or is refused with
// the message given), every call is recorded, and events are sent by hand.
import type { ReactNode } from 'react';
import { clientFromBridge, type ConsoleBridge } from '../../electron/api/client';
import type { Envelope } from '../../electron/api/envelope';
import type { ConsoleEvent } from '../../electron/api/events';
import { ApiProvider, newQueryClient } from '../api/ApiProvider';

/** An answer, or `{ refused: message }` to have the backend say no. */
export type Answer = (input: unknown) => unknown;

export function refused(message: string) {
  return { refused: message };
}

export function fakeBackend(answers: Record<string, Answer>) {
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const calls: { method: string; input: unknown }[] = [];
  const bridge: ConsoleBridge = {
    invoke: async (method, input): Promise<Envelope<unknown>> => {
      calls.push({ method, input });
      const answer = answers[method];
      if (!answer) return { ok: false, error: { code: 'internal', message: `No answer for ${method}` } };
      const value = answer(input);
      if (typeof value === 'object' && value !== null && 'refused' in value && typeof value.refused === 'string')
        return { ok: false, error: { code: 'invalid_input', message: value.refused } };
      return { ok: true, value };
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const wrap = (children: ReactNode) => (
    <ApiProvider api={clientFromBridge(bridge)} client={newQueryClient()}>
      {children}
    </ApiProvider>
  );
  const callsOf = (method: string) => calls.filter((call) => call.method === method).map((call) => call.input);
  return { wrap, calls, callsOf, send: (event: ConsoleEvent) => listeners.forEach((listener) => listener(event)) };
}
