// The main window's options: the Electron security checklist in one place, unit-tested setting by setting.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The first start's size, and the smallest the console lays out well in. */
export const standardWindowSize = { width: 1440, height: 900, minWidth: 1000, minHeight: 640 };

export function mainWindowOptions(
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    ...standardWindowSize,
    show: false,
    backgroundColor: '#f4f6f8',
    title: 'Parish Council Moderation Console',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: options.devTools,
    },
  };
}
