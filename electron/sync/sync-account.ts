// Pulls everything new from one account: each page of items and its cursor are committed together.
import type { Connector } from '../channels/connector';
import type { AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';
import type { EventHub } from './event-hub';

/** Far more pages than any real backlog; a connector that never ends is a bug, not a reason to hang. */
const maxPagesPerSync = 100_000;

export async function syncAccount(
  store: Store,
  account: AccountRow,
  connector: Connector,
  events: EventHub,
  now: () => Date,
  /** Told which items are new, after they are committed (e.g. to send the out-of-office answer). */
  onIngested?: (itemIds: number[]) => void,
): Promise<number> {
  let cursor = store.accounts.get(account.id)?.cursor ?? null;
  let added = 0;
  for (let page = 0; page < maxPagesPerSync; page++) {
    const result = await connector.poll(cursor);
    const before = store.items.maxId();
    // Not a write (moderation/write.ts): a bulk ingest of what the channel sent, not a thing done by anyone, so
    // nothing is recorded; the page and its cursor are committed together, and the arrival is published below.
    const addedNow = store.transaction(() => {
      const at = now().toISOString();
      const count = store.items.ingest(account.id, result.items, at);
      // Kept aside with the page they came in, so a crash can neither lose them nor keep them twice.
      store.problems.add(account.id, result.rejected, at);
      store.accounts.setCursor(account.id, result.nextCursor);
      return count;
    });
    added += addedNow;
    if (addedNow > 0 && onIngested) {
      onIngested(store.items.idsAfter(before, account.id));
    }
    cursor = result.nextCursor;
    if (!result.more) break;
  }
  store.accounts.synced(account.id, now().toISOString());
  if (added > 0) events.publish({ type: 'queue:changed', cause: 'ingest', channel: account.channel, added });
  return added;
}
