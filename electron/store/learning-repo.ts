// What the classifier learned from the council's decisions: one example per decided item, and the counts.
import type Database from 'better-sqlite3';
import { isDecision, type Decision, type FeatureCount } from '../core/decision-classifier';

/** A decision in the record and the item it was about: a removal, "No action needed", or one taken back. */
export interface DecisionRow {
  id: number;
  item_id: number;
  kind: string;
  reason_id: string | null;
  text: string;
  subject: string | null;
}

export interface LearnedExample {
  decision: Decision;
  features: string[];
}

/** Kinds of action that decide an item, and those that take a decision back. */
export const decidingKinds = ['removed', 'no-action-needed'] as const;
export const undoingKinds = ['removal-undone', 'restored', 'no-action-undone'] as const;

export class LearningRepo {
  private readonly after;
  private readonly lastAction;
  private readonly readExample;
  private readonly writeExample;
  private readonly dropExample;
  private readonly addCount;
  private readonly dropEmpty;
  private readonly takeOne;
  private readonly allCounts;
  private readonly perDecision;

  constructor(private readonly db: Database.Database) {
    const kinds = [...decidingKinds, ...undoingKinds].map((kind) => `'${kind}'`).join(', ');
    this.after = db.prepare<[number, number], DecisionRow>(
      `SELECT a.id, a.item_id, a.kind, a.reason_id, i.text, i.subject FROM actions a JOIN items i ON i.id = a.item_id
       WHERE a.id > ? AND a.kind IN (${kinds}) ORDER BY a.id LIMIT ?`,
    );
    this.lastAction = db.prepare<[], { id: number | null }>(`SELECT max(id) AS id FROM actions`);
    this.readExample = db.prepare<[number], { decision: string; features: string }>(
      `SELECT decision, features FROM learned_examples WHERE item_id = ?`,
    );
    this.writeExample = db.prepare(
      `INSERT INTO learned_examples (item_id, action_id, decision, features, learned_at) VALUES (?, ?, ?, ?, ?)`,
    );
    this.dropExample = db.prepare(`DELETE FROM learned_examples WHERE item_id = ?`);
    this.addCount = db.prepare(
      `INSERT INTO learned_counts (feature, decision, count) VALUES (?, ?, ?)
       ON CONFLICT (feature, decision) DO UPDATE SET count = count + excluded.count`,
    );
    // A count taken down to nothing is deleted (the CHECK keeps none below one).
    this.dropEmpty = db.prepare(`DELETE FROM learned_counts WHERE feature = ? AND decision = ? AND count <= 1`);
    this.takeOne = db.prepare(
      `UPDATE learned_counts SET count = count - 1 WHERE feature = ? AND decision = ? AND count > 1`,
    );
    this.allCounts = db.prepare<[], FeatureCount>(`SELECT feature, decision, count FROM learned_counts`);
    this.perDecision = db.prepare<[], { decision: string; n: number }>(
      `SELECT decision, count(*) AS n FROM learned_examples GROUP BY decision`,
    );
  }

  /** The decisions and undoings in the record after `actionId`, oldest first. */
  decisionsAfter(actionId: number, limit: number): DecisionRow[] {
    return this.after.all(actionId, limit);
  }

  lastActionId(): number {
    return this.lastAction.get()?.id ?? 0;
  }

  example(itemId: number): LearnedExample | null {
    const row = this.readExample.get(itemId);
    if (!row || !isDecision(row.decision)) return null;
    return { decision: row.decision, features: JSON.parse(row.features) as string[] };
  }

  /** Keeps one item's example and adds its features to the counts. Call inside a transaction. */
  learn(itemId: number, actionId: number, example: LearnedExample, now: string): void {
    this.writeExample.run(itemId, actionId, example.decision, JSON.stringify(example.features), now);
    for (const feature of example.features) this.addCount.run(feature, example.decision, 1);
  }

  /** Takes one item's example back out of the counts. Call inside a transaction. */
  forget(itemId: number, example: LearnedExample): void {
    this.dropExample.run(itemId);
    for (const feature of example.features) {
      if (this.dropEmpty.run(feature, example.decision).changes === 0) this.takeOne.run(feature, example.decision);
    }
  }

  /** Everything learned, as the classifier takes it back. */
  saved(): { counts: FeatureCount[]; examples: Partial<Record<Decision, number>> } {
    const examples: Partial<Record<Decision, number>> = {};
    for (const { decision, n } of this.perDecision.all()) if (isDecision(decision)) examples[decision] = n;
    return { counts: this.allCounts.all().filter((row) => isDecision(row.decision)), examples };
  }

  decisions(): number {
    return this.perDecision.all().reduce((sum, row) => sum + row.n, 0);
  }

  /** Forgets every example and count. */
  reset(): void {
    this.db.exec(`DELETE FROM learned_examples; DELETE FROM learned_counts;`);
  }
}
