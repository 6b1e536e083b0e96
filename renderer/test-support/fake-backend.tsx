// Component tests' backend: the real API client, provider and request parsing (api/dispatch, as the console's
// own backend parses) over an in-test bridge whose answers the test gives. Every request is kept, so a test can
// check what a clerk's action asked for; a request the test gives no answer to fails the test.
import type { ReactNode } from 'react';
import { clientFromBridge, type ConsoleBridge } from '../../electron/api/client';
import {
  isMethodName,
  methodNames,
  type MethodName,
  type MethodOutput,
  type ParsedInput,
} from '../../electron/api/contract';
import { dispatch, type HandlerMap } from '../../electron/api/dispatch';
import { ok, type Envelope } from '../../electron/api/envelope';
import type { ConsoleEvent } from '../../electron/api/events';
import { ApiProvider, newQueryClient } from '../api/ApiProvider';

type Answer<M extends MethodName> =
  MethodOutput<M> | ((input: ParsedInput<M>) => Envelope<MethodOutput<M>> | Promise<Envelope<MethodOutput<M>>>);

/** What the backend answers, per method: a value, or a function of the request (which may refuse it). */
export type Answers = { [M in MethodName]?: Answer<M> };

type Respond = (input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

export function fakeBackend(answers: Answers) {
  const requests: { method: MethodName; input: unknown }[] = [];
  const listeners = new Set<(event: ConsoleEvent) => void>();
  const handlers = Object.fromEntries(
    methodNames.map((method): [MethodName, Respond] => [
      method,
      (input) => {
        const answer: unknown = answers[method];
        if (answer === undefined) throw new Error(`The test gives no answer to ${method}.`);
        return typeof answer === 'function' ? (answer as Respond)(input) : ok(answer);
      },
    ]),
  ) as unknown as HandlerMap;
  const bridge: ConsoleBridge = {
    invoke: (method, input) => {
      if (isMethodName(method)) requests.push({ method, input });
      return dispatch(handlers, method, input, (_method, error) => {
        throw error;
      });
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const api = clientFromBridge(bridge);
  const client = newQueryClient();

  return {
    /** What a test renders goes inside, as the app puts everything inside ApiProvider. */
    wrap: (children: ReactNode) => (
      <ApiProvider api={api} client={client}>
        {children}
      </ApiProvider>
    ),
    /** The requests made to one method, in order, as the renderer sent them. */
    requestsTo: (method: MethodName): unknown[] =>
      requests.filter((request) => request.method === method).map((request) => request.input),
    send: (event: ConsoleEvent) => listeners.forEach((listener) => listener(event)),
  };
}
