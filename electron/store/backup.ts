// Backups of the console's database while it runs, checking a backup, and putting one back.
import Database from 'better-sqlite3';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { chosenPath } from './chosen-path';
import { databaseFileName, ownerOnlyFile, ownerOnlyFolder } from './open-database';

/** An expected failure to make a backup, with a message a clerk can act on. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Pages copied per step: 4 MB at the default page size, a few milliseconds, so the app stays responsive. */
const pagesPerStep = 1024;

/**
 * Copies the database into `folder` as console-backup-YYYY-MM-DD-HHmmss.db (local time: the clerk reads the
 * name) with SQLite's online backup, so the app keeps working meanwhile. The copy is written under a
 * temporary name and renamed when complete, so a half-made backup never looks like a backup.
 */
export async function backupDatabase(
  db: Database.Database,
  chosenFolder: string,
  now: Date,
): Promise<{ file: string; bytes: number }> {
  const folder = writableFolder(chosenFolder);
  const file = freeName(folder, `console-backup-${fileStamp(now)}`);
  const partial = `${file}.partial`;
  try {
    // Made empty and private first: SQLite keeps the mode of a file that is there, whatever the umask.
    closeSync(openSync(partial, 'wx', ownerOnlyFile));
    await db.backup(partial, { progress: () => pagesPerStep });
    // A backup is one self-contained file: no -wal beside it to lose when it is copied to a memory stick.
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    chmodSync(partial, ownerOnlyFile);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new BackupError(
      `The backup could not be written to "${chosenFolder}" (${reason(error)}). Nothing was changed; try another folder.`,
    );
  }
  return { file, bytes: statSync(file).size };
}

export interface BackupSummary {
  items: number;
  actions: number;
  lastActionAt: string | null;
  schemaVersion: number;
}

export type BackupCheck = { ok: true; summary: BackupSummary } | { ok: false; message: string };

/** What every version of the console's database has had since the first. */
const coreTables = ['accounts', 'people', 'authors', 'items', 'items_fts', 'actions', 'outbox'];

/**
 * Whether `chosenFile` is a whole, undamaged console database this version can open; read-only, it changes
 * nothing. A relative or system path, a missing or unreadable file and one that is no console database all
 * get the same answer, so the check cannot be used to learn what other files there are on the computer.
 */
export function checkBackup(chosenFile: string, knownVersion: number): BackupCheck {
  const chosen = chosenPath(chosenFile);
  if (!chosen.ok) return noBackupAt(chosenFile);
  const file = chosen.path;
  const name = basename(file);
  const header = readHeader(file);
  if (header === 'missing' || header === 'not-sqlite') return noBackupAt(chosenFile);
  if (header === 'short') {
    return {
      ok: false,
      message: `"${name}" is incomplete: it is shorter than the database it should hold, perhaps because copying it did not finish. Choose another backup.`,
    };
  }
  try {
    return readOnly(file, (db): BackupCheck => {
      const problems = db.pragma('integrity_check') as { integrity_check: string }[];
      if (problems[0]?.integrity_check !== 'ok') return damaged(name);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > knownVersion) {
        return {
          ok: false,
          message: `"${name}" was made by a newer version of the console (schema ${version}, this version knows ${knownVersion}). Update the console, then restore it.`,
        };
      }
      const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all());
      if (version < 1 || coreTables.some((table) => !tables.has(table))) return noBackupAt(chosenFile);
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM actions) AS actions, (SELECT max(created_at) FROM actions) AS lastActionAt`,
        )
        .get() as Omit<BackupSummary, 'schemaVersion'>;
      return { ok: true, summary: { ...counts, schemaVersion: version } };
    });
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return damaged(name);
    return {
      ok: false,
      message: `"${name}" could not be read (${reason(error)}). Copy it to this computer's disk and choose it again.`,
    };
  }
}

function noBackupAt(chosenFile: string): BackupCheck {
  return {
    ok: false,
    message: `No console backup was found at "${chosenFile}". Give the full address of a backup file named console-backup-….db, outside the system's folders.`,
  };
}

function damaged(name: string): BackupCheck {
  return {
    ok: false,
    message: `"${name}" is damaged: SQLite's integrity check found faults in it. Choose an earlier backup.`,
  };
}

/**
 * The 100-byte header says how many pages the database has; a file shorter than that was cut off.
 * (The count is only trusted when its "valid-for" number matches the change counter, as SQLite does.)
 */
function readHeader(file: string): 'missing' | 'not-sqlite' | 'short' | 'ok' {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return 'not-sqlite';
    size = stat.size;
  } catch {
    return 'missing';
  }
  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return 'missing';
  }
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 512 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0') return 'not-sqlite';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const countIsValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countIsValid && size < header.readUInt32BE(28) * pageSize) return 'short';
  return 'ok';
}

