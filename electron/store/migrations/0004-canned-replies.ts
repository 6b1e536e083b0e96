import type { Migration } from './migration';

export const migration0004: Migration = {
  version: 4,
  name: 'canned replies',
  sql: `
      -- The council's canned replies: seeded from assets/replies, then the clerk's to add, edit and retire.
      CREATE TABLE templates (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        sets_consent INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        retired_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- Every wording a template has had, so a reply in the record can be read against the text it used.
      CREATE TABLE template_versions (
        template_id INTEGER NOT NULL REFERENCES templates(id),
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        operator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (template_id, version)
      );
      CREATE TRIGGER template_versions_no_update BEFORE UPDATE ON template_versions BEGIN
        SELECT RAISE(ABORT, 'template history is append-only');
      END;
      CREATE INDEX actions_by_kind ON actions (kind, item_id);
    `,
};
