// Backend figures on a 100,000-item database: ingest, first page vs raw SQL, search, filter changes.
import { createConnector } from '../electron/channels/registry';
import { MemorySecretStore } from '../testing/support/memory-secret-store';
import { ChannelRuntime } from '../electron/sync/channel-runtime';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../electron/api/dispatch';
import { channels, itemStatuses } from '../electron/api/domain';
import { EventHub } from '../electron/sync/event-hub';
import { createService } from '../electron/app/composition';
import { ConsoleStore } from '../electron/store/console-store';
import { DecisionLearning } from '../electron/moderation/learning';
import { councilSuggestions, SuggestionRefresh } from '../electron/moderation/stored-suggestions';
import { queueColumns, queueFrom } from '../electron/store/items-repo';
import type { IncomingItem } from '../electron/core/incoming-item';
import { fixed, line, percentile, timeMs, timeMsAsync } from './stats';
import { syntheticItems } from './synthetic-items';
import { sqliteHandle } from '../electron/store/sqlite-handle';

/** A bulk import (first sync of a mailbox, a sample file) commits in large batches; a poll page is small. */
const bulkBatch = 5_000;
const pollPage = 100;
const searchWords = [
  'pothole',
  'bins',
  'planning',
  'allotment',
  'meeting',
  'councillor',
  'thank',
  'streetlight',
  'dog',
  'precept',
  'Mill Lane',
  'speeding',
];

