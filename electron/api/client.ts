// The typed client both transports satisfy; the renderer only ever sees this.
import type { Envelope } from './envelope';
import type { ConsoleEvent } from './events';
import type { MethodInput, MethodName, MethodOutput } from './contract';

export interface ConsoleBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: ConsoleEvent) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>>;
  onEvent(listener: (event: ConsoleEvent) => void): () => void;
}

export function clientFromBridge(bridge: ConsoleBridge): ApiClient {
  return {
    call: async <M extends MethodName>(method: M, input: MethodInput<M>) =>
      (await bridge.invoke(method, input)) as Envelope<MethodOutput<M>>,
    onEvent: (listener) => bridge.onEvent(listener),
  };
}
