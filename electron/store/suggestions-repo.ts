// The suggestions stored with items: read in batches and saved again when the rules or the council's contacts change.
import type Database from 'better-sqlite3';
import { flagOf, type StoredSuggestion, type SuggestionSubject } from './items-repo';

export interface SuggestionRow extends SuggestionSubject {
  id: number;
  from_council: number;
}

export class SuggestionsRepo {
  private readonly below;
  private readonly write;

  constructor(db: Database.Database) {
    this.below = db.prepare<[number, number], SuggestionRow>(
      `SELECT id, text, subject, kind, channel, from_council FROM items WHERE id < ? ORDER BY id DESC LIMIT ?`,
    );
    this.write = db.prepare(
      `UPDATE items SET suggested_reason_id = @reasonId, suggested_confidence = @confidence, flag = @flag
       WHERE id = @id AND (suggested_reason_id IS NOT @reasonId OR suggested_confidence IS NOT @confidence)`,
    );
  }

  /** The next `limit` items below `belowId`, newest first (the queue's top rows are the first worked out again). */
  batchBelow(belowId: number, limit: number): SuggestionRow[] {
    return this.below.all(belowId, limit);
  }

  /** Saves one item's top suggestion; an unchanged one is not written again (no index churn). */
  save(id: number, suggestion: StoredSuggestion | null): void {
    this.write.run({
      id,
      reasonId: suggestion?.reasonId ?? null,
      confidence: suggestion?.confidence ?? null,
      flag: flagOf(suggestion),
    });
  }
}
