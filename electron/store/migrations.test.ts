import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database';
import { migrations } from './migrations';
import { useTempDirs } from '../../testing/support/temp-dir';

describe('migration 3 (people, strikes and blocks)', () => {
  const tempDir = useTempDirs();

  it('rebuilds items for the blocked status without losing items, their search index or the record that names them', () => {
    const dir = tempDir();
    const old = openDatabase(
      dir,
      migrations.filter((migration) => migration.version <= 2),
    );
    old.exec(`
      INSERT INTO accounts (id, key, connector, channel, name, created_at) VALUES (1, 'demo:facebook', 'demo', 'facebook', 'Page', '2026-01-01T00:00:00.000Z');
      INSERT INTO authors (id, channel, external_id, name, first_seen_at) VALUES (7, 'facebook', 'fb_1', 'Gary Pritchard', '2026-01-01T00:00:00.000Z');
      INSERT INTO items (id, account_id, external_id, channel, kind, author_id, text, received_at, status, ingested_at)
        VALUES (41, 1, 'c1', 'facebook', 'comment', 7, 'Absolute shambles', '2026-01-02T00:00:00.000Z', 'new', '2026-01-02T00:00:00.000Z');
      INSERT INTO items_fts (rowid, subject, body, author) VALUES (41, '', 'Absolute shambles', 'Gary Pritchard');
      INSERT INTO actions (id, item_id, kind, operator, created_at) VALUES (3, 41, 'removed', 'Clerk', '2026-01-03T00:00:00.000Z');
      UPDATE items SET status = 'removed', removal_action_id = 3 WHERE id = 41;
    `);
    old.close();

    const db = openDatabase(dir);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT id, status, removal_action_id FROM items`).all()).toEqual([
      { id: 41, status: 'removed', removal_action_id: 3 },
    ]);
    expect(db.prepare(`SELECT rowid FROM items_fts WHERE items_fts MATCH 'shambles'`).all()).toEqual([{ rowid: 41 }]);
    // The author became a person of their own, named after them.
    expect(
      db.prepare(`SELECT p.display_name FROM authors a JOIN people p ON p.id = a.person_id WHERE a.id = 7`).get(),
    ).toEqual({ display_name: 'Gary Pritchard' });
    // The new status is allowed, anything else still refused.
    db.prepare(`UPDATE items SET status = 'blocked' WHERE id = 41`).run();
    expect(() => db.prepare(`UPDATE items SET status = 'hidden' WHERE id = 41`).run()).toThrow(/CHECK/);
    // The record still refers to the rebuilt table.
    expect(() =>
      db.prepare(`INSERT INTO actions (item_id, kind, operator, created_at) VALUES (999, 'x', 'Clerk', 'now')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
