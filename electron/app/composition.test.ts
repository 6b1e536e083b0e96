import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from './composition';
import { ConsoleStore } from '../store/console-store';
import { databaseFileName, openDatabase } from '../store/open-database';
import { smallSample } from '../../testing/support/small-sample';
import { testBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';
import { UserFacingError } from './user-facing-error';
import { sqliteHandle } from '../store/sqlite-handle';

const tempDir = useTempDirs();

describe('startBackend with a sample', () => {
  it('loads the same file twice without adding anything twice', async () => {
    const dir = tempDir();
    await (await testBackend(dir)).backend.close();
    const again = await testBackend(dir);
    expect((await again.value('queue:list', { status: 'all' })).total).toBe(7);
    await again.backend.close();
  });

  it('loads a changed file from the start, adding only what is new', async () => {
    const dir = tempDir();
    await (await testBackend(dir)).backend.close();
    const bigger = smallSample();
    bigger.items.push({ ...bigger.items[5], id: 'SMffffffffffffffffffffffffffffffff', text: 'One more.' });
    const again = await testBackend(dir, bigger);
    expect((await again.value('queue:list', { status: 'all' })).total).toBe(8);
    await again.backend.close();
  });

  it('refuses a malformed file naming the item and field, and loads nothing', async () => {
    const dir = tempDir();
    const sample = smallSample();
    (sample.items[3] as Record<string, unknown>).channel = 'fax';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(sample));
    const start = startBackend({
      dataDir: join(dir, 'data'),
      mode: 'browser',
      sample: { kind: 'file', path: file },
      log: () => undefined,
    });
    await expect(start).rejects.toThrow(UserFacingError);
    await expect(start).rejects.toThrow(/items\[3\]\.channel/);
    const store = ConsoleStore.open(join(dir, 'data'));
    expect(store.items.count({ status: 'all' })).toBe(0);
    store.close();
  });

  it('says clearly when the sample file is missing or not JSON', async () => {
    const dir = tempDir();
    const options = { dataDir: join(dir, 'data'), mode: 'browser' as const, log: () => undefined };
    await expect(startBackend({ ...options, sample: { kind: 'file', path: join(dir, 'nope.json') } })).rejects.toThrow(
      /no such file/,
    );
    writeFileSync(join(dir, 'broken.json'), '{"items": [');
    await expect(
      startBackend({ ...options, sample: { kind: 'file', path: join(dir, 'broken.json') } }),
    ).rejects.toThrow(/not valid JSON/);
  });

  it('turns a foreign file in the data dir into a message for the clerk', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'console.db'), 'not sqlite at all');
    await expect(
      startBackend({ dataDir: dir, mode: 'browser', sample: { kind: 'none' }, log: () => undefined }),
    ).rejects.toThrow(UserFacingError);
  });
});

describe('startBackend keeps the record safe', () => {
  it('refuses to start on a damaged database, saying so and changing nothing', async () => {
    const dir = tempDir();
    await (await testBackend(dir)).backend.close();
    const dataDir = join(dir, 'data');
    const db = openDatabase(dataDir);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const rootPage = db
      .prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'items_by_time'`)
      .pluck()
      .get() as number;
    db.close();
    const fd = openSync(join(dataDir, databaseFileName), 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootPage - 1) * pageSize);
    closeSync(fd);
    const before = readFileSync(join(dataDir, databaseFileName));
    await expect(testBackend(dir)).rejects.toThrow(UserFacingError);
    await expect(testBackend(dir)).rejects.toThrow(/damaged.*restore the latest backup/is);
    expect(readFileSync(join(dataDir, databaseFileName)).equals(before)).toBe(true);
  });

  it('restores a checked backup at the next start, keeping the replaced database and recording it', async () => {
    const dir = tempDir();
    const first = await testBackend(dir);
    const backupFolder = join(dir, 'backups');
    const { file } = await first.value('backup:now', { folder: backupFolder });
    const sms = (await first.value('queue:list', { status: 'new', channel: 'sms' })).items[0];
    await first.value('item:remove', { id: sms?.id ?? 0, reasonId: 'off-topic' });
    expect((await first.value('backup:check', { file })).ok).toBe(true);
    expect((await first.value('backup:restore', { file })).message).toMatch(/Close the console and start it again/);
    await first.backend.close();

    const again = await testBackend(dir);
    expect((await again.value('queue:list', { status: 'removed' })).total).toBe(0);
    const kinds = sqliteHandle(again.backend.store).prepare(`SELECT kind FROM actions ORDER BY id`).pluck().all();
    expect(kinds.at(-1)).toBe('restored-from-backup');
    expect(readdirSync(join(dir, 'data')).some((name) => name.startsWith('console-before-restore-'))).toBe(true);
    await again.backend.close();
  });
});
