import type { Migration } from './migration';

export const migration0002: Migration = {
  version: 2,
  name: 'removals and council settings',
  sql: `
      -- The removal an item is under now (its record stays in actions, whatever happens later).
      ALTER TABLE items ADD COLUMN removal_action_id INTEGER REFERENCES actions(id);

      -- Council-wide settings shared by clerk and deputy (policy dates, complaints address, ...).
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- What the channel called the result (e.g. the id of a posted notice), so it can be reversed.
      ALTER TABLE outbox ADD COLUMN reference TEXT;
      -- One channel, any status, newest first (the channel filter with status "All").
      CREATE INDEX items_by_channel_time ON items (channel, received_at DESC, id DESC);
      CREATE INDEX outbox_by_action ON outbox (action_id);
      CREATE INDEX outbox_by_item ON outbox (item_id, id);
      CREATE INDEX actions_removals ON actions (kind, created_at) WHERE kind = 'removed';
    `,
};
