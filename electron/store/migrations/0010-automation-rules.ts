import type { Migration } from './migration';

export const migration0010: Migration = {
  version: 10,
  name: 'automation rules',
  sql: `
      -- The clerk's automation rules: a name, on or off, and the conditions and actions (JSON, checked by zod).
      CREATE TABLE rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE UNIQUE INDEX rules_by_name ON rules (name COLLATE NOCASE) WHERE deleted_at IS NULL;
      -- What one rule did to one item (its record entry is action_id), until undone (undone_action_id).
      CREATE TABLE rule_runs (
        action_id INTEGER PRIMARY KEY REFERENCES actions(id),
        rule_id INTEGER NOT NULL REFERENCES rules(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        label TEXT,
        priority INTEGER NOT NULL DEFAULT 0,
        suggested_reason_id TEXT,
        draft_template_id INTEGER,
        draft_text TEXT,
        hidden INTEGER NOT NULL DEFAULT 0,
        reply_action_id INTEGER REFERENCES actions(id),
        created_at TEXT NOT NULL,
        undone_action_id INTEGER REFERENCES actions(id)
      );
      CREATE INDEX rule_runs_by_item ON rule_runs (item_id);
      CREATE INDEX rule_runs_standing ON rule_runs (item_id) WHERE undone_action_id IS NULL;
      CREATE INDEX rule_runs_by_time ON rule_runs (created_at);
    `,
};
