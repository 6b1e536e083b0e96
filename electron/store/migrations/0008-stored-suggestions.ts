import type { Migration } from './migration';

export const migration0008: Migration = {
  version: 8,
  name: 'stored suggestions',
  sql: `
      -- Each item's top suggested removal reason, worked out when it arrives (and again when the rules
      -- change), so a row can show it and "Flagged first" is an ordered query rather than the rules run
      -- over every listed item.
      ALTER TABLE items ADD COLUMN suggested_reason_id TEXT;
      ALTER TABLE items ADD COLUMN suggested_confidence TEXT;
      -- How strongly it is flagged: 2 a high-confidence suggestion, 1 a medium one, 0 none.
      ALTER TABLE items ADD COLUMN flag INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX items_flagged ON items (status, flag DESC, received_at DESC, id DESC);
      CREATE INDEX items_flagged_by_channel ON items (channel, status, flag DESC, received_at DESC, id DESC);
      CREATE INDEX items_flagged_any_status ON items (flag DESC, received_at DESC, id DESC);
      CREATE INDEX items_flagged_by_channel_any_status ON items (channel, flag DESC, received_at DESC, id DESC);
    `,
};
