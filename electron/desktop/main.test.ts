// main.ts wired with Electron mocked: what it registers, and the window it opens.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  ready: null as null | (() => void),
  windows: [] as { options: unknown; url: string | null; listeners: Map<string, () => void> }[],
  startFails: false,
  /** What preferences.json holds (electron-store is mocked with this map). */
  preferences: new Map<string, unknown>(),
}));

const electron = vi.hoisted(() => {
  const listeners = new Map<string, unknown[]>();
  return {
    app: {
      on: (event: string, listener: unknown) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      listenerCount: (event: string) => listeners.get(event)?.length ?? 0,
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      exit: vi.fn(),
      getPath: vi.fn(() => '/tmp/user-data'),
      whenReady: vi.fn(() => new Promise<void>((resolve) => (state.ready = resolve))),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), removeAllListeners: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/clerk/Backups'] })),
    },
    shell: { openExternal: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain),
      decryptString: (cipher: Buffer) => cipher.toString(),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    BrowserWindow: Object.assign(
      vi.fn(function (this: Record<string, unknown>, options: unknown) {
        const record = { options, url: null as string | null, listeners: new Map<string, () => void>() };
        state.windows.push(record);
        Object.assign(this, {
          webContents: { send: vi.fn(), isDestroyed: () => false },
          once: vi.fn(),
          on: vi.fn((event: string, listener: () => void) => void record.listeners.set(event, listener)),
          show: vi.fn(),
          maximize: vi.fn(),
          isMaximized: () => false,
          getNormalBounds: () => ({ x: 240, y: 120, width: 1300, height: 820 }),
          loadURL: vi.fn(async (url: string) => void (record.url = url)),
        });
      }),
      { getAllWindows: () => [], getFocusedWindow: () => null },
    ),
  };
});

vi.mock('electron', () => electron);
vi.mock('electron-store', () => ({
  default: class {
    constructor(readonly options: { name: string; defaults: Record<string, unknown> }) {}
    get(key: string): unknown {
      return state.preferences.has(key) ? state.preferences.get(key) : this.options.defaults[key];
    }
    set(values: Record<string, unknown>): void {
      for (const [key, value] of Object.entries(values)) state.preferences.set(key, value);
    }
  },
}));
vi.mock('../app/cli-options', () => ({
  parseConsoleArgs: () => ({ ok: true, options: { demo: false, sample: null, dataDir: null, port: 0 } }),
}));
vi.mock('../app/composition', async () => {
  const { UserFacingError } = await import('../app/user-facing-error');
  return {
    startBackend: vi.fn(async () => {
      if (state.startFails) throw new UserFacingError('The data folder "/tmp/user-data" cannot be written to.');
      // Like the real backend's: browser mode's refusal, which the shell's own dialog must replace.
      const handlers = { 'folders:choose': () => ({ ok: false, error: { code: 'not_found', message: 'No dialog.' } }) };
      return { handlers, events: { subscribe: () => () => undefined }, close: vi.fn() };
    }),
  };
});

async function boot(): Promise<void> {
  vi.resetModules();
  state.windows = [];
  await import('./main');
  state.ready?.();
  await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeEach(() => {
  vi.clearAllMocks();
  state.startFails = false;
  state.preferences.clear();
});

describe('main', () => {
  it('registers the app:// scheme as privileged before the app is ready', async () => {
    await boot();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens one sandboxed, isolated window on app://console', async () => {
    await boot();
    expect(state.windows).toHaveLength(1);
    const window = state.windows[0];
    expect(window?.url).toBe('app://console/index.html');
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webviewTag: false,
        preload: expect.stringMatching(/preload\.cjs$/),
      },
    });
  });

  it('opens the window where the clerk left it, and remembers where it is when it closes', async () => {
    state.preferences.set('window', { x: 200, y: 100, width: 1200, height: 800, maximized: false });
    await boot();
    expect(state.windows[0]?.options).toMatchObject({
      x: 200,
      y: 100,
      width: 1200,
      height: 800,
      minWidth: 1000,
      minHeight: 640,
    });
    state.windows[0]?.listeners.get('close')?.();
    expect(state.preferences.get('window')).toEqual({ x: 240, y: 120, width: 1300, height: 820, maximized: false });
  });

  it('opens at the standard size the first time', async () => {
    await boot();
    expect(state.windows[0]?.options).toMatchObject({ width: 1440, height: 900 });
    expect(state.windows[0]?.options).not.toHaveProperty('x');
  });

  it('serves the renderer through the protocol, registers IPC, denies permissions and guards every web contents', async () => {
    await boot();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('console:invoke', expect.any(Function));
    // electron-store's own listener is taken off: invoke is the only way in.
    expect(electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.app.listenerCount('web-contents-created')).toBeGreaterThan(0);
  });

  it("answers folders:choose with the system's Open dialog, not browser mode's refusal", async () => {
    await boot();
    const invoke = electron.ipcMain.handle.mock.calls[0]?.[1] as (
      event: unknown,
      method: string,
      input: unknown,
    ) => Promise<unknown>;
    const frame = { url: 'app://console/index.html' };
    const answer = await invoke({ senderFrame: frame, sender: { mainFrame: frame } }, 'folders:choose', {
      purpose: 'backup-folder',
    });
    expect(answer).toEqual({ ok: true, value: { path: '/home/clerk/Backups' } });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('keeps channel secrets in the OS key store (safeStorage), not in a file of its own', async () => {
    await boot();
    const { startBackend } = await import('../app/composition');
    const { SafeStorageSecretStore } = await import('./safe-storage-secret-store');
    const options = vi.mocked(startBackend).mock.calls[0]?.[0];
    expect(options?.secrets).toBeInstanceOf(SafeStorageSecretStore);
    expect(options?.secrets?.info().warning).toBeNull();
  });

  it('tells the clerk why it cannot start, and exits non-zero', async () => {
    state.startFails = true;
    await boot();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'The console cannot start',
      'The data folder "/tmp/user-data" cannot be written to.',
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(state.windows).toHaveLength(0);
  });
});
