// One numbered, forward-only schema migration; PRAGMA user_version records the last one applied.
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rebuilds a table (SQLite cannot alter a CHECK constraint): foreign keys are switched off around the
   * transaction, as sqlite.org/lang_altertable.html#otheralter prescribes, and checked before commit.
   */
  rebuildsTables?: boolean;
}
