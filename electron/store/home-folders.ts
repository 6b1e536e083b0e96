// What the in-app chooser may show: the folders (and backup files) inside the clerk's home folder, nothing above it.
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { maxFolderEntries, type FolderEntry, type FolderListing } from '../api/folders';
import { chosenPath, type PathRules } from './chosen-path';

export type FolderListingResult = { ok: true; listing: FolderListing } | { ok: false; message: string };

export const outsideHome = 'That folder is outside your home folder.';
export const noLongerThere = 'That folder no longer exists.';

/**
 * Lists `folder` (the home folder when left out) if it lies inside `home` once every symbolic link is resolved.
 * Browser mode answers anyone holding the token, so this is the whole of the computer it will describe:
 * names of folders and of .db files, never their contents, and nothing whose name starts with a dot.
 */
export function listHomeFolder(
  request: { folder?: string | undefined; show: 'folders' | 'backups' },
  home: string,
  rules: PathRules = {},
): FolderListingResult {
  const realpath = rules.realpath ?? realpathSync.native;
  let realHome: string;
  try {
    realHome = realpath(home);
  } catch {
    return { ok: false, message: `Your home folder "${home}" could not be opened.` };
  }
  const chosen = chosenPath(request.folder ?? realHome, rules);
  if (!chosen.ok || !inside(chosen.path, realHome)) return { ok: false, message: outsideHome };
  let folder = chosen.path;
  let stats: Stats;
  try {
    stats = statSync(folder);
  } catch {
    return { ok: false, message: noLongerThere };
  }
  // A backup file typed in the field stands for the folder it is in.
  if (!stats.isDirectory()) folder = dirname(folder);
  let children: Dirent[];
  try {
    children = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, message: noLongerThere };
    return { ok: false, message: 'The console is not allowed to open that folder.' };
  }
  const entries = children
    .filter((child) => !child.name.startsWith('.'))
    .map((child) => entryOf(folder, child, request.show, realHome, realpath))
    .filter((entry): entry is FolderEntry => entry !== null)
    .sort(inListOrder);
  return {
    ok: true,
    listing: {
      folder,
      parent: same(folder, realHome) ? null : dirname(folder),
      home: realHome,
      entries: entries.slice(0, maxFolderEntries),
      notShown: Math.max(0, entries.length - maxFolderEntries),
    },
  };
}

function entryOf(
  folder: string,
  child: Dirent,
  show: 'folders' | 'backups',
  realHome: string,
  realpath: (path: string) => string,
): FolderEntry | null {
  const path = join(folder, child.name);
  // Most entries are told apart without a stat (a big Downloads folder lists quickly).
  if (child.isDirectory()) return { name: child.name, path, kind: 'folder' };
  const maybeBackup = show === 'backups' && /\.db$/i.test(child.name);
  if (child.isFile() && !maybeBackup) return null;
  try {
    // A link is followed only when what it points to is inside the home folder too.
    if (child.isSymbolicLink() && !inside(realpath(path), realHome)) return null;
    const stats = statSync(path);
    if (stats.isDirectory()) return { name: child.name, path, kind: 'folder' };
    if (maybeBackup && stats.isFile())
      return { name: child.name, path, kind: 'backup', bytes: stats.size, modifiedAt: stats.mtime.toISOString() };
  } catch {
    // A broken link, or one the console may not look at: not something to choose.
  }
  return null;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Folders by name; backups newest first, as the one wanted back is most often the latest. */
function inListOrder(a: FolderEntry, b: FolderEntry): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  const newer = (b.modifiedAt ?? '').localeCompare(a.modifiedAt ?? '');
  return newer !== 0 ? newer : collator.compare(a.name, b.name);
}

const caseFolds = process.platform === 'win32' || process.platform === 'darwin';
const fold = (path: string) => (caseFolds ? path.toLowerCase() : path);

function same(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

function inside(candidate: string, realHome: string): boolean {
  const home = fold(realHome.endsWith(sep) ? realHome : realHome + sep);
  return same(candidate, realHome) || fold(candidate).startsWith(home);
}
