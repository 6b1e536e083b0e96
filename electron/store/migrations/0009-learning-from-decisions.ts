import type { Migration } from './migration';

export const migration0009: Migration = {
  version: 9,
  name: 'learning from decisions',
  sql: `
      -- What the classifier learned from the council's decisions, kept as counts so that learning and
      -- forgetting one decision cost the same however many there are. Each decided item's example keeps the
      -- features it added, so an undo or restore takes exactly those back out.
      CREATE TABLE learned_examples (
        item_id INTEGER PRIMARY KEY REFERENCES items(id),
        action_id INTEGER NOT NULL REFERENCES actions(id),
        decision TEXT NOT NULL,
        features TEXT NOT NULL,
        learned_at TEXT NOT NULL
      );
      CREATE TABLE learned_counts (
        feature TEXT NOT NULL,
        decision TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        PRIMARY KEY (feature, decision)
      ) WITHOUT ROWID;
    `,
};
