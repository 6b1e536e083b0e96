// "Try the demo parish": the demo opens in front of the council's console, in a folder of its own, and closes
// back to it. The council's backend keeps running behind it (its channels sync, its out-of-office answers go),
// and nothing of the demo reaches the council's record: the two never share a database or a secret store.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handler, HandlerMap } from '../api/dispatch';
import { contract, type MethodName } from '../api/contract';
import { fail, ok } from '../api/envelope';
import { EventHub } from '../sync/event-hub';
import type { Backend } from './composition';

/** The part of a backend a transport serves: its handlers and events, and how to stop it. */
export type ServedBackend = Pick<Backend, 'handlers' | 'events' | 'close'>;

/** The demo's folder inside the council's data folder: deleted when the demo closes and before it opens. */
export function demoFolderOf(councilDataDir: string): string {
  return join(councilDataDir, 'demo-parish');
}

/**
 * The council's backend with the demo parish able to open in front of it. `startDemo` starts a backend on the
 * built-in demo parish in the folder it is given (the transport's own secret store and options).
 */
export function withDemoParish(
  council: ServedBackend,
  councilDataDir: string,
  startDemo: (dataDir: string) => Promise<ServedBackend>,
): ServedBackend {
  const events = new EventHub();
  const folder = demoFolderOf(councilDataDir);
  let demo: ServedBackend | null = null;
  let opening: Promise<ServedBackend> | null = null;
  let stopForwarding = council.events.subscribe((event) => events.publish(event));
  const shown = (): ServedBackend => demo ?? council;
  const forwardFrom = (backend: ServedBackend) => {
    stopForwarding();
    stopForwarding = backend.events.subscribe((event) => events.publish(event));
  };

  const open = async (): Promise<ServedBackend> => {
    if (demo) return demo;
    // Two clicks while it opens open one demo.
    opening ??= (async () => {
      await rm(folder, { recursive: true, force: true });
      return startDemo(folder);
    })().finally(() => (opening = null));
    demo = await opening;
    forwardFrom(demo);
    return demo;
  };
  const close = async (): Promise<void> => {
    if (!demo) return;
    const closing = demo;
    demo = null;
    forwardFrom(council);
    await closing.close();
    await rm(folder, { recursive: true, force: true });
  };

  const delegate = <M extends MethodName>(method: M): Handler<M> =>
    ((input) => (shown().handlers[method] as Handler<M>)(input)) as Handler<M>;
  const handlers = Object.fromEntries(
    (Object.keys(contract) as MethodName[]).map((method) => [method, delegate(method)]),
  ) as HandlerMap;

  handlers['demo:open'] = async () => {
    try {
      await open();
    } catch (error) {
      return fail(
        'internal',
        `The demo parish could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return ok({ showing: 'demo' });
  };
  handlers['demo:close'] = async () => {
    await close();
    return ok({ showing: 'council' });
  };
  handlers['app:info'] = async (input) => {
    const answer = await shown().handlers['app:info'](input);
    if (!answer.ok || !demo) return answer;
    const councilInfo = await council.handlers['app:info'](input);
    return ok({ ...answer.value, demoInFront: { councilName: councilInfo.ok ? councilInfo.value.councilName : '' } });
  };

  return {
    handlers,
    events,
    close: async () => {
      await close();
      await council.close();
    },
  };
}