/** Opening a WAL-mode file, even read-only, leaves a -wal and -shm beside it: those it made are tidied away. */
function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const absent = [`${file}-wal`, `${file}-shm`].filter((side) => !existsSync(side));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
    for (const side of absent) {
      if (existsSync(side) && (side.endsWith('-shm') || statSync(side).size === 0)) rmSync(side, { force: true });
    }
  }
}

export type RestoreResult = { ok: true; previousKeptAs: string | null } | { ok: false; message: string };

/**
 * Puts a checked backup in place of the console's database. Call it only while the store is closed; the
 * caller then reopens it, and the migrations bring an older backup up to date. The database it replaces is
 * kept beside it as console-before-restore-<stamp>.db (null if there was none, as on a new computer).
 */
export function restoreDatabase(dataDir: string, backupFile: string, knownVersion: number, now: Date): RestoreResult {
  const current = join(dataDir, databaseFileName);
  const chosen = chosenPath(backupFile);
  const own = chosenPath(resolve(current));
  if (chosen.ok && own.ok && chosen.path === own.path) {
    return {
      ok: false,
      message: `"${backupFile}" is the console's own database, not a backup. Choose a file named console-backup-….db.`,
    };
  }
  const check = checkBackup(backupFile, knownVersion);
  if (!check.ok) return check;
  const stamp = fileStamp(now);
  const staging = join(dataDir, `console-restoring-${stamp}.db`);
  try {
    // The data folder (never a path from a request) may not exist yet on a new computer.
    mkdirSync(dataDir, { recursive: true, mode: ownerOnlyFolder });
    rmSync(staging, { force: true });
    copyConsistently(chosen.ok ? chosen.path : backupFile, staging);
    chmodSync(staging, ownerOnlyFile);
  } catch (error) {
    rmSync(staging, { force: true });
    return {
      ok: false,
      message: `The backup could not be copied into "${dataDir}" (${reason(error)}). The current database has not been changed.`,
    };
  }
  let previousKeptAs: string | null = null;
  try {
    if (existsSync(current)) {
      previousKeptAs = freeName(dataDir, `console-before-restore-${stamp}`);
      moveWithSideFiles(current, previousKeptAs);
    }
    renameSync(staging, current);
  } catch (error) {
    if (previousKeptAs !== null && !existsSync(current)) moveWithSideFiles(previousKeptAs, current);
    rmSync(staging, { force: true });
    return {
      ok: false,
      message: `The backup could not be put in place (${reason(error)}). The current database has not been changed.`,
    };
  }
  return { ok: true, previousKeptAs };
}

/** YYYY-MM-DD-HHmmss in local time. */
export function fileStamp(now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
}

/** `<stem>.db`, or `<stem>-2.db` and so on: nothing is ever written over. */
function freeName(folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const file = join(folder, n === 1 ? `${stem}.db` : `${stem}-${n}.db`);
    if (!existsSync(file) && !existsSync(`${file}.partial`)) return file;
  }
}

/** VACUUM INTO reads a consistent snapshot, including anything still in a -wal beside the backup. */
function copyConsistently(from: string, to: string): void {
  readOnly(from, (source) => source.prepare('VACUUM INTO ?').run(to));
}

/** A database travels with its -wal (which may hold its latest changes), -shm and rollback journal. */
function moveWithSideFiles(from: string, to: string): void {
  renameSync(from, to);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}

const exampleFolder = process.platform === 'win32' ? 'C:\\Users\\Clerk\\Documents\\Backups' : '/home/clerk/Backups';

/**
 * The folder to write into, checked before anything touches the disk: a full address outside the system's
 * folders. A missing folder is made (private to the user) when the folder it goes in exists; never more
 * than that one level, so a mistyped address cannot scatter folders about.
 */
function writableFolder(chosenFolder: string): string {
  const chosen = chosenPath(chosenFolder);
  if (!chosen.ok)
    throw new BackupError(
      `"${chosenFolder}" cannot hold backups: give the full address of a folder of your own, such as ${exampleFolder}, not a system folder.`,
    );
  const folder = chosen.path;
  const kind = kindOf(folder);
  if (kind === 'file') throw new BackupError(`"${chosenFolder}" is a file, not a folder. Choose a folder for backups.`);
  if (kind === 'missing') {
    if (kindOf(dirname(folder)) !== 'folder') {
      throw new BackupError(
        `Neither "${chosenFolder}" nor the folder it would go in exists. Choose a folder that exists; the console makes one new folder at most.`,
      );
    }
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch {
      throw notWritable(chosenFolder);
    }
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw notWritable(chosenFolder);
  }
  return folder;
}

function kindOf(path: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'file' : 'missing';
  }
}

function notWritable(folder: string): BackupError {
  return new BackupError(
    `The backup folder "${folder}" cannot be written to. Choose another folder, or fix its permissions.`,
  );
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full';
  if (
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS' ||
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_CANTOPEN'
  )
    return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
