// The raw SQLite connection behind a store, for tests and benchmarks that check what is on disk.
// Production code reaches the database only through the store's repositories: eslint.config.mjs allows
// this module only in store/, tests, test support and bench/.
import type Database from 'better-sqlite3';

const handles = new WeakMap<object, Database.Database>();

/** Called by the store that owns the connection. */
export function registerSqliteHandle(owner: object, db: Database.Database): void {
  handles.set(owner, db);
}

export function sqliteHandle(owner: object): Database.Database {
  const db = handles.get(owner);
  if (!db) throw new Error('No SQLite connection belongs to this object.');
  return db;
}
