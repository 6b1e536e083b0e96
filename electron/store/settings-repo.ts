// Council-wide settings, stored as JSON values under a key.
import type Database from 'better-sqlite3';

export class SettingsRepo {
  private readonly read;
  private readonly write;

  constructor(db: Database.Database) {
    this.read = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
    this.write = db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    );
  }

  get(key: string): unknown {
    const row = this.read.get(key);
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  set(key: string, value: unknown, now: string): void {
    this.write.run(key, JSON.stringify(value), now);
  }
}
