// The retention purge: content past the council's retention periods is blanked; the record of actions stays.
import type Database from 'better-sqlite3';
import type { PurgeCutoffs } from '../core/retention-policy';

/** What a purged item's text reads; it also marks the item as purged, so it is never counted twice. */
export const purgedText = '[purged under the retention policy]';

export interface PurgeCounts {
  /** Removed items whose removal was older than the removed-content period. */
  removedItems: number;
  /** Other items received before the correspondence period. */
  oldItems: number;
  /** Senders whose email address and phone number were cleared: none of their person's items is left unpurged. */
  sendersCleared: number;
}

/**
 * In one transaction: blanks the content of expired items and deletes their search entries, keeps the item
 * rows (the record of actions refers to them), clears the contact details of senders with nothing left, and
 * appends one 'retention-purge' action holding the counts and cutoffs, never any content.
 */
export function purgeExpired(db: Database.Database, cutoffs: PurgeCutoffs, operator: string, now: Date): PurgeCounts {
  // Freed and rewritten space is zeroed, so purged words do not linger in the file's unused bytes.
  const secureDelete = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    const counts = db.transaction(() => {
      const removedIds = db
        .prepare(
          `SELECT i.id FROM items i JOIN actions removal ON removal.id = i.removal_action_id
           WHERE i.status = 'removed' AND removal.created_at < ? AND i.text <> ?`,
        )
        .pluck()
        .all(cutoffs.removedBefore, purgedText) as number[];
      blank(db, removedIds);
      // Items just purged as removed now read purgedText, so they are not counted again here.
      const oldIds = db
        .prepare(`SELECT id FROM items WHERE received_at < ? AND text <> ?`)
        .pluck()
        .all(cutoffs.correspondenceBefore, purgedText) as number[];
      blank(db, oldIds);
      if (removedIds.length + oldIds.length > 0) {
        // Merges the search index's segments, so the deleted entries are dropped rather than only masked.
        db.prepare(`INSERT INTO items_fts (items_fts) VALUES ('optimize')`).run();
      }
      const result = { removedItems: removedIds.length, oldItems: oldIds.length, sendersCleared: clearContacts(db) };
      // A purge that found nothing leaves no trace: it runs at every start and daily.
      if (result.removedItems + result.oldItems + result.sendersCleared === 0) return result;
      db.prepare(
        `INSERT INTO actions (item_id, kind, operator, details, created_at) VALUES (NULL, 'retention-purge', ?, ?, ?)`,
      ).run(operator, JSON.stringify({ ...result, ...cutoffs }), now.toISOString());
      return result;
    })();
    // The write-ahead log still holds the old pages until it is emptied; a busy reader only delays that.
    if (!db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
    return counts;
  } finally {
    db.pragma(`secure_delete = ${secureDelete}`);
  }
}

function blank(db: Database.Database, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const list = JSON.stringify(ids);
  // Its suggestion was worked out from the words just purged, so it goes too.
  db.prepare(
    `UPDATE items SET text = ?, subject = NULL, html = NULL, url = NULL, suggested_reason_id = NULL, suggested_confidence = NULL, flag = 0
     WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(purgedText, list);
  db.prepare(`DELETE FROM items_fts WHERE rowid IN (SELECT value FROM json_each(?))`).run(list);
  // A reply a rule drafted for the clerk to review greets the sender by name and may quote them.
  db.prepare(`UPDATE rule_runs SET draft_text = NULL WHERE item_id IN (SELECT value FROM json_each(?))`).run(list);
  // Replies, forwards and sent files already sent (or given up) carry the item's words, quoted or forwarded, the
  // address they went to and (a subject access export) the file's name. Those still waiting to go are left for the
  // clerk to deal with.
  db.prepare(
    `UPDATE outbox SET payload = json_remove(payload, '$.text', '$.subject', '$.to', '$.toName', '$.file')
     WHERE item_id IN (SELECT value FROM json_each(?)) AND state IN ('delivered', 'failed', 'cancelled')
       AND (json_type(payload, '$.text') IS NOT NULL OR json_type(payload, '$.subject') IS NOT NULL OR json_type(payload, '$.to') IS NOT NULL)`,
  ).run(list);
}

/** Clears the email and phone of every sender whose person (all of their senders) has no unpurged item left. */
function clearContacts(db: Database.Database): number {
  return db
    .prepare(
      `UPDATE authors SET email = NULL, phone = NULL
       WHERE (email IS NOT NULL OR phone IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM items i WHERE i.author_id = authors.id AND i.text <> @purged)
         AND NOT EXISTS (SELECT 1 FROM authors sibling JOIN items i ON i.author_id = sibling.id
                         WHERE sibling.person_id = authors.person_id AND i.text <> @purged)`,
    )
    .run({ purged: purgedText }).changes;
}
