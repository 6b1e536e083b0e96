import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'queue, record and outbox',
  sql: `
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        connector TEXT NOT NULL,
        channel TEXT NOT NULL,
        name TEXT NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        cursor TEXT,
        health TEXT NOT NULL DEFAULT 'ok',
        paused INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      );

      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE authors (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        handle TEXT,
        email TEXT,
        phone TEXT,
        person_id INTEGER REFERENCES people(id),
        first_seen_at TEXT NOT NULL,
        UNIQUE (channel, external_id)
      );

      CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        external_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL,
        author_id INTEGER NOT NULL REFERENCES authors(id),
        subject TEXT,
        text TEXT NOT NULL,
        html TEXT,
        received_at TEXT NOT NULL,
        thread_id TEXT,
        parent_external_id TEXT,
        url TEXT,
        from_council INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL CHECK (status IN ('new', 'handled', 'removed')),
        expected_reasons TEXT,
        ingested_at TEXT NOT NULL,
        UNIQUE (account_id, external_id)
      );
      CREATE INDEX items_by_status ON items (status, received_at DESC, id DESC);
      CREATE INDEX items_by_channel ON items (channel, status, received_at DESC, id DESC);
      CREATE INDEX items_by_time ON items (received_at DESC, id DESC);
      CREATE INDEX items_by_thread ON items (account_id, thread_id);
      CREATE INDEX items_by_author ON items (author_id);

      CREATE VIRTUAL TABLE items_fts USING fts5 (
        subject, body, author, tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Filled by ItemsRepo.ingest once per batch, not by a trigger: FTS5 flushes its pending terms at
      -- every statement savepoint, so a per-row trigger wrote one tiny segment per item.

      -- The council's record of correspondence: append-only.
      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER REFERENCES items(id),
        kind TEXT NOT NULL,
        operator TEXT NOT NULL,
        reason_id TEXT,
        policy_version TEXT,
        details TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
      );
      CREATE INDEX actions_by_item ON actions (item_id, id);
      CREATE TRIGGER actions_no_update BEFORE UPDATE ON actions BEGIN
        SELECT RAISE(ABORT, 'the record of actions is append-only');
      END;
      CREATE TRIGGER actions_no_delete BEFORE DELETE ON actions BEGIN
        SELECT RAISE(ABORT, 'the record of actions is append-only');
      END;

      -- Everything that must reach a channel, written in the same transaction as its action.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions(id),
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        item_id INTEGER REFERENCES items(id),
        operation TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        idempotency_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('queued', 'delivering', 'delivered', 'failed', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    `,
};
