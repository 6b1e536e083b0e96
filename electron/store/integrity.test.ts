import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncomingItem } from '../core/incoming-item';
import { useTempDirs } from '../../testing/support/temp-dir';
import { ConsoleStore } from './console-store';
import { checkIntegrity } from './integrity';
import { databaseFileName, openDatabase } from './open-database';

const tempDir = useTempDirs();
const now = '2026-11-24T10:00:00.000Z';

function letters(count: number): IncomingItem[] {
  return Array.from({ length: count }, (_, n) => ({
    externalId: `letter-${n}`,
    channel: 'email',
    kind: 'email',
    subject: `Letter ${n}`,
    text: `Letter number ${n} about the village hall roof.`,
    author: {
      externalId: `resident-${n % 40}@example.net`,
      name: `Resident ${n % 40}`,
      handle: null,
      email: `resident-${n % 40}@example.net`,
      phone: null,
    },
    html: null,
    receivedAt: new Date(Date.parse(now) - n * 60_000).toISOString(),
    threadId: null,
    parentExternalId: null,
    url: null,
    fromCouncil: false,
    expectedReasons: null,
  }));
}

function storeWithLetters(count: number): string {
  const dir = tempDir();
  const store = ConsoleStore.open(dir);
  const account = store.accounts.ensure(
    { key: 'email:clerk', connector: 'demo', channel: 'email', name: 'Clerk inbox' },
    now,
  );
  store.items.ingest(account.id, letters(count), now);
  store.close();
  return dir;
}

/** Fills one page of an index with garbage, with the store closed, as a failing disk might. */
function damageIndex(dir: string, index: string): void {
  const db = openDatabase(dir);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const rootPage = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = ?`).pluck().get(index) as number;
  db.close();
  const fd = openSync(join(dir, databaseFileName), 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootPage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

describe('checkIntegrity', () => {
  it('passes a sound store', () => {
    const db = openDatabase(storeWithLetters(500));
    expect(checkIntegrity(db)).toEqual({ ok: true });
    db.close();
  });

  it('fails a store whose index was damaged, tells the clerk to restore, and changes nothing', () => {
    const dir = storeWithLetters(500);
    damageIndex(dir, 'items_by_time');
    const file = join(dir, databaseFileName);
    const damaged = readFileSync(file);
    const db = openDatabase(dir);
    const result = checkIntegrity(db);
    db.close();
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toMatch(/^The console's database is damaged\. Nothing has been changed\./);
    expect(message).toMatch(/\(The check found: .*page \d+.*\.\)$/);
    expect(message).toContain('Restore the latest backup from Settings → Backup');
    expect(message).toContain(file);
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('fails a store whose rows refer to rows that are not there', () => {
    const dir = storeWithLetters(3);
    const db = openDatabase(dir);
    db.pragma('foreign_keys = OFF');
    db.prepare(`UPDATE items SET author_id = 999 WHERE external_id = 'letter-1'`).run();
    db.pragma('foreign_keys = ON');
    const result = checkIntegrity(db);
    db.close();
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('1 row(s) refer to missing ones, the first in items'),
    });
  });
});
