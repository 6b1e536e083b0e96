// Opens (or creates) the console's SQLite file: WAL, foreign keys, migrations, clear errors.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chosenPath } from './chosen-path';
import { migrations, type Migration } from './migrations';

export const databaseFileName = 'console.db';

/**
 * Modes on POSIX: the data folder and what is in it are the user's alone (it holds residents' personal
 * data). Set explicitly, not left to the umask. Windows ignores them; there the user's profile folder's
 * access list already keeps other users out.
 */
export const ownerOnlyFolder = 0o700;
export const ownerOnlyFile = 0o600;

export type StoreOpenErrorCode = 'not_writable' | 'not_a_folder' | 'not_a_database' | 'newer_schema';

/** An expected failure to open the store, with a message a clerk can act on. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreOpenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

const sqliteHeader = 'SQLite format 3\0';

export function openDatabase(dataDir: string, list: readonly Migration[] = migrations): Database.Database {
  ensureFolder(dataDir);
  const file = join(dataDir, databaseFileName);
  refuseForeignFile(file);
  let db: Database.Database;
  try {
    // Made private before SQLite writes a byte: it gives its -wal and -shm the database file's mode.
    if (!existsSync(file)) closeSync(openSync(file, 'wx', ownerOnlyFile));
    db = new Database(file);
  } catch (error) {
    throw translate(error, dataDir, file);
  }
  try {
    db.pragma('journal_mode = WAL');
    // Files made by an earlier version (0644 under the usual umask) are made private too.
    keepPrivate(dataDir, file);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, list, file);
    return db;
  } catch (error) {
    db.close();
    throw translate(error, dataDir, file);
  }
}

/** The data folder and its database files, readable by this user only (POSIX; a no-op on Windows). */
export function keepPrivate(dataDir: string, file: string): void {
  if (process.platform === 'win32') return;
  chmodSync(dataDir, ownerOnlyFolder);
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(path)) chmodSync(path, ownerOnlyFile);
  }
}

function ensureFolder(dataDir: string): void {
  // Checked first: a data folder under /proc would hang the recursive mkdir below.
  if (!chosenPath(resolve(dataDir)).ok) {
    throw new StoreOpenError(
      'not_writable',
      `The data folder "${dataDir}" is not a folder the console can use: give the full address of a folder of your own with --data-dir, not a system folder.`,
    );
  }
  try {
    // The data folder may need its parents too (~/.config on a new computer); it comes from the
    // command line or the user profile, never from a request.
    mkdirSync(dataDir, { recursive: true, mode: ownerOnlyFolder });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new StoreOpenError(
        'not_a_folder',
        `The data folder "${dataDir}" is a file, not a folder. Choose a folder with --data-dir.`,
      );
    }
    throw notWritable(dataDir);
  }
  if (!statSync(dataDir).isDirectory()) {
    throw new StoreOpenError(
      'not_a_folder',
      `The data folder "${dataDir}" is a file, not a folder. Choose a folder with --data-dir.`,
    );
  }
}

/** A file that exists but is not SQLite is left exactly as it is. */
function refuseForeignFile(file: string): void {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw notADatabase(file);
    size = stat.size;
  } catch (error) {
    if (error instanceof StoreOpenError) throw error;
    return; // No file yet: SQLite will create it.
  }
  if (size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== sqliteHeader) throw notADatabase(file);
}

function migrate(db: Database.Database, list: readonly Migration[], file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new StoreOpenError(
      'newer_schema',
      `"${file}" was written by a newer version of the console (schema ${current}, this version knows ${latest}). Update the console; the file has not been changed.`,
    );
  }
  for (const migration of list) {
    if (migration.version <= current) continue;
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around it.
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        if (migration.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0)
            throw new Error(
              `Migration ${migration.version} would break ${broken.length} reference(s); nothing was changed.`,
            );
        }
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

function translate(error: unknown, dataDir: string, file: string): Error {
  if (error instanceof StoreOpenError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return notADatabase(file);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_IOERR'))
    return notWritable(dataDir);
  return error instanceof Error ? error : new Error(String(error));
}

function notWritable(dataDir: string): StoreOpenError {
  return new StoreOpenError(
    'not_writable',
    `The data folder "${dataDir}" cannot be written to. Fix its permissions, or choose another folder with --data-dir.`,
  );
}

function notADatabase(file: string): StoreOpenError {
  return new StoreOpenError(
    'not_a_database',
    `"${file}" is not a console database (another kind of file, or damaged). It has not been changed: move it aside, or choose another folder with --data-dir.`,
  );
}
