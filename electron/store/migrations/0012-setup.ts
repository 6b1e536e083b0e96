import type { Migration } from './migration';

export const migration0012: Migration = {
  version: 12,
  name: 'setup',
  sql: `
      -- The first-run setup asks for the clerk's and the deputy's email addresses.
      ALTER TABLE operators ADD COLUMN email TEXT NOT NULL DEFAULT '';
    `,
};
