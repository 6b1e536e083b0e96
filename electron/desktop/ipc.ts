// THE only user of ipcMain: one invoke channel, the sender frame checked before any handler runs.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { dispatch, type HandlerMap, type InternalErrorReporter } from '../api/dispatch';
import { fail, type Envelope } from '../api/envelope';
import type { ConsoleEvent } from '../api/events';
import { eventChannel, invokeChannel } from './ipc-channels';
import { isAppUrl } from './navigation-guards';

export interface IpcOptions {
  reportInternalError: InternalErrorReporter;
}

/** Only the app's own top-level page may call: not a subframe, not a page that navigated elsewhere. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export function handleInvoke(handlers: HandlerMap, options: IpcOptions) {
  return async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) return fail('forbidden', 'This window is not allowed to use the console.');
    if (typeof method !== 'string') return fail('invalid_input', 'The method name must be text.');
    return dispatch(handlers, method, input, options.reportInternalError);
  };
}

export function registerIpc(ipcMain: IpcMain, handlers: HandlerMap, options: IpcOptions): () => void {
  ipcMain.handle(invokeChannel, handleInvoke(handlers, options));
  return () => ipcMain.removeHandler(invokeChannel);
}

/** electron-store listens on its own channel when it is opened in main; taken off so `invoke` is the only way in. */
export function removeElectronStoreListener(ipcMain: { removeAllListeners(channel: string): unknown }): void {
  ipcMain.removeAllListeners('electron-store-get-data');
}

export function forwardEvents(
  events: { subscribe(listener: (event: ConsoleEvent) => void): () => void },
  contents: WebContents,
): () => void {
  return events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(eventChannel, event);
  });
}
