// folders:list, folders:choose — finding a backup folder or a backup file without typing its address.
import { homedir } from 'node:os';
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { listHomeFolder } from '../store/home-folders';

type FolderMethods = 'folders:list' | 'folders:choose';

export function folderHandlers(home: () => string = homedir): Pick<HandlerMap, FolderMethods> {
  return {
    'folders:list': ({ folder, show }) => {
      const listed = listHomeFolder({ folder, show }, home());
      return listed.ok ? ok(listed.listing) : fail('invalid_input', listed.message);
    },
    // The desktop shell answers this with the system's own dialog (desktop/folder-dialog-handlers).
    'folders:choose': () =>
      fail('not_found', 'In browser mode folders are chosen inside the console, not with a system dialog.'),
  };
}
