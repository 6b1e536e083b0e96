// The council's suggestion rules, for the detail pane and stored with each item (rows, "Flagged first").
import type { ReasonSuggestion } from '../api/domain';
import { suggestReasons } from '../core/suggest-reasons';
import { suggestionRulesVersion } from '../core/suggestion-version';
import type { ConsoleStore } from '../store/console-store';
import type { StoredSuggestion, Suggester, SuggestionSubject } from '../store/items-repo';
import { councilContacts, readPolicySettings } from './council-settings';

/** Settings key of what the stored suggestions were worked out with: the rules' version and the council's contacts. */
const markerKey = 'storedSuggestions';
const batchSize = 2_000;

interface Marker {
  rulesVersion: number;
  councilContacts: string[];
}

export interface CouncilSuggestions {
  /** Every suggestion for one item, with its evidence: what the detail pane shows. */
  all(item: SuggestionSubject): ReasonSuggestion[];
  /** The top suggestion of each item, as stored with it. */
  top: Suggester;
}

/** The same rules for both: the council's own contact details are never taken for someone's private data. */
export function councilSuggestions(store: ConsoleStore, councilName: string): CouncilSuggestions {
  const contacts = () => councilContacts(readPolicySettings(store, councilName));
  return {
    all: (item) => suggestReasons(item, { councilContacts: contacts() }),
    top: (items) => {
      const allowed = contacts();
      return items.map((item) => topOf(suggestReasons(item, { councilContacts: allowed })));
    },
  };
}

function topOf(suggestions: readonly ReasonSuggestion[]): StoredSuggestion | null {
  const first = suggestions[0];
  return first ? { reasonId: first.reasonId, confidence: first.confidence } : null;
}

/**
 * Works the stored suggestions out again for every item when the rules' version or the council's contacts
 * differ from those they were stored with: in batches, all in one transaction with the new marker, so the
 * queue never mixes two versions. Returns how many items were looked at (0 when nothing had changed).
 */
export function refreshStoredSuggestions(store: ConsoleStore, suggestions: CouncilSuggestions, councilName: string, now: string): number {
  const marker: Marker = { rulesVersion: suggestionRulesVersion, councilContacts: councilContacts(readPolicySettings(store, councilName)) };
  if (JSON.stringify(store.settings.get(markerKey)) === JSON.stringify(marker)) return 0;
  return store.transaction(() => {
    let looked = 0;
    for (let after = 0; ; ) {
      const batch = store.suggestions.batchAfter(after, batchSize);
      if (batch.length === 0) break;
      const ours = batch.filter((row) => row.from_council === 0);
      const tops = suggestions.top(ours);
      ours.forEach((row, index) => store.suggestions.save(row.id, tops[index] ?? null));
      looked += batch.length;
      after = batch.at(-1)?.id ?? after;
    }
    store.settings.set(markerKey, marker, now);
    return looked;
  });
}
