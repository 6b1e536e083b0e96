// Electron entry: the window, its security settings and the app's lifecycle. Thin on purpose.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { startBackend } from '../app/composition';
import { withDemoParish, type ServedBackend } from '../app/demo-parish';
import { sampleChoiceOf, type SampleChoice } from '../app/sample-source';
import { parseConsoleArgs } from '../app/cli-options';
import { forwardEvents, registerIpc, removeElectronStoreListener } from './ipc';
import { folderDialogHandlers } from './folder-dialog-handlers';
import { preferenceHandlers } from './preference-handlers';
import { privilegedSchemes, registerAppProtocol } from './app-protocol';
import { openDesktopPreferences } from './desktop-preferences';
import { SafeStorageSecretStore } from './safe-storage-secret-store';
import { appEntry } from './ipc-channels';
import { denyAllPermissions, installNavigationGuards } from './navigation-guards';
import { mainWindowOptions, standardWindowSize } from './window-options';
import { UserFacingError } from '../app/user-facing-error';

const log = (line: string): void => void process.stderr.write(`${line}\n`);
let backend: ServedBackend | null = null;

protocol.registerSchemesAsPrivileged(privilegedSchemes);
if (!app.requestSingleInstanceLock()) app.quit();

const links = {
  confirm: async (url: string) =>
    (
      await dialog.showMessageBox({
        type: 'question',
        buttons: ['Open in browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: `Open this link in your web browser?\n\n${url}`,
      })
    ).response === 0,
  open: (url: string) => shell.openExternal(url),
};

app.on('web-contents-created', (_event, contents: WebContents) => installNavigationGuards(contents, links));

async function start(): Promise<void> {
  const parsed = parseConsoleArgs(process.argv.slice(app.isPackaged ? 1 : 2));
  if (!parsed.ok) throw new UserFacingError(parsed.message);
  const { options } = parsed;
  const sample = sampleChoiceOf(options);
  // Opened first: the last data folder used is where the console starts unless --data-dir says otherwise.
  const preferences = openDesktopPreferences();
  // electron-store answers a synchronous message of its own for renderers that use it; this app's do not.
  removeElectronStoreListener(ipcMain);
  const dataDir = options.dataDir ?? preferences.get('lastDataFolder') ?? app.getPath('userData');
  // Channel secrets go to the OS key store (DPAPI, Keychain, libsecret), never the database.
  const startAt = (folder: string, choice: SampleChoice) =>
    startBackend({
      dataDir: folder,
      mode: 'desktop',
      sample: choice,
      log,
      secrets: new SafeStorageSecretStore(safeStorage, folder),
    });
  const council = await startAt(dataDir, sample);
  // "Try the demo parish" opens it in front of the council's record, in a folder of its own (app/demo-parish.ts).
  backend =
    sample.kind === 'none' ? withDemoParish(council, dataDir, (folder) => startAt(folder, { kind: 'demo' })) : council;
  denyAllPermissions(session.defaultSession);
  registerAppProtocol(protocol, join(__dirname, '..', 'renderer'));
  // The demo parish and sample files run in folders of their own, not the council's: they are not remembered.
  if (sample.kind === 'none') preferences.set('lastDataFolder', dataDir);
  registerIpc(
    ipcMain,
    { ...backend.handlers, ...preferenceHandlers(preferences), ...folderDialogHandlers() },
    {
      reportInternalError: (method, error) => log(`Internal error in ${method}: ${String(error)}`),
    },
  );
  // Where the clerk left the window, if that place is still on a connected display.
  const bounds = preferences.windowBounds(screen.getAllDisplays(), screen.getPrimaryDisplay(), standardWindowSize);
  const window = new BrowserWindow({
    ...mainWindowOptions(join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged }),
    ...bounds,
  });
  preferences.keepPlacement(window);
  const stopEvents = forwardEvents(backend.events, window.webContents);
  window.once('ready-to-show', () => window.show());
  window.on('closed', stopEvents);
  await window.loadURL(appEntry);
}

app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void backend?.close());
app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    // Expected failures (UserFacingError) carry a message for the clerk; anything else is logged in full too.
    if (!(error instanceof UserFacingError))
      log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    dialog.showErrorBox('The console cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
