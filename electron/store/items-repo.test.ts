import { describe, expect, it } from 'vitest';
import { parseSampleFile } from '../core/sample-file';
import { toFullTextQuery } from '../core/search-query';
import type { IncomingItem } from '../core/incoming-item';
import { smallSample } from '../../testing/support/small-sample';
import { useTempDirs } from '../../testing/support/temp-dir';
import { ConsoleStore } from './console-store';

const tempDir = useTempDirs();
const now = '2026-11-24T10:00:00.000Z';

function sampleItems(): IncomingItem[] {
  const parsed = parseSampleFile(smallSample());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.items;
}

function storeWithSample(): { store: ConsoleStore; accountId: number } {
  const store = ConsoleStore.open(tempDir());
  const account = store.accounts.ensure({ key: 'demo:all', connector: 'demo', channel: 'facebook', name: 'Demo' }, now);
  store.items.ingest(account.id, sampleItems(), now);
  return { store, accountId: account.id };
}

describe('ItemsRepo on a real SQLite file', () => {
  it('adds an item once, however often it is ingested', () => {
    const { store, accountId } = storeWithSample();
    expect(store.items.ingest(accountId, sampleItems(), now)).toBe(0);
    expect(store.items.count({ status: 'all' })).toBe(7);
    store.close();
  });

  it('keeps the same external id on two accounts apart', () => {
    const { store } = storeWithSample();
    const other = store.accounts.ensure(
      { key: 'demo:other', connector: 'demo', channel: 'facebook', name: 'Other' },
      now,
    );
    expect(store.items.ingest(other.id, sampleItems().slice(0, 2), now)).toBe(2);
    expect(store.items.count({ status: 'all' })).toBe(9);
    store.close();
  });

  it("files the council's own posts as handled and the rest as new", () => {
    const { store } = storeWithSample();
    expect(store.items.count({ status: 'new' })).toBe(6);
    expect(store.items.count({ status: 'handled' })).toBe(1);
    store.close();
  });

  it('pages newest first with a keyset that neither skips nor repeats', () => {
    const { store } = storeWithSample();
    const first = store.items.page({ status: 'all' }, null, 3);
    const last = first.at(-1);
    if (!last) throw new Error('no rows');
    const second = store.items.page({ status: 'all' }, { receivedAt: last.received_at, id: last.id }, 10);
    const times = [...first, ...second].map((row) => row.received_at);
    expect(times).toHaveLength(7);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set([...first, ...second].map((row) => row.id)).size).toBe(7);
    store.close();
  });

  it('finds items by words of the text, the subject and the author, as prefixes', () => {
    const { store } = storeWithSample();
    const search = (words: string) =>
      store.items.page({ status: 'all', match: toFullTextQuery(words) }, null, 10).map((row) => row.text);
    expect(search('pothole')).toEqual(['About time the bins were sorted. Mill Lane pothole next please.']);
    expect(search('streetl')).toHaveLength(2);
    expect(search('Pritchard')).toHaveLength(2);
    expect(search('gazza')).toEqual(['Why was my comment about the precept ignored?']);
    expect(store.items.count({ status: 'new', channel: 'facebook', match: toFullTextQuery('allotment') })).toBe(1);
    expect(search('helicopter')).toEqual([]);
    store.close();
  });

  it('counts per channel under the same filters', () => {
    const { store } = storeWithSample();
    const counts = Object.fromEntries(
      store.items.countByChannel({ status: 'new' }).map(({ channel, n }) => [channel, n]),
    );
    expect(counts).toEqual({ facebook: 2, email: 2, sms: 1, x: 1 });
    store.close();
  });

  it('changes status only from the expected one', () => {
    const { store } = storeWithSample();
    const [row] = store.items.page({ status: 'new' }, null, 1);
    if (!row) throw new Error('no rows');
    expect(store.items.changeStatus(row.id, 'new', 'handled')).toBe(true);
    expect(store.items.changeStatus(row.id, 'new', 'handled')).toBe(false);
    store.close();
  });
});
