// The council's suggestion rules, for the detail pane and stored with each item (rows, "Flagged first").
import type { ReasonSuggestion } from '../api/domain';
import { suggestReasons } from '../core/suggest-reasons';
import { suggestionRulesVersion } from '../core/suggestion-version';
import type { Store } from '../store/store';
import type { StoredSuggestion, Suggester, SuggestionSubject } from '../store/items-repo';
import { councilContacts, readPolicySettings } from './council-settings';
import type { DecisionLearning } from './learning';
import { recogniseRows } from './request-arrivals';

/** Settings key of what the stored suggestions were worked out with: the rules' version and the council's contacts. */
const markerKey = 'storedSuggestions';
/** How far a refresh has gone (newest items first), so that one cut short by a restart carries on. */
const progressKey = 'storedSuggestionsProgress';
/** Each step is one transaction of at most this long, so the backend keeps answering while it runs. */
const stepMs = 40;

interface Marker {
  rulesVersion: number;
  councilContacts: string[];
  /** How far the classifier learned from the council's decisions had got (learning.ts); absent while it says nothing. */
  learned?: number;
}

export interface CouncilSuggestions {
  /** Every suggestion for one item, with its evidence: what the detail pane shows. */
  all(item: SuggestionSubject): ReasonSuggestion[];
  /** The top suggestion of each item, as stored with it. */
  top: Suggester;
  /** Changes when what was learned changed enough to work the stored suggestions out again. */
  learnedGeneration(): number;
}

/** The same rules for both: the council's own contact details are never taken for someone's private data. */
export function councilSuggestions(store: Store, councilName: string, learning?: DecisionLearning): CouncilSuggestions {
  const contacts = () => councilContacts(readPolicySettings(store, councilName));
  return {
    all: (item) => suggestReasons(item, { councilContacts: contacts(), learned: learning?.suggester }),
    top: (items) => {
      const options = { councilContacts: contacts(), learned: learning?.suggester };
      return items.map((item) => topOf(suggestReasons(item, options)));
    },
    learnedGeneration: () => learning?.generation ?? 0,
  };
}

function topOf(suggestions: readonly ReasonSuggestion[]): StoredSuggestion | null {
  const first = suggestions[0];
  return first ? { reasonId: first.reasonId, confidence: first.confidence } : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Works the stored suggestions out again, newest items first, when the rules' version or the council's
 * contacts differ from those they were stored with. Each step is a transaction of about `stepMs`; the marker
 * is saved with the last, so until then the next start carries on from where this one stopped.
 */
export class SuggestionRefresh {
  private stopped = false;
  private looked = 0;
  private running: Promise<number> | null = null;

  constructor(
    private readonly store: Store,
    private readonly suggestions: CouncilSuggestions,
    private readonly councilName: string,
    private readonly now: () => string,
  ) {}

  /** False when the stored suggestions already follow the current rules and contacts. */
  needed(): boolean {
    return !same(this.store.settings.get(markerKey), this.marker());
  }

  /** One step: returns false once every item is done (and the marker saved). */
  step(): boolean {
    const marker = this.marker();
    // Not a write (moderation/write.ts): a background recompute of what is stored with each item for the queue,
    // worked out from the items themselves; nothing is recorded and no one is working.
    return this.store.transaction(() => {
      const progress = this.store.settings.get(progressKey) as { marker?: unknown; belowId?: unknown } | undefined;
      let belowId =
        progress && same(progress.marker, marker) && typeof progress.belowId === 'number'
          ? progress.belowId
          : Number.MAX_SAFE_INTEGER;
      const started = Date.now();
      while (Date.now() - started < stepMs) {
        const batch = this.store.suggestions.batchBelow(belowId, 200);
        if (batch.length === 0) {
          this.store.settings.set(markerKey, marker, this.now());
          this.store.settings.set(progressKey, null, this.now());
          return false;
        }
        const ours = batch.filter((row) => row.from_council === 0);
        const tops = this.suggestions.top(ours);
        ours.forEach((row, index) => this.store.suggestions.save(row.id, tops[index] ?? null));
        recogniseRows(this.store, batch);
        this.looked += batch.length;
        belowId = batch.at(-1)?.id ?? belowId;
      }
      this.store.settings.set(progressKey, { marker, belowId }, this.now());
      return true;
    });
  }

  /** All of it now, in one go (tests, the benchmark, a store nobody else is using). Returns the items looked at. */
  runNow(): number {
    if (!this.needed()) return 0;
    while (this.step());
    return this.looked;
  }

  /** Step by step between the backend's other work, unless already running; resolves with the items looked at. */
  runInBackground(): Promise<number> {
    if (this.running) return this.running;
    const run = new Promise<number>((resolve, reject) => {
      const next = () => {
        if (this.stopped) return resolve(this.looked);
        try {
          if (this.step()) setImmediate(next);
          else resolve(this.looked);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      // The first step at once: on a new store it is the only one, and saves the marker before anything arrives.
      if (this.needed()) next();
      else resolve(0);
    });
    this.running = run.finally(() => (this.running = null));
    return this.running;
  }

  /** Stops between two steps (before the store closes); resolves once no step can run any more. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running?.catch(() => undefined);
  }

  private marker(): Marker {
    const learned = this.suggestions.learnedGeneration();
    return {
      rulesVersion: suggestionRulesVersion,
      councilContacts: councilContacts(readPolicySettings(this.store, this.councilName)),
      ...(learned > 0 ? { learned } : {}),
    };
  }
}
