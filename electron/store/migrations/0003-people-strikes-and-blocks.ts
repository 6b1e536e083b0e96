import type { Migration } from './migration';

export const migration0003: Migration = {
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
};
