// Numbered, forward-only schema migrations; PRAGMA user_version records the last one applied.
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

export const migrations: readonly Migration[] = [
  {
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
  },
  {
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
  },
  {
    version: 3,
    name: 'people, strikes and blocks',
    rebuildsTables: true,
    sql: `
      -- Items from a blocked sender are filed as 'blocked': a status of their own, kept in the record.
      CREATE TABLE items_next (
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
        status TEXT NOT NULL CHECK (status IN ('new', 'handled', 'removed', 'blocked')),
        expected_reasons TEXT,
        ingested_at TEXT NOT NULL,
        removal_action_id INTEGER REFERENCES actions(id),
        UNIQUE (account_id, external_id)
      );
      INSERT INTO items_next (id, account_id, external_id, channel, kind, author_id, subject, text, html, received_at,
          thread_id, parent_external_id, url, from_council, status, expected_reasons, ingested_at, removal_action_id)
        SELECT id, account_id, external_id, channel, kind, author_id, subject, text, html, received_at,
          thread_id, parent_external_id, url, from_council, status, expected_reasons, ingested_at, removal_action_id
        FROM items;
      DROP TABLE items;
      ALTER TABLE items_next RENAME TO items;
      CREATE INDEX items_by_status ON items (status, received_at DESC, id DESC);
      CREATE INDEX items_by_channel ON items (channel, status, received_at DESC, id DESC);
      CREATE INDEX items_by_time ON items (received_at DESC, id DESC);
      CREATE INDEX items_by_thread ON items (account_id, thread_id);
      CREATE INDEX items_by_author ON items (author_id);
      CREATE INDEX items_by_channel_time ON items (channel, received_at DESC, id DESC);

      -- Every author belongs to a person; a person starts as one author and grows when the clerk links others.
      ALTER TABLE people ADD COLUMN first_author_id INTEGER REFERENCES authors(id);
      -- A person linked into another keeps its row (the record may name it) and points to the survivor.
      ALTER TABLE people ADD COLUMN merged_into INTEGER REFERENCES people(id);
      INSERT INTO people (display_name, created_at, first_author_id)
        SELECT name, first_seen_at, id FROM authors WHERE person_id IS NULL;
      UPDATE authors SET person_id = (SELECT p.id FROM people p WHERE p.first_author_id = authors.id) WHERE person_id IS NULL;
      CREATE INDEX authors_by_person ON authors (person_id);
      CREATE INDEX authors_by_name ON authors (lower(name));
      CREATE INDEX authors_by_email ON authors (lower(email)) WHERE email IS NOT NULL;
      CREATE INDEX authors_by_phone ON authors (phone) WHERE phone IS NOT NULL;
      CREATE INDEX people_by_first_author ON people (first_author_id);

      -- Person-level entries of the record: blocks, unblocks, notes, links and splits.
      ALTER TABLE actions ADD COLUMN person_id INTEGER REFERENCES people(id);
      CREATE INDEX actions_by_person ON actions (person_id, id) WHERE person_id IS NOT NULL;

      -- One row per channel identity blocked; lifting a block fills lifted_action_id, nothing is deleted.
      CREATE TABLE blocks (
        id INTEGER PRIMARY KEY,
        author_id INTEGER NOT NULL REFERENCES authors(id),
        method TEXT NOT NULL CHECK (method IN ('page-block', 'mute', 'local-blocklist')),
        action_id INTEGER NOT NULL REFERENCES actions(id),
        lifted_action_id INTEGER REFERENCES actions(id),
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX blocks_active ON blocks (author_id) WHERE lifted_action_id IS NULL;

      -- "Not the same person": a suggestion the clerk turned down is not offered again.
      CREATE TABLE link_rejections (
        author_id INTEGER NOT NULL REFERENCES authors(id),
        other_author_id INTEGER NOT NULL REFERENCES authors(id),
        action_id INTEGER NOT NULL REFERENCES actions(id),
        PRIMARY KEY (author_id, other_author_id)
      );
    `,
  },
  {
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
  },
  {
    version: 5,
    name: 'real channels and problems',
    sql: `
      -- How to reach the account (host, page id, …): secrets never here, they live in the SecretStore.
      ALTER TABLE accounts ADD COLUMN config TEXT NOT NULL DEFAULT '{}';
      -- Why the account is not syncing, in the clerk's words (with health 'auth', 'paused', 'error').
      ALTER TABLE accounts ADD COLUMN health_message TEXT;
      ALTER TABLE accounts ADD COLUMN last_sync_at TEXT;
      -- A removed account keeps its row: its items stay in the record.
      ALTER TABLE accounts ADD COLUMN removed_at TEXT;

      -- What a channel sent that could not be understood: kept aside with the raw payload, never dropped.
      CREATE TABLE problems (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        raw TEXT NOT NULL,
        error TEXT NOT NULL,
        created_at TEXT NOT NULL,
        reviewed_at TEXT,
        reviewed_by TEXT
      );
      CREATE INDEX problems_open ON problems (reviewed_at, id);
    `,
  },
  {
    version: 6,
    name: 'operators',
    sql: `
      -- The clerk and the deputy clerk: who is working is recorded with every action (by name).
      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'deputy')),
        signature TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        retired_at TEXT
      );
      INSERT INTO operators (name, role, signature, created_at) VALUES
        ('Clerk', 'clerk', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        ('Deputy Clerk', 'deputy', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      CREATE INDEX actions_by_operator ON actions (operator, id);
      CREATE INDEX actions_by_time ON actions (created_at);
      CREATE INDEX items_by_ingested ON items (ingested_at);
    `,
  },
  {
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
  },
  {
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
  },
];
