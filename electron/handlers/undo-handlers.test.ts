import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../api/domain';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';

const start = useTestBackend(useTempDirs());

async function newItems(backend: TestBackend): Promise<QueueItem[]> {
  return (await backend.value('queue:list', {})).items;
}

const statusOf = async (backend: TestBackend, id: number) => (await backend.value('item:get', { id })).status;

describe('actions:recentUndoable and action:undo', () => {
  it('undoes the most recent action: "No action needed" on B after removing A returns B, and A stays removed', async () => {
    const backend = await start();
    const [a, b] = await newItems(backend);
    if (!a || !b) throw new Error('the sample has two new items');
    await backend.value('item:remove', { id: a.id, reasonId: 'off-topic' });
    await backend.value('item:markHandled', { id: b.id });
    const recent = await backend.value('actions:recentUndoable', {});
    expect(recent.map((entry) => entry.kind)).toEqual(['no-action-needed', 'removal']);
    expect(recent[0]?.description).toBe(
      `no action needed on ${b.author.name}'s ${b.kind === 'dm' ? 'direct message' : b.kind}`,
    );
    expect(recent[1]?.description).toBe(`removed ${a.author.name}'s ${a.kind === 'dm' ? 'direct message' : a.kind}`);

    const outcome = await backend.value('action:undo', { actionId: recent[0]?.actionId ?? 0 });
    expect(outcome.itemIds).toEqual([b.id]);
    expect(await statusOf(backend, b.id)).toBe('new');
    expect(await statusOf(backend, a.id)).toBe('removed');
    const record = (await backend.value('item:get', { id: b.id })).actions.map((action) => action.summary);
    expect(record).toEqual(['No action needed', '"No action needed" undone: back in the queue as new']);
    // What was undone no longer stands, so the removal is next.
    expect((await backend.value('actions:recentUndoable', {})).map((entry) => entry.kind)).toEqual(['removal']);
  });

  it('undoes a removal with the removal undo, and refuses to undo it twice', async () => {
    const backend = await start();
    const [a] = await newItems(backend);
    if (!a) throw new Error('the sample has a new item');
    const { item } = await backend.value('item:remove', { id: a.id, reasonId: 'libellous' });
    const [entry] = await backend.value('actions:recentUndoable', {});
    expect(entry?.actionId).toBe(item.removal?.actionId);
    await backend.value('action:undo', { actionId: entry?.actionId ?? 0 });
    const after = await backend.value('item:get', { id: a.id });
    expect(after.status).toBe('new');
    expect(after.actions.at(-1)?.kind).toBe('removal-undone');
    expect(await backend.call('action:undo', { actionId: entry?.actionId ?? 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('offers a bulk removal once and undoes all of it', async () => {
    const backend = await start();
    const items = await newItems(backend);
    const ids = items.slice(0, 3).map((item) => item.id);
    await backend.value('item:removeMany', { ids, reasonId: 'commercial-spam' });
    const recent = await backend.value('actions:recentUndoable', {});
    expect(recent).toHaveLength(1);
    expect(recent[0]).toMatchObject({ kind: 'bulk-removal', description: 'removed 3 items (Commercial or spam)' });
    expect([...(recent[0]?.itemIds ?? [])].sort()).toEqual([...ids].sort());
    await backend.value('action:undo', { actionId: recent[0]?.actionId ?? 0 });
    for (const id of ids) expect(await statusOf(backend, id)).toBe('new');
  });

  it('undoes a block, lifting only what that block did', async () => {
    const backend = await start();
    const [item] = await newItems(backend);
    if (!item) throw new Error('the sample has a new item');
    await backend.value('person:block', { id: item.personId });
    const [entry] = await backend.value('actions:recentUndoable', {});
    expect(entry).toMatchObject({ kind: 'block', description: `blocked ${item.author.name}` });
    const outcome = await backend.value('action:undo', { actionId: entry?.actionId ?? 0 });
    expect(outcome.authorIds).toContain(item.author.id);
    const person = await backend.value('person:get', { id: item.personId });
    expect(person.blocked).toBe('none');
    expect(person.record[0]?.summary).toContain('Unblocked: "Block undone (Recent actions)"');
  });

  it("lists only this operator's actions, at most five, and refuses another operator's", async () => {
    const backend = await start();
    const items = await newItems(backend);
    for (const item of items) await backend.value('item:markHandled', { id: item.id });
    const mine = await backend.value('actions:recentUndoable', {});
    expect(mine).toHaveLength(Math.min(5, items.length));
    const deputy = (await backend.value('operators:list', {})).operators.find((operator) => operator.role === 'deputy');
    await backend.value('operators:choose', { id: deputy?.id ?? 0 });
    expect(await backend.value('actions:recentUndoable', {})).toEqual([]);
    expect(await backend.call('action:undo', { actionId: mine[0]?.actionId ?? 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('only Clerk can undo it') },
    });
  });
});
