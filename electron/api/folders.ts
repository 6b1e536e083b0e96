// Choosing a backup folder or a backup file: the in-app chooser's listing and the desktop's system dialog.
import { z } from 'zod';

const typedPath = z.string().trim().min(1).max(1000);

export const folderListInput = z.strictObject({
  /** A folder inside the clerk's home folder (a file stands for the folder it is in); the home folder if left out. */
  folder: typedPath.optional(),
  /** backups: the folder's backup files (.db) are listed after its folders. */
  show: z.enum(['folders', 'backups']),
});

export const folderChoiceInput = z.strictObject({
  purpose: z.enum(['backup-folder', 'backup-file']),
  /** Where the dialog opens: the folder or file already in the field. */
  start: typedPath.optional(),
});

export interface FolderEntry {
  name: string;
  path: string;
  kind: 'folder' | 'backup';
  /** Backups only. */
  bytes?: number;
  /** Backups only: when the file last changed (ISO). */
  modifiedAt?: string;
}

export interface FolderListing {
  /** The folder listed, its symbolic links resolved. */
  folder: string;
  /** One folder up, or null at the home folder (nothing above it is listed). */
  parent: string | null;
  home: string;
  /** Folders first, by name; then backups, newest first; at most maxFolderEntries. */
  entries: FolderEntry[];
  /** How many more were there than could be shown. */
  notShown: number;
}

export const maxFolderEntries = 500;
