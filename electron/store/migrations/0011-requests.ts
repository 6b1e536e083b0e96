import type { Migration } from './migration';

export const migration0011: Migration = {
  version: 11,
  name: 'requests',
  sql: `
      -- FOI, subject access and complaint requests. Append-only like the record: a request's status and due date
      -- are replayed from its events (core/request-record.ts), never stored, so a new bank holiday list moves them.
      CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL CHECK (type IN ('foi', 'sar', 'complaint')),
        person_id INTEGER REFERENCES people(id),
        received_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE request_events (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id),
        kind TEXT NOT NULL,
        on_date TEXT NOT NULL,
        operator TEXT NOT NULL,
        -- The rest of the event (reason, grounds, extra days, how it was answered) as JSON.
        details TEXT NOT NULL,
        -- The same step on the record, for the FOI export.
        action_id INTEGER NOT NULL REFERENCES actions(id),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX request_events_by_request ON request_events (request_id, id);
      CREATE TRIGGER request_events_append_only_update BEFORE UPDATE ON request_events
        BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
      CREATE TRIGGER request_events_append_only_delete BEFORE DELETE ON request_events
        BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
      CREATE TABLE request_items (
        request_id INTEGER NOT NULL REFERENCES requests(id),
        item_id INTEGER NOT NULL REFERENCES items(id),
        role TEXT NOT NULL,
        linked_by TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        PRIMARY KEY (request_id, item_id)
      );
      CREATE INDEX request_items_by_item ON request_items (item_id);
      -- Days the council's office is closed: shown beside due dates and used for complaints, never for FOI or SAR.
      CREATE TABLE closure_days (date TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '');
      -- The likely request an item looks like, worked out when it arrives (beside the suggested reason).
      ALTER TABLE items ADD COLUMN suggested_request TEXT;
    `,
};
