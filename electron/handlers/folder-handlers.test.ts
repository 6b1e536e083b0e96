// folders:list and folders:choose through the contract, with the home folder taken from HOME as os.homedir() does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type HandlerMap } from '../api/dispatch';
import { useTempDirs } from '../../testing/support/temp-dir';
import { folderHandlers } from './folder-handlers';

const tempDir = useTempDirs();
const realHome = process.env.HOME;
afterEach(() => {
  process.env.HOME = realHome;
});

const call = (method: string, input: unknown) =>
  dispatch(folderHandlers() as HandlerMap, method, input, (_method, error) => {
    throw error;
  });

describe('folders:list', () => {
  it("lists the clerk's home folder (HOME) and refuses the folder above it with words a clerk can act on", async () => {
    const home = join(tempDir(), 'clerk');
    mkdirSync(join(home, 'Backups'), { recursive: true });
    process.env.HOME = home;
    expect(await call('folders:list', { show: 'folders' })).toMatchObject({
      ok: true,
      value: { folder: home, home, parent: null, entries: [{ name: 'Backups', kind: 'folder' }] },
    });
    expect(await call('folders:list', { folder: join(home, '..'), show: 'folders' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'That folder is outside your home folder.' },
    });
    expect(await call('folders:list', { folder: join(home, 'Gone'), show: 'backups' })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'That folder no longer exists.' },
    });
  });
});

describe('folders:choose outside the desktop app', () => {
  it('refuses: browser mode has no system dialog, the renderer shows its own chooser', async () => {
    expect(await call('folders:choose', { purpose: 'backup-folder' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
