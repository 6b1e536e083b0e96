import type { Migration } from './migration';

export const migration0005: Migration = {
  version: 5,
  name: 'real channels and problems',
  sql: `
      -- How to reach the account (host, page id, …): secrets never here, they live in the SecretStore.
      ALTER TABLE accounts ADD COLUMN config TEXT NOT NULL DEFAULT '{}';
      -- Why the account is not syncing, in the clerk's words (with health 'auth', 'paused', 'error').
      ALTER TABLE accounts ADD COLUMN health_message TEXT;
      ALTER TABLE accounts ADD COLUMN last_sync_at TEXT;
      -- A removed account keeps its row: its items stay in the record.
      ALTER TABLE accounts ADD COLUMN removed_at TEXT;

      -- What a channel sent that could not be understood: kept aside with the raw payload, never dropped.
      CREATE TABLE problems (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        raw TEXT NOT NULL,
        error TEXT NOT NULL,
        created_at TEXT NOT NULL,
        reviewed_at TEXT,
        reviewed_by TEXT
      );
      CREATE INDEX problems_open ON problems (reviewed_at, id);
    `,
};
