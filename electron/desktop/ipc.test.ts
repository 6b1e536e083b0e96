import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';
import { handleInvoke, registerIpc } from './ipc';

function handlers(overrides: Partial<HandlerMap> = {}): HandlerMap {
  const unused = () => {
    throw new Error('not in this test');
  };
  return new Proxy(overrides, {
    get: (target, key) => (target as Record<string, unknown>)[key as string] ?? unused,
  }) as HandlerMap;
}

function eventFrom(url: string, options: { subframe?: boolean; noFrame?: boolean } = {}): IpcMainInvokeEvent {
  const mainFrame = { url };
  const senderFrame = options.noFrame ? null : options.subframe ? { url } : mainFrame;
  return { senderFrame, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

describe('IPC', () => {
  it("passes a call from the app's own page to the handler, input parsed", async () => {
    const list = vi.fn(() => ok({ items: [], total: 0, nextCursor: null }));
    const invoke = handleInvoke(handlers({ 'queue:list': list }), { reportInternalError: vi.fn() });
    expect(await invoke(eventFrom('app://console/index.html'), 'queue:list', {})).toEqual({
      ok: true,
      value: { items: [], total: 0, nextCursor: null },
    });
    expect(list).toHaveBeenCalledWith({ status: 'new', limit: 100, order: 'newest' });
  });

  it('refuses a foreign page, a subframe and a missing frame without calling any handler', async () => {
    const list = vi.fn();
    const invoke = handleInvoke(handlers({ 'queue:list': list }), { reportInternalError: vi.fn() });
    for (const event of [
      eventFrom('https://evil.example/'),
      eventFrom('app://console/index.html', { subframe: true }),
      eventFrom('app://console/', { noFrame: true }),
      eventFrom('file:///index.html'),
    ]) {
      expect(await invoke(event, 'queue:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(list).not.toHaveBeenCalled();
  });

  it('refuses invalid input and unknown methods with the envelope', async () => {
    const invoke = handleInvoke(handlers(), { reportInternalError: vi.fn() });
    const page = eventFrom('app://console/index.html');
    expect(await invoke(page, 'queue:list', { limit: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await invoke(page, 'shell:openExternal', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await invoke(page, 42, {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it("turns a handler's exception into an internal error and reports it", async () => {
    const report = vi.fn();
    const invoke = handleInvoke(
      handlers({
        'app:info': () => {
          throw new Error('boom');
        },
      }),
      { reportInternalError: report },
    );
    expect(await invoke(eventFrom('app://console/'), 'app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(report).toHaveBeenCalledWith('app:info', expect.any(Error));
  });

  it('registers exactly one channel', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    registerIpc(ipcMain as unknown as IpcMain, handlers(), { reportInternalError: vi.fn() });
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle.mock.calls[0]?.[0]).toBe('console:invoke');
  });
});
