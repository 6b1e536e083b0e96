import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncomingItem } from '../core/incoming-item';
import { useTempDirs } from '../../testing/support/temp-dir';
import { backupDatabase, BackupError, checkBackup, restoreDatabase } from './backup';
import { ConsoleStore } from './console-store';
import { migrations } from './migrations';
import { databaseFileName, openDatabase } from './open-database';
import { sqliteHandle } from './sqlite-handle';

const tempDir = useTempDirs();
const knownVersion = migrations.at(-1)?.version ?? 0;
// Local time, as the file names are: the test reads the same whatever the machine's time zone.
const tuesday = new Date(2026, 10, 24, 9, 5, 7);
const iso = tuesday.toISOString();

function letters(prefix: string, count: number): IncomingItem[] {
  return Array.from({ length: count }, (_, n) => ({
    externalId: `${prefix}-${n}`,
    channel: 'email',
    kind: 'email',
    subject: `About the hall ${n}`,
    text: `Letter ${prefix} ${n}: the village hall roof is leaking again over the stage, please send someone.`,
    author: {
      externalId: `resident-${n % 50}@example.net`,
      name: `Resident ${n % 50}`,
      handle: null,
      email: `resident-${n % 50}@example.net`,
      phone: null,
    },
    html: null,
    receivedAt: new Date(Date.parse('2026-11-01T00:00:00Z') + n * 1000).toISOString(),
    threadId: null,
    parentExternalId: null,
    url: null,
    fromCouncil: false,
    expectedReasons: null,
  }));
}

function openStore(dir: string): { store: ConsoleStore; add: (prefix: string, count: number) => void } {
  const store = ConsoleStore.open(dir);
  const account = store.accounts.ensure(
    { key: 'email:clerk', connector: 'demo', channel: 'email', name: 'Clerk inbox' },
    iso,
  );
  return { store, add: (prefix, count) => store.items.ingest(account.id, letters(prefix, count), iso) };
}

const externalIds = (file: string, prefix: string) => {
  const db = new Database(file, { readonly: true });
  const ids = db.prepare(`SELECT external_id FROM items WHERE external_id LIKE ? || '-%'`).pluck().all(prefix);
  db.close();
  return ids;
};

/** A backup of a small store, with one removal in its record. */
async function backupOfThree(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const { store, add } = openStore(dir);
  add('kept', 3);
  const row = store.items.page({ status: 'all' }, null, 1)[0];
  if (!row) throw new Error('no items');
  store.actions.append({
    itemId: row.id,
    kind: 'removed',
    operator: 'Clerk',
    details: {},
    createdAt: '2026-11-20T15:00:00.000Z',
  });
  const { file } = await backupDatabase(sqliteHandle(store), join(dir, 'backups'), tuesday);
  store.close();
  return { dir, file };
}

