// Connected channel accounts and their sync cursors.
import type Database from 'better-sqlite3';
import type { Channel } from '../api/domain';

export interface AccountRow {
  id: number;
  key: string;
  connector: string;
  channel: Channel;
  name: string;
  cursor: string | null;
  health: string;
  paused: boolean;
}

interface RawAccount extends Omit<AccountRow, 'paused'> {
  paused: number;
}

export class AccountsRepo {
  private readonly byKey;
  private readonly byId;
  private readonly all;
  private readonly insert;
  private readonly updateCursor;
  private readonly settingsOf;
  private readonly writeSettings;

  constructor(db: Database.Database) {
    const columns = 'id, key, connector, channel, name, cursor, health, paused';
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
}

function toAccount(row: RawAccount): AccountRow {
  return { ...row, paused: row.paused === 1 };
}
