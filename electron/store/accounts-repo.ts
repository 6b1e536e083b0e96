// Connected channel accounts and their sync cursors.
import type Database from 'better-sqlite3';
import type { Channel } from '../api/domain';

export type AccountHealth = 'ok' | 'auth' | 'error' | 'capped';

export interface AccountRow {
  id: number;
  key: string;
  connector: string;
  channel: Channel;
  name: string;
  cursor: string | null;
  health: string;
  paused: boolean;
  healthMessage: string | null;
  lastSyncAt: string | null;
  removedAt: string | null;
}

interface RawAccount extends Omit<AccountRow, 'paused' | 'healthMessage' | 'lastSyncAt' | 'removedAt'> {
  paused: number;
  health_message: string | null;
  last_sync_at: string | null;
  removed_at: string | null;
}

export class AccountsRepo {
  private readonly byKey;
  private readonly byId;
  private readonly all;
  private readonly insert;
  private readonly updateCursor;
  private readonly settingsOf;
  private readonly writeSettings;

  constructor(private readonly db: Database.Database) {
    const columns =
      'id, key, connector, channel, name, cursor, health, paused, health_message, last_sync_at, removed_at';
    this.byKey = db.prepare<[string], RawAccount>(`SELECT ${columns} FROM accounts WHERE key = ?`);
    this.byId = db.prepare<[number], RawAccount>(`SELECT ${columns} FROM accounts WHERE id = ?`);
    this.all = db.prepare<[], RawAccount>(`SELECT ${columns} FROM accounts ORDER BY id`);
    this.insert = db.prepare(
      `INSERT INTO accounts (key, connector, channel, name, created_at) VALUES (@key, @connector, @channel, @name, @createdAt)`,
    );
    this.updateCursor = db.prepare(`UPDATE accounts SET cursor = ? WHERE id = ?`);
    this.settingsOf = db.prepare<[number], { settings: string }>(`SELECT settings FROM accounts WHERE id = ?`);
    this.writeSettings = db.prepare(`UPDATE accounts SET settings = ? WHERE id = ?`);
  }

  /** The account with this key, created on first use. */
  ensure(account: { key: string; connector: string; channel: Channel; name: string }, now: string): AccountRow {
    const existing = this.byKey.get(account.key);
    if (existing) return toAccount(existing);
    this.insert.run({ ...account, createdAt: now });
    return toAccount(this.byKey.get(account.key) as RawAccount);
  }

  get(id: number): AccountRow | null {
    const row = this.byId.get(id);
    return row ? toAccount(row) : null;
  }

  list(): AccountRow[] {
    return this.all.all().map(toAccount);
  }

  settings(id: number): Record<string, unknown> {
    const row = this.settingsOf.get(id);
    return row ? (JSON.parse(row.settings) as Record<string, unknown>) : {};
  }

  updateSettings(id: number, changes: Record<string, unknown>): void {
    this.writeSettings.run(JSON.stringify({ ...this.settings(id), ...changes }), id);
  }

  setCursor(id: number, cursor: string | null): void {
    this.updateCursor.run(cursor, id);
  }

  /** A real channel account, connected by the clerk: its non-secret config here, its secrets in the SecretStore. */
  add(
    account: { key: string; connector: string; channel: Channel; name: string; config: Record<string, unknown> },
    now: string,
  ): AccountRow {
    this.db
      .prepare(`INSERT INTO accounts (key, connector, channel, name, config, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(account.key, account.connector, account.channel, account.name, JSON.stringify(account.config), now);
    return toAccount(this.byKey.get(account.key) as RawAccount);
  }

  config(id: number): Record<string, unknown> {
    const row = this.db.prepare<[number], { config: string }>(`SELECT config FROM accounts WHERE id = ?`).get(id);
    return row ? (JSON.parse(row.config) as Record<string, unknown>) : {};
  }

  update(id: number, changes: { name?: string; config?: Record<string, unknown> }): void {
    if (changes.name !== undefined) this.db.prepare(`UPDATE accounts SET name = ? WHERE id = ?`).run(changes.name, id);
    if (changes.config !== undefined)
      this.db.prepare(`UPDATE accounts SET config = ? WHERE id = ?`).run(JSON.stringify(changes.config), id);
  }

  /** ok, or why it is not syncing: 'auth' (stops until reconnected), 'error' (retrying), 'capped' (its spending cap). */
  setHealth(id: number, health: AccountHealth, message: string | null): void {
    this.db.prepare(`UPDATE accounts SET health = ?, health_message = ? WHERE id = ?`).run(health, message, id);
  }

  setPaused(id: number, paused: boolean): void {
    this.db.prepare(`UPDATE accounts SET paused = ? WHERE id = ?`).run(paused ? 1 : 0, id);
  }

  synced(id: number, now: string): void {
    this.db.prepare(`UPDATE accounts SET last_sync_at = ? WHERE id = ?`).run(now, id);
  }

  /** Disconnected: it stops syncing; its items and record stay. */
  markRemoved(id: number, now: string): void {
    this.db
      .prepare(`UPDATE accounts SET removed_at = ?, paused = 1, key = key || ':removed:' || ? WHERE id = ?`)
      .run(now, now, id);
  }
}

function toAccount({ health_message, last_sync_at, removed_at, ...row }: RawAccount): AccountRow {
  return {
    ...row,
    paused: row.paused === 1,
    healthMessage: health_message,
    lastSyncAt: last_sync_at,
    removedAt: removed_at,
  };
}
