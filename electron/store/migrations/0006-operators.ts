import type { Migration } from './migration';

export const migration0006: Migration = {
  version: 6,
  name: 'operators',
  sql: `
      -- The clerk and the deputy clerk: who is working is recorded with every action (by name).
      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'deputy')),
        signature TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        retired_at TEXT
      );
      INSERT INTO operators (name, role, signature, created_at) VALUES
        ('Clerk', 'clerk', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        ('Deputy Clerk', 'deputy', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      CREATE INDEX actions_by_operator ON actions (operator, id);
      CREATE INDEX actions_by_time ON actions (created_at);
      CREATE INDEX items_by_ingested ON items (ingested_at);
    `,
};