/** Flips the first bytes of an index's page: its header no longer makes sense. */
function flipBytesOfIndex(file: string, index: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const rootPage = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = ?`).pluck().get(index) as number;
  db.close();
  const bytes = readFileSync(file);
  const start = (rootPage - 1) * pageSize;
  const flipped = Buffer.from(bytes.subarray(start, start + 64).map((byte) => byte ^ 0xff));
  const fd = openSync(file, 'r+');
  writeSync(fd, flipped, 0, flipped.length, start);
  closeSync(fd);
}

const failure = (result: { ok: boolean; message?: string }) => (result.ok ? 'accepted' : result.message);
const noBackupAt = (file: string) =>
  `No console backup was found at "${file}". Give the full address of a backup file named console-backup-….db, outside the system's folders.`;
const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('backupDatabase', () => {
  it('writes a dated, self-contained file, readable by the user only, into a folder it creates', async () => {
    const dir = tempDir();
    const { store, add } = openStore(dir);
    add('letter', 5);
    mkdirSync(join(dir, 'memory stick'));
    const folder = join(dir, 'memory stick', 'backups');
    const umask = process.umask(0o000);
    let made: { file: string; bytes: number };
    try {
      made = await backupDatabase(sqliteHandle(store), folder, tuesday);
    } finally {
      process.umask(umask);
    }
    store.close();
    expect(made.file).toBe(join(folder, 'console-backup-2026-11-24-090507.db'));
    expect(modeOf(folder)).toBe(0o700);
    expect(modeOf(made.file)).toBe(0o600);
    expect(made.bytes).toBe(statSync(made.file).size);
    expect(readdirSync(folder)).toEqual(['console-backup-2026-11-24-090507.db']);
    expect(externalIds(made.file, 'letter')).toHaveLength(5);
    const copy = new Database(made.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('never writes over an earlier backup made in the same second', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    const first = await backupDatabase(sqliteHandle(store), dir, tuesday);
    const second = await backupDatabase(sqliteHandle(store), dir, tuesday);
    store.close();
    expect(basename(second.file)).toBe('console-backup-2026-11-24-090507-2.db');
    expect(existsSync(first.file)).toBe(true);
  });

  it('has every item added before it started, and finishes while another connection writes', async () => {
    const dir = tempDir();
    const { store, add } = openStore(dir);
    add('before', 10_000); // About 12 MB: several steps of the online backup.
    const folder = join(dir, 'backups');
    const other = openStore(dir);
    let writesDuringBackup = 0;
    let written = 0;
    const writeMore = () => {
      if (existsSync(join(folder, 'console-backup-2026-11-24-090507.db.partial'))) writesDuringBackup++;
      other.add('during', 1 + written++);
      if (written < 40) setImmediate(writeMore);
    };
    setImmediate(writeMore);
    const made = await backupDatabase(sqliteHandle(store), folder, tuesday);
    other.store.close();
    store.close();
    expect(writesDuringBackup).toBeGreaterThan(0);
    expect(externalIds(made.file, 'before')).toHaveLength(10_000);
    expect(checkBackup(made.file, knownVersion)).toMatchObject({ ok: true });
  });

  it('makes one missing folder at most', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    const folder = join(dir, 'memory stick', 'backups');
    await expect(backupDatabase(sqliteHandle(store), folder, tuesday)).rejects.toThrow(
      new BackupError(
        `Neither "${folder}" nor the folder it would go in exists. Choose a folder that exists; the console makes one new folder at most.`,
      ),
    );
    store.close();
    expect(existsSync(join(dir, 'memory stick'))).toBe(false);
  });

  it('refuses a relative address and a system folder at once, with one message, and creates nothing', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    for (const folder of ['/proc/x', '/proc/self/cwd/x', 'backups', '/etc/parish']) {
      await expect(backupDatabase(sqliteHandle(store), folder, tuesday), folder).rejects.toThrow(
        /cannot hold backups: give the full address of a folder of your own, such as .*, not a system folder\.$/,
      );
    }
    store.close();
    expect(existsSync(join(process.cwd(), 'backups'))).toBe(false);
    expect(existsSync('/etc/parish')).toBe(false);
  });

  it('refuses a folder that is a file, with a message that says so', async () => {
    const dir = tempDir();
    const { store } = openStore(dir);
    const notAFolder = join(dir, 'notes.txt');
    writeFileSync(notAFolder, 'x');
    await expect(backupDatabase(sqliteHandle(store), notAFolder, tuesday)).rejects.toThrow(
      new BackupError(`"${notAFolder}" is a file, not a folder. Choose a folder for backups.`),
    );
    await expect(backupDatabase(sqliteHandle(store), join(notAFolder, 'below'), tuesday)).rejects.toBeInstanceOf(
      BackupError,
    );
    store.close();
  });
});

describe('checkBackup', () => {
  it('summarises a sound backup for the clerk to confirm', async () => {
    const { file } = await backupOfThree();
    const before = readFileSync(file);
    expect(checkBackup(file, knownVersion)).toEqual({
      ok: true,
      summary: { items: 3, actions: 1, lastActionAt: '2026-11-20T15:00:00.000Z', schemaVersion: knownVersion },
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('accepts a backup from an older version, which the migrations will bring up to date', () => {
    const dir = tempDir();
    openDatabase(
      dir,
      migrations.filter((migration) => migration.version <= 3),
    ).close();
    const file = join(dir, databaseFileName);
    expect(checkBackup(file, knownVersion)).toMatchObject({
      ok: true,
      summary: { items: 0, actions: 0, lastActionAt: null, schemaVersion: 3 },
    });
    expect(readdirSync(dir)).toEqual([databaseFileName]);
  });

  it('refuses a text file', () => {
    const file = join(tempDir(), 'console-backup-2026-11-24-090507.db');
    writeFileSync(file, 'Minutes of the parish meeting, 3 November 2026.\n'.repeat(100));
    expect(failure(checkBackup(file, knownVersion))).toBe(noBackupAt(file));
  });

  it('refuses a file that was cut short', async () => {
    const { file } = await backupOfThree();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expect(failure(checkBackup(file, knownVersion))).toMatch(/is incomplete: .*Choose another backup\.$/);
  });

  it('refuses a file with a damaged page', async () => {
    const { file } = await backupOfThree();
    flipBytesOfIndex(file, 'items_by_time');
    expect(failure(checkBackup(file, knownVersion))).toMatch(/is damaged: .*Choose an earlier backup\.$/);
  });

  it('refuses a backup made by a newer version of the console', async () => {
    const { file } = await backupOfThree();
    const db = new Database(file);
    db.pragma(`user_version = ${knownVersion + 1}`);
    db.close();
    expect(failure(checkBackup(file, knownVersion))).toMatch(
      new RegExp(
        `newer version of the console \\(schema ${knownVersion + 1}, this version knows ${knownVersion}\\)\\. Update the console`,
      ),
    );
  });

  it("refuses another program's database", () => {
    const file = join(tempDir(), 'bookings.db');
    const db = new Database(file);
    db.exec(`CREATE TABLE bookings (hall TEXT, day TEXT); PRAGMA user_version = 2;`);
    db.close();
    expect(failure(checkBackup(file, knownVersion))).toBe(noBackupAt(file));
  });

  it('says the same of a missing file, a relative address, a system file and a file the console cannot read, so nothing can be learnt from it', () => {
    const dir = tempDir();
    const unreadable = join(dir, 'console-backup-locked.db');
    writeFileSync(unreadable, 'SQLite format 3\0', { mode: 0o000 });
    for (const file of [
      join(dir, 'gone.db'),
      'console-backup-2026-11-24-090507.db',
      '/etc/shadow',
      '/etc/hostname',
      '/proc/self/environ',
      '/dev/zero',
      dir,
      unreadable,
    ]) {
      expect(failure(checkBackup(file, knownVersion)), file).toBe(noBackupAt(file));
    }
  });
});

describe('restoreDatabase', () => {
  it('puts the backed-up record back and keeps the database it replaced', async () => {
    const { dir, file } = await backupOfThree();
    const later = openStore(dir);
    later.add('later', 2);
    later.store.close();
    const result = restoreDatabase(dir, file, knownVersion, tuesday);
    expect(result).toEqual({ ok: true, previousKeptAs: join(dir, 'console-before-restore-2026-11-24-090507.db') });
    const restored = ConsoleStore.open(dir);
    expect(restored.items.count({ status: 'all' })).toBe(3);
    expect(sqliteHandle(restored).prepare(`SELECT count(*) FROM actions`).pluck().get()).toBe(1);
    restored.close();
    if (!result.ok || result.previousKeptAs === null) throw new Error('nothing kept');
    expect(externalIds(result.previousKeptAs, 'later')).toHaveLength(2);
    expect(existsSync(file)).toBe(true);
  });

  it('restores onto a new computer, where there is no database yet', async () => {
    const { file } = await backupOfThree();
    const fresh = join(tempDir(), 'data');
    expect(restoreDatabase(fresh, file, knownVersion, tuesday)).toEqual({ ok: true, previousKeptAs: null });
    const restored = ConsoleStore.open(fresh);
    expect(restored.items.count({ status: 'all' })).toBe(3);
    restored.close();
  });

  it('brings an older backup up to date when the store is reopened', () => {
    const old = tempDir();
    const db = openDatabase(
      old,
      migrations.filter((migration) => migration.version <= 3),
    );
    db.exec(
      `INSERT INTO accounts (id, key, connector, channel, name, created_at) VALUES (1, 'demo:facebook', 'demo', 'facebook', 'Page', '2025-01-01T00:00:00.000Z')`,
    );
    db.close();
    const backup = join(tempDir(), 'console-backup-2025-01-01-120000.db');
    copyFileSync(join(old, databaseFileName), backup);
    const dir = tempDir();
    expect(restoreDatabase(dir, backup, knownVersion, tuesday)).toMatchObject({ ok: true });
    const reopened = openDatabase(dir);
    expect(reopened.pragma('user_version', { simple: true })).toBe(knownVersion);
    expect(reopened.prepare(`SELECT name FROM accounts`).pluck().all()).toEqual(['Page']);
    reopened.close();
  });

  it('changes nothing when the backup is damaged', async () => {
    const { dir, file } = await backupOfThree();
    flipBytesOfIndex(file, 'items_by_time');
    const current = readFileSync(join(dir, databaseFileName));
    expect(failure(restoreDatabase(dir, file, knownVersion, tuesday))).toMatch(/is damaged/);
    expect(readFileSync(join(dir, databaseFileName)).equals(current)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['backups', databaseFileName]);
  });

  it('refuses to restore the database onto itself', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    expect(failure(restoreDatabase(dir, join(dir, databaseFileName), knownVersion, tuesday))).toMatch(
      /is the console's own database, not a backup/,
    );
  });
});
