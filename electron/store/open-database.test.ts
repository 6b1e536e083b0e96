import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { migrations } from './migrations';
import { databaseFileName, openDatabase, StoreOpenError } from './open-database';

const tempDir = useTempDirs();

function openError(dataDir: string): StoreOpenError {
  try {
    openDatabase(dataDir).close();
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('expected the store to refuse to open');
}

describe('openDatabase', () => {
  it('creates the file in WAL mode with every migration applied', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`).pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['accounts', 'actions', 'authors', 'items', 'items_fts', 'outbox', 'people']),
    );
    db.close();
    expect(existsSync(join(dir, databaseFileName))).toBe(true);
  });

  it('opens an existing database again without re-running migrations', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.close();
  });

  it('refuses a file that is not a database and leaves it byte for byte', () => {
    const dir = tempDir();
    const file = join(dir, databaseFileName);
    writeFileSync(file, 'Minutes of the parish meeting, 3 November 2026.\n'.repeat(200));
    const before = readFileSync(file);
    const error = openError(dir);
    expect(error.code).toBe('not_a_database');
    expect(error.message).toContain('has not been changed');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the data folder and the database files private to the user, whatever the umask, also those an earlier version made',
    () => {
      const modeOf = (path: string) => statSync(path).mode & 0o777;
      const umask = process.umask(0o000);
      try {
        const dir = join(tempDir(), 'data');
        const db = openDatabase(dir);
        db.exec(`INSERT INTO settings (key, value, updated_at) VALUES ('probe', '1', '2026-11-24')`);
        expect(readdirSync(dir).sort()).toEqual([
          databaseFileName,
          `${databaseFileName}-shm`,
          `${databaseFileName}-wal`,
        ]);
        expect(modeOf(dir)).toBe(0o700);
        for (const file of readdirSync(dir)) expect(modeOf(join(dir, file)), file).toBe(0o600);
        db.close();

        // As an earlier version left them: readable by everyone.
        chmodSync(dir, 0o755);
        chmodSync(join(dir, databaseFileName), 0o644);
        openDatabase(dir).close();
        expect(modeOf(dir)).toBe(0o700);
        expect(modeOf(join(dir, databaseFileName))).toBe(0o600);
      } finally {
        process.umask(umask);
      }
    },
  );

  it('refuses a data folder under /proc at once, before the recursive mkdir that would hang there', () => {
    expect(openError('/proc/parish').message).toBe(
      'The data folder "/proc/parish" is not a folder the console can use: give the full address of a folder of your own with --data-dir, not a system folder.',
    );
  });

  it('refuses a data dir that is a file', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    expect(openError(file).code).toBe('not_a_folder');
    expect(openError(join(file, 'below')).code).toBe('not_a_folder');
  });

  it('refuses a database written by a newer version, unchanged', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, databaseFileName));
    raw.pragma('user_version = 99');
    raw.close();
    const error = openError(dir);
    expect(error.code).toBe('newer_schema');
    const again = new Database(join(dir, databaseFileName));
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    again.close();
  });

  it('keeps the record of actions append-only', () => {
    const db = openDatabase(tempDir());
    db.prepare(
      `INSERT INTO actions (kind, operator, created_at) VALUES ('no-action-needed', 'Clerk', '2026-11-24T10:00:00Z')`,
    ).run();
    expect(() => db.prepare(`UPDATE actions SET operator = 'Someone else'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM actions`).run()).toThrow(/append-only/);
    db.close();
  });
});
