// Channel figures: outbox delivery throughput against the local Graph API fake (real HTTP, real SQLite),
// against the same calls made directly with fetch in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FacebookConnector } from '../electron/channels/facebook/facebook-connector';
import { FakeGraph } from '../testing/fakes/facebook/fake-graph';
import { ConsoleStore } from '../electron/store/console-store';
import { EventHub } from '../electron/sync/event-hub';
import { OutboxWorker } from '../electron/sync/outbox-worker';
import { syncAccount } from '../electron/sync/sync-account';
import { fixed, line, timeMsAsync } from './stats';
import { sqliteHandle } from '../electron/store/sqlite-handle';

const actions = Number(process.env.BENCH_ACTIONS ?? 500);

export async function benchChannels(): Promise<void> {
  const now = new Date('2026-11-24T12:00:00Z');
  const fake = new FakeGraph({ pageId: '1000', accessToken: 'page-token', now: () => now });
  const graphUrl = await fake.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'console-bench-channels-'));
  const store = ConsoleStore.open(dataDir);
  try {
    const postId = fake.addPost({ message: 'Christmas lights switch-on', at: new Date('2026-11-20T09:00:00Z') });
    for (let index = 0; index < actions; index++) {
      fake.addComment(postId, {
        message: `Comment ${index}`,
        at: new Date(Date.UTC(2026, 10, 20, 10, 0, index)),
        from: { id: `u${index % 50}`, name: `Resident ${index % 50}` },
      });
    }
    const account = store.accounts.add(
      { key: 'facebook:1000', connector: 'facebook', channel: 'facebook', name: 'Page', config: {} },
      now.toISOString(),
    );
    const connector = new FacebookConnector({
      baseUrl: graphUrl,
      pageId: '1000',
      accessToken: 'page-token',
      now: () => now,
    });
    const syncMs = await timeMsAsync(() => syncAccount(store, account, connector, new EventHub(), () => now));
    line(`sync of ${actions + 1} Facebook items from the fake (items/s)`, fixed(((actions + 1) / syncMs) * 1000, 0));

    const comments = sqliteHandle(store).prepare(`SELECT id, external_id FROM items WHERE from_council = 0`).all() as {
      id: number;
      external_id: string;
    }[];
    store.transaction(() => {
      for (const comment of comments) {
        const actionId = store.actions.append({
          itemId: comment.id,
          kind: 'removed',
          operator: 'Bench',
          details: {},
          createdAt: now.toISOString(),
        });
        store.outbox.enqueue({
          actionId,
          accountId: account.id,
          itemId: comment.id,
          operation: 'hide',
          payload: { externalId: comment.external_id },
          idempotencyKey: `bench-${actionId}`,
          now: now.toISOString(),
        });
      }
    });
    const worker = new OutboxWorker(store, new Map([[account.id, connector]]), new EventHub(), () => now, {
      batchSize: 100,
    });
    const deliverMs = await timeMsAsync(async () => {
      while ((await worker.deliverDue()) > 0);
    });
    const delivered = Number(
      sqliteHandle(store).prepare(`SELECT count(*) FROM outbox WHERE state = 'delivered'`).pluck().get(),
    );
    // The same hides straight through fetch: what HTTP to the fake costs without the outbox around it.
    const rawMs = await timeMsAsync(async () => {
      for (const comment of comments) {
        await fetch(`${graphUrl}/${comment.external_id}`, {
          method: 'POST',
          headers: { authorization: 'Bearer page-token', 'content-type': 'application/x-www-form-urlencoded' },
          body: 'is_hidden=false',
        });
      }
    });
    line(`outbox: ${delivered} hides delivered (actions/s)`, fixed((delivered / deliverMs) * 1000, 0));
    line('same hides by bare fetch (requests/s)', fixed((comments.length / rawMs) * 1000, 0));
    line('outbox / bare fetch time ratio', fixed(deliverMs / rawMs, 2));
  } finally {
    store.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('channels-bench.ts')) await benchChannels();
