// SIGKILL during sync and during outbox delivery, against the fake Graph API: nothing lost, nothing twice.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGraph } from '../../testing/fakes/facebook/fake-graph';
import { ConsoleStore } from '../store/console-store';
import { startSlowProxy, type SlowProxy } from '../../testing/support/slow-proxy';
import { useTempDirs } from '../../testing/support/temp-dir';
import { sqliteHandle } from '../store/sqlite-handle';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';

const tempDir = useTempDirs();
const childScript = fileURLToPath(new URL('../../testing/support/channel-child.ts', import.meta.url));
const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** Runs the child; with `killWhen`, SIGKILLs it as soon as that becomes true. */
function runChild(
  dataDir: string,
  url: string,
  mode: 'sync' | 'deliver',
  killWhen?: () => boolean,
): Promise<{ killed: boolean; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, url, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const watcher = killWhen ? setInterval(() => killWhen() && child.kill('SIGKILL'), 5) : null;
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) => {
      if (watcher) clearInterval(watcher);
      if (signal === 'SIGKILL') resolve({ killed: true, stdout });
      else if (code === 0) resolve({ killed: false, stdout });
      else reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
}

async function setUp(): Promise<{ fake: FakeGraph; proxy: SlowProxy; dataDir: string; commentIds: string[] }> {
  const fake = new FakeGraph({
    pageId: '1000',
    accessToken: 'page-token',
    now: () => new Date('2026-11-24T12:00:00Z'),
  });
  const graphUrl = await fake.start();
  const proxy = await startSlowProxy(graphUrl, 0);
  cleanups.push(
    () => fake.close(),
    () => proxy.close(),
  );
  const commentIds: string[] = [];
  for (let post = 0; post < 4; post++) {
    const postId = fake.addPost({ message: `Notice ${post}`, at: at(post) });
    for (let comment = 0; comment < 30; comment++) {
      commentIds.push(
        fake.addComment(postId, {
          message: `Comment ${post}.${comment}`,
          at: at(10 + comment),
          from: { id: `u${comment}`, name: `Resident ${comment}` },
        }),
      );
    }
  }
  const dataDir = tempDir();
  const store = ConsoleStore.open(dataDir);
  store.accounts.add(
    {
      key: 'facebook:1000',
      connector: 'facebook',
      channel: 'facebook',
      name: 'Council Page',
      config: { pageId: '1000' },
    },
    '2026-11-24T12:00:00.000Z',
  );
  store.close();
  return { fake, proxy, dataDir, commentIds };
}

function itemCounts(dataDir: string): { items: number; distinct: number } {
  const store = ConsoleStore.open(dataDir);
  const items = Number(sqliteHandle(store).prepare(`SELECT count(*) FROM items`).pluck().get());
  const distinct = Number(sqliteHandle(store).prepare(`SELECT count(DISTINCT external_id) FROM items`).pluck().get());
  store.close();
  return { items, distinct };
}

describe('crash recovery', () => {
  it('a sync killed mid-way loses nothing and duplicates nothing when it runs again', async () => {
    const { fake, proxy, dataDir, commentIds } = await setUp();
    proxy.delayMs = 150;
    const requestsBefore = fake.calls.length;
    const first = await runChild(dataDir, proxy.url, 'sync', () => fake.calls.length - requestsBefore >= 3);
    expect(first.killed).toBe(true);
    const partial = itemCounts(dataDir);
    proxy.delayMs = 0;
    await runChild(dataDir, proxy.url, 'sync');
    const after = itemCounts(dataDir);
    expect(partial.items).toBeLessThan(after.items);
    expect(after).toEqual({ items: 4 + commentIds.length, distinct: 4 + commentIds.length });
  });

  it('delivery killed after Facebook acted but before the console heard: each reply and hide happens exactly once', async () => {
    const { fake, proxy, dataDir } = await setUp();
    await runChild(dataDir, proxy.url, 'sync');
    const store = ConsoleStore.open(dataDir);
    const account = store.accounts.list()[0];
    const comments = sqliteHandle(store)
      .prepare(`SELECT id, external_id FROM items WHERE from_council = 0 ORDER BY id LIMIT 6`)
      .all() as { id: number; external_id: string }[];
    for (const comment of comments) {
      const actionId = store.actions.append({
        itemId: comment.id,
        kind: 'replied',
        operator: 'Clerk',
        details: { form: 'public-reply', text: 'Thank you for your comment.' },
        createdAt: '2026-11-24T12:00:00.000Z',
      });
      for (const [operation, payload] of [
        [
          'reply',
          {
            externalId: comment.external_id,
            form: 'public-reply',
            text: `Thank you, we will look into it (${comment.id}).`,
          },
        ],
        ['hide', { externalId: comment.external_id }],
      ] as const) {
        store.outbox.enqueue({
          actionId,
          accountId: account?.id ?? 0,
          itemId: comment.id,
          ...channelRequest(operation, payload),
          idempotencyKey: idempotencyKey(actionId, operation),
          now: '2026-11-24T12:00:00.000Z',
        });
      }
    }
    store.close();

    // Killed while Facebook's answer to the third reply is held back: Facebook has posted it, the console does not know.
    proxy.delayMs = 400;
    const posts = () => fake.state.comments.filter((comment) => comment.from?.id === '1000').length;
    const killed = await runChild(dataDir, proxy.url, 'deliver', () => posts() >= 2 && proxy.heldBack > 0);
    expect(killed.killed).toBe(true);
    proxy.delayMs = 0;
    const again = await runChild(dataDir, proxy.url, 'deliver');
    expect(again.stdout).toContain('outbox empty');

    const replies = fake.state.comments.filter((comment) => comment.from?.id === '1000' && !comment.deleted);
    expect(replies.map((reply) => reply.message).sort()).toEqual(
      comments.map((comment) => `Thank you, we will look into it (${comment.id}).`).sort(),
    );
    const hidden = fake.state.comments
      .filter((comment) => comment.hidden)
      .map((comment) => comment.id)
      .sort();
    expect(hidden).toEqual(comments.map((comment) => comment.external_id).sort());
    const check = ConsoleStore.open(dataDir);
    expect(sqliteHandle(check).prepare(`SELECT state, count(*) AS n FROM outbox GROUP BY state`).all()).toEqual([
      { state: 'delivered', n: 12 },
    ]);
    check.close();
  });
});
