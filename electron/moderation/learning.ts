// Learning from the council's decisions: the record is read after each action, a removal with its reason or a
// "No action needed" teaches the classifier, an undo or restore takes that example back out. Offline, in the
// store (migration 9), and forgotten on the clerk's word.
import {
  createDecisionClassifier,
  decisionFeatures,
  decisionsBeforeSuggesting,
  isDecision,
  type Decision,
} from '../core/decision-classifier';
import type { LearnedSuggester } from '../core/suggest-reasons';
import type { Store } from '../store/store';
import type { DecisionRow, LearnedExample } from '../store/learning-repo';

/** Settings key of the last action in the record that learning has looked at. */
const markerKey = 'learnedUpTo';
/** Each step is one transaction of at most this long, so a bulk removal of 500 is learned between other work. */
const stepMs = 40;
const rowsPerRead = 100;

/**
 * A change worth working the stored suggestions out again for: when the classifier starts to suggest (50
 * decisions) and each time what it learned from doubles (100, 200, 400…), or falls back below one of these.
 */
export function learnedGeneration(decisions: number): number {
  return decisions < decisionsBeforeSuggesting ? 0 : Math.floor(Math.log2(decisions / decisionsBeforeSuggesting)) + 1;
}

const textOf = (row: { text: string; subject: string | null }) => [row.subject ?? '', row.text].join('\n');

function decisionOf(row: DecisionRow): Decision | null {
  if (row.kind === 'no-action-needed') return 'no-action';
  if (row.kind === 'removed' && row.reason_id !== null && row.reason_id !== 'no-action' && isDecision(row.reason_id))
    return row.reason_id;
  return null;
}

type Change = { learn: boolean; example: LearnedExample };

export class DecisionLearning {
  private readonly classifier;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly now: () => string,
    /** Called when the classifier changed enough for the stored suggestions to be worked out again. */
    private readonly onMaterialChange: () => void = () => undefined,
  ) {
    this.classifier = createDecisionClassifier(store.learning.saved());
  }

  /** What suggestions read: the classifier as it is now. */
  get suggester(): LearnedSuggester {
    return this.classifier;
  }

  get decisions(): number {
    return this.classifier.decisions;
  }

  get generation(): number {
    return learnedGeneration(this.classifier.decisions);
  }

  /** One step: learns from the next decisions in the record; false once it has caught up. */
  step(): boolean {
    const before = this.generation;
    const changes: Change[] = [];
    // Not a write (moderation/write.ts): what is learned is worked out from the record in the background, so
    // nothing is recorded, no one is working and no view changes; the allow-list in scripts/layer-rules.test.ts says so too.
    const more = this.store.transaction(() => {
      let upTo = this.upTo();
      const started = Date.now();
      let rows: DecisionRow[];
      do {
        rows = this.store.learning.decisionsAfter(upTo, rowsPerRead);
        for (const row of rows) {
          const known = this.store.learning.example(row.item_id);
          if (known) {
            this.store.learning.forget(row.item_id, known);
            changes.push({ learn: false, example: known });
          }
          const decision = decisionOf(row);
          const features = decision ? decisionFeatures(textOf(row)) : [];
          // An item whose text retention has blanked has nothing left to teach.
          if (decision && features.length > 0) {
            const example = { decision, features };
            this.store.learning.learn(row.item_id, row.id, example, this.now());
            changes.push({ learn: true, example });
          }
          upTo = row.id;
        }
      } while (rows.length === rowsPerRead && Date.now() - started < stepMs);
      this.store.settings.set(markerKey, upTo, this.now());
      return rows.length === rowsPerRead;
    });
    // The classifier follows the store only once the transaction has committed.
    for (const { learn, example } of changes)
      if (learn) this.classifier.add(example.features, example.decision);
      else this.classifier.forget(example.features, example.decision);
    if (this.generation !== before) this.onMaterialChange();
    return more;
  }

  /** All of it now (tests, the benchmark). */
  catchUpNow(): void {
    while (this.step());
  }

  /** Learns from what the record gained since, step by step between the backend's other work. */
  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = new Promise<void>((resolve, reject) => {
      const next = () => {
        if (this.stopped) return resolve();
        try {
          if (this.step() || this.again) {
            this.again = false;
            setImmediate(next);
          } else resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      setImmediate(next);
    }).finally(() => (this.running = null));
    return this.running;
  }

  /** Forgets everything learned; decisions made before now are not learned again. Returns how many it forgot. */
  reset(): number {
    const forgotten = this.classifier.decisions;
    const before = this.generation;
    // Not a write either: only what was worked out from the record is forgotten (the record is untouched), and
    // the classifier in memory must follow the store once this has committed.
    this.store.transaction(() => {
      this.store.learning.reset();
      this.store.settings.set(markerKey, this.store.learning.lastActionId(), this.now());
    });
    this.classifier.reset();
    if (this.generation !== before) this.onMaterialChange();
    return forgotten;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
  }

  private upTo(): number {
    const saved = this.store.settings.get(markerKey);
    return typeof saved === 'number' ? saved : 0;
  }
}
