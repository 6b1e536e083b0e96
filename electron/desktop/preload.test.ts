import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed: Record<string, unknown> = {};
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer,
}));

beforeEach(async () => {
  await import('./preload');
});

describe('preload', () => {
  it('exposes exactly one object, council, with invoke and onEvent only', () => {
    expect(Object.keys(exposed)).toEqual(['council']);
    expect(Object.keys(exposed.council as object).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('invokes over the one channel', async () => {
    const council = exposed.council as { invoke(method: string, input: unknown): Promise<unknown> };
    expect(await council.invoke('queue:list', { limit: 5 })).toEqual({ ok: true, value: 1 });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('console:invoke', 'queue:list', { limit: 5 });
  });

  it('passes the page event data, never the IPC event, and unsubscribes', () => {
    const council = exposed.council as { onEvent(listener: (event: unknown) => void): () => void };
    const listener = vi.fn();
    const stop = council.onEvent(listener);
    const [channel, forward] = ipcRenderer.on.mock.calls[0] as unknown as [
      string,
      (event: unknown, data: unknown) => void,
    ];
    expect(channel).toBe('console:event');
    forward({ sender: 'secret' }, { type: 'queue:changed' });
    expect(listener).toHaveBeenCalledWith({ type: 'queue:changed' });
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('console:event', forward);
  });
});
