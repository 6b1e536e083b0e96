// Exposes exactly the contract's bridge to the page, and nothing else of Electron.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ConsoleBridge } from '../api/client';
import type { Envelope } from '../api/envelope';
import type { ConsoleEvent } from '../api/events';
import { eventChannel, invokeChannel } from './ipc-channels';

const bridge = {
  invoke: (method: string, input: unknown) =>
    ipcRenderer.invoke(invokeChannel, method, input) as Promise<Envelope<unknown>>,
  onEvent: (listener: (event: ConsoleEvent) => void) => {
    // The page gets the event's data only, never the IpcRendererEvent (which carries the sender).
    const forward = (_event: IpcRendererEvent, data: ConsoleEvent) => listener(data);
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
} satisfies ConsoleBridge;

contextBridge.exposeInMainWorld('council', bridge);
