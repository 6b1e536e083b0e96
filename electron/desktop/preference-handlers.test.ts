// The desktop's layout preferences through the contract, kept by a real electron-store file (Electron mocked).
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../api/dispatch';
import { useTempDirs } from '../../testing/support/temp-dir';
import { removeElectronStoreListener } from './ipc';

vi.mock('electron', () => ({ default: {} }));

const tempDir = useTempDirs();

describe('preferences:get and preferences:save in the desktop app', () => {
  it('saves a change with electron-store and reads it back in a new store, refusing a value out of range', async () => {
    const { openDesktopPreferences } = await import('./desktop-preferences');
    const { preferenceHandlers } = await import('./preference-handlers');
    const cwd = tempDir();
    const handlers = preferenceHandlers(openDesktopPreferences({ cwd }));
    const call = (method: string, input: unknown) =>
      dispatch(handlers as Parameters<typeof dispatch>[0], method, input, () => undefined);
    const saved = await call('preferences:save', { changes: { rowDensity: 'compact', detailPaneWidth: 420 } });
    expect(saved).toMatchObject({ ok: true, value: { rowDensity: 'compact', detailPaneWidth: 420 } });
    const refused = await call('preferences:save', { changes: { detailPaneWidth: 5 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const again = preferenceHandlers(openDesktopPreferences({ cwd }));
    const read = await dispatch(again as Parameters<typeof dispatch>[0], 'preferences:get', {}, () => undefined);
    expect(read).toMatchObject({
      ok: true,
      value: { rowDensity: 'compact', detailPaneWidth: 420, queueOrder: 'newest' },
    });
  });

  it("takes electron-store's own listener off, so the contract's invoke is the only way in", () => {
    const removeAllListeners = vi.fn();
    removeElectronStoreListener({ removeAllListeners });
    expect(removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });
});
