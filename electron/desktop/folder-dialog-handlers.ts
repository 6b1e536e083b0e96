// folders:choose on the desktop: the system's own Open dialog, over the console's window.
import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';

const dialogs = {
  'backup-folder': {
    title: 'Choose a backup folder',
    buttonLabel: 'Choose this folder',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  },
  'backup-file': {
    title: 'Choose a backup to restore',
    buttonLabel: 'Choose this backup',
    properties: ['openFile'],
    filters: [
      { name: 'Console backups', extensions: ['db'] },
      { name: 'All files', extensions: ['*'] },
    ],
  },
} satisfies Record<string, OpenDialogOptions>;

export function folderDialogHandlers(): Pick<HandlerMap, 'folders:choose'> {
  return {
    'folders:choose': async ({ purpose, start }) => {
      const options: OpenDialogOptions = { ...dialogs[purpose], ...(start ? { defaultPath: start } : {}) };
      // Over the console's window (modal to it), so the dialog cannot end up behind it.
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return ok({ path: chosen.canceled ? null : (chosen.filePaths[0] ?? null) });
    },
  };
}
