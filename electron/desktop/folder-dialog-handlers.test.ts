// folders:choose on the desktop: the system's Open dialog (Electron mocked), its answer or null when cancelled.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch, type HandlerMap } from '../api/dispatch';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn() },
  BrowserWindow: { getFocusedWindow: vi.fn(), getAllWindows: vi.fn(() => [] as unknown[]) },
}));
vi.mock('electron', () => electron);

const consoleWindow = { id: 1 };

async function choose(input: unknown) {
  const { folderDialogHandlers } = await import('./folder-dialog-handlers');
  return dispatch(folderDialogHandlers() as HandlerMap, 'folders:choose', input, (_method, error) => {
    throw error;
  });
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.BrowserWindow.getFocusedWindow.mockReturnValue(consoleWindow);
});

describe('folders:choose in the desktop app', () => {
  it('opens a folder dialog over the console window, starting at the folder in the field, and answers the folder', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/clerk/Backups'] });
    const answer = await choose({ purpose: 'backup-folder', start: '/home/clerk/Documents' });
    expect(answer).toEqual({ ok: true, value: { path: '/home/clerk/Backups' } });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(consoleWindow, {
      title: 'Choose a backup folder',
      buttonLabel: 'Choose this folder',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      defaultPath: '/home/clerk/Documents',
    });
  });

  it('opens a file dialog for backups (.db first) and answers null when the clerk cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await choose({ purpose: 'backup-file' })).toEqual({ ok: true, value: { path: null } });
    const [, options] = electron.dialog.showOpenDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(options).toMatchObject({ title: 'Choose a backup to restore', properties: ['openFile'] });
    expect(options).not.toHaveProperty('defaultPath');
    expect(options.filters).toEqual([
      { name: 'Console backups', extensions: ['db'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('still opens when no window has the focus, over the console window', async () => {
    electron.BrowserWindow.getFocusedWindow.mockReturnValue(null);
    electron.BrowserWindow.getAllWindows.mockReturnValue([consoleWindow]);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/clerk/b.db'] });
    expect(await choose({ purpose: 'backup-file', start: '/home/clerk/b.db' })).toEqual({
      ok: true,
      value: { path: '/home/clerk/b.db' },
    });
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(consoleWindow);
  });

  it('refuses a purpose it does not know before any dialog opens', async () => {
    expect(await choose({ purpose: 'anything' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});
