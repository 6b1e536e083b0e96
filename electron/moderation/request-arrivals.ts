// Each item is checked for a likely request as it arrives; the type is stored with it for the row's suggestion.
import type { Channel, ItemKind } from '../api/domain';
import { recogniseRequests } from '../core/request-recognition';
import type { Store } from '../store/store';
import type { RecognitionRow } from '../store/requests-repo';

/** Works out and saves the likely request of each row (the strongest, or none). */
export function recogniseRows(store: Store, rows: readonly RecognitionRow[]): void {
  for (const row of rows) {
    const found =
      row.from_council === 1
        ? []
        : recogniseRequests({
            text: row.text,
            subject: row.subject,
            channel: row.channel as Channel,
            kind: row.kind as ItemKind,
          });
    store.requests.saveSuggestion(row.id, found[0]?.type ?? null);
  }
}

/** From now on, everything ingested is checked in the same transaction as it is stored. */
export function recogniseArrivals(store: Store): void {
  store.items.onIngested((afterId) => recogniseRows(store, store.requests.itemsAfter(afterId)));
}