/** Ingests items in transactions of `batch`, one account per channel; returns items per second. */
function ingestRate(
  store: ConsoleStore,
  accounts: Record<string, number>,
  count: number,
  batch: number,
  now: string,
): number {
  const started = process.hrtime.bigint();
  let pending: IncomingItem[] = [];
  const flush = () => {
    const byAccount = new Map<number, IncomingItem[]>();
    for (const item of pending) {
      const accountId = accounts[item.channel] as number;
      const list = byAccount.get(accountId) ?? [];
      list.push(item);
      byAccount.set(accountId, list);
    }
    store.transaction(() => {
      for (const [accountId, items] of byAccount) store.items.ingest(accountId, items, now);
    });
    pending = [];
  };
  for (const item of syntheticItems(count)) {
    pending.push(item);
    if (pending.length === batch) flush();
  }
  if (pending.length > 0) flush();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** As the backend opens it: items arrive with their top suggestion worked out and stored. */
function openWithAccounts(dataDir: string, now: string): { store: ConsoleStore; accounts: Record<string, number> } {
  const store = ConsoleStore.open(dataDir);
  store.items.suggestWith(councilSuggestions(store, 'Bench').top);
  const accounts = Object.fromEntries(
    channels.map((channel) => [
      channel,
      store.accounts.ensure({ key: `bench:${channel}`, connector: 'demo', channel, name: `Bench ${channel}` }, now).id,
    ]),
  );
  return { store, accounts };
}

export async function benchBackend(dataDir: string, itemCount: number): Promise<void> {
  const now = new Date().toISOString();
  const pollDir = mkdtempSync(join(tmpdir(), 'console-bench-poll-'));
  const small = openWithAccounts(pollDir, now);
  const pollRate = ingestRate(small.store, small.accounts, 20_000, pollPage, now);
  small.store.close();
  rmSync(pollDir, { recursive: true, force: true });
  const { store, accounts } = openWithAccounts(dataDir, now);
  line(
    `ingest rate, batches of ${bulkBatch.toLocaleString('en-GB')} (items/s)`,
    fixed(ingestRate(store, accounts, itemCount, bulkBatch, now), 0),
    '>= 10,000',
  );
  line(`ingest rate, poll pages of ${pollPage} (items/s)`, fixed(pollRate, 0));
  // What a new suggestionRulesVersion costs at the next start: every item's suggestion worked out again.
  const refreshed = timeMs(() =>
    new SuggestionRefresh(store, councilSuggestions(store, 'Bench'), 'Bench', () => now).runNow(),
  );
  line(
    `stored suggestions worked out again, ${itemCount.toLocaleString('en-GB')} items (s)`,
    fixed(refreshed / 1000, 1),
  );

  const events = new EventHub();
  const secrets = new MemorySecretStore();
  const runtime = new ChannelRuntime(
    store,
    events,
    secrets,
    (checked) => createConnector(checked),
    () => new Date(),
    {},
    false,
  );
  const learning = new DecisionLearning(store, () => new Date().toISOString());
  const handlers = createService({
    store,
    events,
    now: () => new Date(),
    councilName: 'Bench',
    mode: 'browser',
    dataDir,
    secrets,
    channels: runtime,
    learning,
  });
  const call = (method: string, input: unknown) =>
    dispatch(handlers, method, input, (_, error) => {
      throw error;
    });

  // The same two statements the service runs for the first page, straight through better-sqlite3.
  const rawPage = sqliteHandle(store).prepare(
    `SELECT ${queueColumns} ${queueFrom} WHERE i.status = 'new' ORDER BY i.received_at DESC, i.id DESC LIMIT 101`,
  );
  const rawCount = sqliteHandle(store).prepare(`SELECT count(*) AS n FROM items i WHERE i.status = 'new'`);
  const rounds = 300;
  const service: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate so that neither side gets the warmer cache.
    service.push(await timeMsAsync(() => call('queue:list', { limit: 100 })));
    raw.push(
      timeMs(() => {
        rawPage.all();
        rawCount.get();
      }),
    );
  }
  const serviceP50 = percentile(service, 50);
  const rawP50 = percentile(raw, 50);
  line('first queue page via service p50 (ms)', fixed(serviceP50, 3));
  line('same raw SQL p50 (ms)', fixed(rawP50, 3));
  line('service / raw SQL ratio', fixed(serviceP50 / rawP50), '<= 1.5');

  const searches: number[] = [];
  for (let round = 0; round < 240; round++) {
    const search = searchWords[round % searchWords.length];
    searches.push(await timeMsAsync(() => call('queue:list', { status: 'all', search, limit: 100 })));
  }
  line('full-text search p50 (ms)', fixed(percentile(searches, 50)));
  line('full-text search p95 (ms)', fixed(percentile(searches, 95)), '< 50');

  const filters: number[] = [];
  const statuses = [...itemStatuses, 'all'] as const;
  for (let round = 0; round < 240; round++) {
    const status = statuses[round % statuses.length];
    const channel = round % 6 === 5 ? undefined : channels[round % channels.length];
    filters.push(
      await timeMsAsync(() =>
        Promise.all([call('queue:list', { status, channel, limit: 100 }), call('queue:counts', { status })]),
      ),
    );
  }
  line('filter change (page + counts) p95 (ms)', fixed(percentile(filters, 95)));

  const flagged: number[] = [];
  for (let round = 0; round < 120; round++) {
    const status = statuses[round % statuses.length];
    const channel = round % 6 === 5 ? undefined : channels[round % channels.length];
    flagged.push(await timeMsAsync(() => call('queue:list', { status, channel, order: 'flagged', limit: 100 })));
  }
  line('"Flagged first" page p95 (ms)', fixed(percentile(flagged, 95)));
  // After an action, the rows of the acted-on sender (or of every listed sender, after a link) are brought up to date.
  const page = (await call('queue:list', { status: 'all', limit: 500 })) as {
    ok: true;
    value: { items: { author: { id: number } }[] };
  };
  const authorIds = [...new Set(page.value.items.map((item) => item.author.id))];
  const senders: number[] = [];
  for (let round = 0; round < 60; round++) senders.push(await timeMsAsync(() => call('queue:senders', { authorIds })));
  line(`senders of 500 rows (${authorIds.length}) brought up to date p95 (ms)`, fixed(percentile(senders, 95)));

  // Removals: one at a time, then 500 in one action (issue 4's figures), on the same 100,000 items.
  const newIds = sqliteHandle(store)
    .prepare(`SELECT id FROM items WHERE status = 'new' ORDER BY random() LIMIT 2900`)
    .pluck()
    .all() as number[];
  const single: number[] = [];
  const learned: number[] = [];
  for (const id of newIds.slice(0, 200)) {
    const result = await timeMsAsync(() => call('item:remove', { id, reasonId: 'commercial-spam' }));
    single.push(result);
    // Learning from it, as the backend does right after answering: the record read, the counts written.
    learned.push(timeMs(() => learning.catchUpNow()));
  }
  line('one removal (action + outbox) p50 (ms)', fixed(percentile(single, 50), 3));
  line('one removal (action + outbox) p95 (ms)', fixed(percentile(single, 95), 3), '< 10');
  for (const id of newIds.slice(2_700, 2_900)) {
    await call('item:markHandled', { id });
    learned.push(timeMs(() => learning.catchUpNow()));
  }
  line(
    `learning from one decision, in the store (${learning.decisions} decisions) p50 / p95 (ms)`,
    `${fixed(percentile(learned, 50), 3)} / ${fixed(percentile(learned, 95), 3)}`,
    '< 50',
  );
  const bulk: number[] = [];
  for (let round = 0; round < 5; round++) {
    const ids = newIds.slice(200 + round * 500, 200 + (round + 1) * 500);
    bulk.push(await timeMsAsync(() => call('item:removeMany', { ids, reasonId: 'off-topic' })));
  }
  line('bulk removal of 500 items, median of 5 (ms)', fixed(percentile(bulk, 50), 1), '< 250');
  line('bulk removal of 500 items, worst of 5 (ms)', fixed(Math.max(...bulk), 1));
  const learnedBulk = timeMs(() => learning.catchUpNow());
  line(`learning from those 2,500 removals, in the background (ms)`, fixed(learnedBulk, 0));
  // Suggestions once the classifier has learned from them: what each incoming item now costs.
  const suggesting: number[] = [];
  const suggest = councilSuggestions(store, 'Bench', learning).top;
  for (const item of syntheticItems(2_000))
    suggesting.push(timeMs(() => suggest([{ ...item, text: `${item.text} ${suggesting.length}` }])));
  line(
    `suggestions for one incoming item (rules + classifier of ${learning.decisions} decisions) p50 / p95 (ms)`,
    `${fixed(percentile(suggesting, 50), 3)} / ${fixed(percentile(suggesting, 95), 3)}`,
    '< 2',
  );

  sqliteHandle(store).pragma('wal_checkpoint(TRUNCATE)');
  const size = statSync(join(dataDir, 'console.db')).size;
  line('database size (MB)', fixed(size / 1024 / 1024, 1));
  line('process RSS (MB)', fixed(process.memoryUsage().rss / 1024 / 1024, 0), '< 400');
  store.close();
}
