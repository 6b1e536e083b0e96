import type { Migration } from './migration';

export const migration0007: Migration = {
  version: 7,
  name: 'channel usage',
  sql: `
      -- What an account read and wrote that its channel bills (X's pay-per-use), per UTC month and kind.
      CREATE TABLE channel_usage (
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        month TEXT NOT NULL,
        kind TEXT NOT NULL,
        count INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, month, kind)
      ) WITHOUT ROWID;
      -- Resources read today (UTC): X charges a resource read again the same day only once. Older days are pruned.
      CREATE TABLE channel_reads (
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        day TEXT NOT NULL,
        kind TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        PRIMARY KEY (account_id, day, kind, resource_id)
      ) WITHOUT ROWID;
    `,
};
