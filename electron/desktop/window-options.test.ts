import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';

const preferences = mainWindowOptions('/app/dist/electron/preload.cjs', { devTools: false }).webPreferences ?? {};

describe('main window security settings', () => {
  it('isolates the page from Electron and Node', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and dangerous features off', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('loads only our preload, and dev tools only when asked', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
    expect(preferences.devTools).toBe(false);
    expect(mainWindowOptions('/p', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('shows the window only when ready, so it never flashes white', () => {
    expect(mainWindowOptions('/p', { devTools: false }).show).toBe(false);
  });
});
