import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { ConsoleStore } from './console-store';
import { sqliteHandle } from './sqlite-handle';

const tempDir = useTempDirs();

describe('UsageRepo on a real SQLite file', () => {
  it('charges a resource read once per UTC day, every write, and keeps each month apart, across a restart', () => {
    const dir = tempDir();
    const store = ConsoleStore.open(dir);
    const x = store.accounts.add(
      { key: 'x:1', connector: 'x', channel: 'x', name: 'Council X', config: {} },
      '2026-11-30T09:00:00.000Z',
    ).id;
    const other = store.accounts.add(
      { key: 'x:2', connector: 'x', channel: 'x', name: 'Other X', config: {} },
      '2026-11-30T09:00:00.000Z',
    ).id;
    const read = (id: string) => ({ kind: 'post-read' as const, resourceId: id });

    expect(
      store.usage.record(x, new Date('2026-11-30T10:00:00Z'), [
        read('1'),
        read('2'),
        { kind: 'user-read', resourceId: '7' },
      ]),
    ).toEqual({ 'post-read': 2, 'user-read': 1 });
    expect(
      store.usage.record(x, new Date('2026-11-30T23:59:00Z'), [
        read('2'),
        read('3'),
        { kind: 'post-create', resourceId: null },
        { kind: 'post-create', resourceId: null },
      ]),
    ).toEqual({ 'post-read': 1, 'post-create': 2 });
    // A new UTC day (and month) charges the same post again; another account is counted on its own.
    expect(store.usage.record(x, new Date('2026-12-01T00:01:00Z'), [read('2')])).toEqual({ 'post-read': 1 });
    expect(store.usage.record(other, new Date('2026-12-01T00:02:00Z'), [read('2')])).toEqual({ 'post-read': 1 });
    store.close();

    const reopened = ConsoleStore.open(dir);
    expect(reopened.usage.month(x, new Date('2026-11-15T12:00:00Z'))).toEqual({
      'post-read': 3,
      'user-read': 1,
      'post-create': 2,
    });
    expect(reopened.usage.month(x, new Date('2026-12-20T12:00:00Z'))).toEqual({ 'post-read': 1 });
    expect(reopened.usage.record(x, new Date('2026-12-01T08:00:00Z'), [read('2')])).toEqual({});
    // Yesterday's reads are not kept once a later day is recorded.
    expect(
      sqliteHandle(reopened).prepare(`SELECT count(*) FROM channel_reads WHERE day < '2026-12-01'`).pluck().get(),
    ).toBe(0);
    reopened.close();
  });
});
