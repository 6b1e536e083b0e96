import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../api/contract';
import type { ConsoleEvent } from '../api/events';
import type { Envelope } from '../api/envelope';
import { startBackend } from './composition';
import { demoFolderOf, withDemoParish, type ServedBackend } from './demo-parish';
import type { SampleChoice } from './sample-source';
import { MemorySecretStore } from '../../testing/support/memory-secret-store';
import { useTempDirs } from '../../testing/support/temp-dir';

const tempDir = useTempDirs();

const startAt = (folder: string, sample: SampleChoice) =>
  startBackend({
    dataDir: folder,
    mode: 'browser',
    sample,
    log: () => undefined,
    now: () => new Date('2026-11-24T10:00:00Z'),
    outboxIntervalMs: 0,
    secrets: new MemorySecretStore(),
    polling: { autoStart: false },
  });

async function call<M extends MethodName>(
  backend: ServedBackend,
  method: M,
  input: MethodInput<M>,
): Promise<Envelope<MethodOutput<M>>> {
  return (await dispatch(backend.handlers, method, input, (_, error) => {
    throw error;
  })) as Envelope<MethodOutput<M>>;
}

async function value<M extends MethodName>(backend: ServedBackend, method: M, input: MethodInput<M>) {
  const answer = await call(backend, method, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

async function councilWithDemo() {
  const dataDir = join(tempDir(), 'council');
  let demoStarts = 0;
  const council = await startAt(dataDir, { kind: 'none' });
  const front = withDemoParish(council, dataDir, (folder) => {
    demoStarts += 1;
    return startAt(folder, { kind: 'demo' });
  });
  return { dataDir, council, front, demoStarts: () => demoStarts };
}

describe('the demo parish in front of a council', () => {
  it("shows the demo's record, keeps the council's untouched, and goes back", async () => {
    const { dataDir, council, front } = await councilWithDemo();
    expect((await value(front, 'app:info', {})).demoInFront).toBeNull();
    expect((await value(front, 'queue:list', { status: 'all' })).total).toBe(0);

    expect(await value(front, 'demo:open', {})).toEqual({ showing: 'demo' });
    const info = await value(front, 'app:info', {});
    expect(info.councilName).toBe('Ashcombe Parish Council');
    expect(info.demoInFront).toEqual({ councilName: 'Parish Council' });
    expect((await value(front, 'setup:get', {})).needed).toBe(false);
    const demoItems = (await value(front, 'queue:list', { status: 'all' })).total;
    expect(demoItems).toBeGreaterThan(100);
    expect(existsSync(demoFolderOf(dataDir))).toBe(true);
    // The council's own record has none of them.
    expect(council.store.items.count({ status: 'all' })).toBe(0);

    expect(await value(front, 'demo:close', {})).toEqual({ showing: 'council' });
    expect((await value(front, 'app:info', {})).demoInFront).toBeNull();
    expect((await value(front, 'queue:list', { status: 'all' })).total).toBe(0);
    expect((await value(front, 'setup:get', {})).needed).toBe(true);
    expect(existsSync(demoFolderOf(dataDir))).toBe(false);
    await front.close();
  });

  it('opens a fresh demo each time: what the clerk did there is gone', async () => {
    const { front } = await councilWithDemo();
    await value(front, 'demo:open', {});
    const first = (await value(front, 'queue:list', { status: 'all' })).items[0];
    if (!first) throw new Error('the demo has no items');
    await value(front, 'item:markHandled', { id: first.id });
    expect((await value(front, 'item:get', { id: first.id })).status).not.toBe('new');
    await value(front, 'demo:close', {});
    await value(front, 'demo:open', {});
    expect((await value(front, 'item:get', { id: first.id })).status).toBe('new');
    await front.close();
  });

  it('opens one demo for two clicks, and passes on only the shown record’s events', async () => {
    const { council, front, demoStarts } = await councilWithDemo();
    const heard: ConsoleEvent[] = [];
    front.events.subscribe((event) => heard.push(event));
    await Promise.all([value(front, 'demo:open', {}), value(front, 'demo:open', {})]);
    expect(demoStarts()).toBe(1);
    council.events.publish({ type: 'queue:changed', cause: 'action', itemIds: [1] });
    expect(heard).toEqual([]);
    await value(front, 'demo:close', {});
    council.events.publish({ type: 'queue:changed', cause: 'action', itemIds: [2] });
    expect(heard).toEqual([{ type: 'queue:changed', cause: 'action', itemIds: [2] }]);
    await front.close();
  });

  it('says how to look round the demo when the console was started with one', async () => {
    const demoOnly = await startAt(join(tempDir(), 'demo'), { kind: 'demo' });
    const refused = await call(demoOnly, 'demo:open', {});
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Start it without --demo or --sample/);
    await demoOnly.close();
  });
});
