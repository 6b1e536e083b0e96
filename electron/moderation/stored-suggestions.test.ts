import { describe, expect, it } from 'vitest';
import { suggestionRulesVersion } from '../core/suggestion-version';
import { useTestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';
import { councilSuggestions, SuggestionRefresh } from './stored-suggestions';
import { sqliteHandle } from '../store/sqlite-handle';

const start = useTestBackend(useTempDirs());
const comment = (id: string, text: string, receivedAt = '2026-11-20T10:00:00Z') => ({
  channel: 'facebook',
  kind: 'comment',
  id,
  author: { id: `fb_${id}`, name: `Sender ${id}` },
  text,
  receivedAt,
});

describe('suggestions stored with items', () => {
  it('stores the top suggestion as an item arrives: the same one the detail pane leads with', async () => {
    const { arrives, value } = await start();
    arrives('demo:facebook', [
      comment('spam', 'Pressure washing 20% off this week, call now for free quotes'),
      comment('calm', 'What time does the hall open on Saturday?'),
    ]);
    const page = await value('queue:list', { search: 'pressure washing' });
    const spam = page.items[0];
    expect(spam?.suggestion).toEqual({
      reasonId: 'commercial-spam',
      reasonLabel: 'Commercial or spam',
      confidence: 'high',
    });
    const detail = await value('item:get', { id: spam?.id ?? 0 });
    expect(detail.suggestions[0]).toMatchObject({
      reasonId: spam?.suggestion?.reasonId,
      confidence: spam?.suggestion?.confidence,
    });
    expect((await value('queue:list', { search: 'hall open' })).items[0]?.suggestion).toBeNull();
  });

  it('works them out again when the rules version they were stored with is not the current one, and not otherwise', async () => {
    const { backend, arrives, value } = await start();
    const { store } = backend;
    arrives('demo:facebook', [comment('rude', 'You lot are a bunch of useless idiots')]);
    const refresh = () =>
      new SuggestionRefresh(
        store,
        councilSuggestions(store, 'Parish Council'),
        'Parish Council',
        () => '2026-11-24T10:00:00.000Z',
      );
    expect(refresh().runNow()).toBe(0);
    // As if stored by older rules that suggested nothing.
    sqliteHandle(store)
      .prepare(`UPDATE items SET suggested_reason_id = NULL, suggested_confidence = NULL, flag = 0`)
      .run();
    store.settings.set(
      'storedSuggestions',
      { rulesVersion: suggestionRulesVersion - 1, councilContacts: [] },
      '2026-11-24T10:00:00.000Z',
    );
    const before = (await value('queue:list', { status: 'all' })).items.filter((item) => item.suggestion !== null);
    expect(before).toEqual([]);
    expect(refresh().runNow()).toBe(8);
    const after = (await value('queue:list', { status: 'all' })).items;
    for (const item of after) {
      const top = (await value('item:get', { id: item.id })).suggestions[0];
      expect(item.suggestion?.reasonId ?? null, item.text).toBe(item.fromCouncil ? null : (top?.reasonId ?? null));
    }
    expect(after.some((item) => item.suggestion !== null)).toBe(true);
  });

  it('carries on after a restart from where the last refresh stopped, newest items first', async () => {
    const { backend, value } = await start();
    const { store } = backend;
    sqliteHandle(store)
      .prepare(
        `UPDATE items SET suggested_reason_id = 'off-topic', suggested_confidence = 'medium', flag = 1 WHERE from_council = 0`,
      )
      .run();
    store.settings.set(
      'storedSuggestions',
      { rulesVersion: suggestionRulesVersion - 1, councilContacts: [] },
      '2026-11-24T10:00:00.000Z',
    );
    const ids = sqliteHandle(store).prepare(`SELECT id FROM items ORDER BY id DESC`).pluck().all() as number[];
    const stoppedAt = ids[3] ?? 0;
    // As the last start left it: the four newest done, under the rules of now.
    store.settings.set(
      'storedSuggestionsProgress',
      { marker: { rulesVersion: suggestionRulesVersion, councilContacts: [] }, belowId: stoppedAt },
      '2026-11-24T10:00:00.000Z',
    );
    const refresh = new SuggestionRefresh(
      store,
      councilSuggestions(store, 'Parish Council'),
      'Parish Council',
      () => '2026-11-24T10:00:00.000Z',
    );
    expect(refresh.runNow()).toBe(ids.filter((id) => id < stoppedAt).length);
    const stored = (await value('queue:list', { status: 'all' })).items.filter((item) => !item.fromCouncil);
    for (const item of stored)
      expect(item.suggestion?.reasonId ?? null, `item ${item.id}`).toBe(item.id >= stoppedAt ? 'off-topic' : null);
    expect(refresh.needed()).toBe(false);
  });

  it("follows the council's contacts: its own address is not someone's private data", async () => {
    const { arrives, value, backend } = await start();
    arrives('demo:facebook', [
      comment('addr', 'His email is parish.clerk@ashcombe.example.org about the hedge, tell him what you think'),
    ]);
    const listed = async () => (await value('queue:list', { search: 'hedge' })).items[0]?.suggestion?.reasonId ?? null;
    expect(await listed()).toBe('private-info');
    await value('settings:updatePolicy', { clerkEmail: 'parish.clerk@ashcombe.example.org' });
    // Worked out again in the background, while the console answers.
    await backend.suggestionRefresh.runInBackground();
    expect(await listed()).toBeNull();
  });

  it('puts flagged items first, strongest first and newest first within, across pages', async () => {
    const { arrives, call, value } = await start();
    arrives('demo:facebook', [
      comment('high-old', 'You lot are a bunch of useless idiots', '2026-11-10T10:00:00Z'),
      comment(
        'medium-new',
        "You won't BELIEVE what this dog does at the end!! Watch till the end",
        '2026-11-21T10:00:00Z',
      ),
      comment('high-new', 'Pressure washing 20% off, call now', '2026-11-22T10:00:00Z'),
    ]);
    const seen: { text: string; flag: string | null }[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await value('queue:list', { order: 'flagged', limit: 2, cursor });
      seen.push(...page.items.map((item) => ({ text: item.text, flag: item.suggestion?.confidence ?? null })));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.slice(0, 3).map((entry) => entry.text)).toEqual([
      'Pressure washing 20% off, call now',
      'You lot are a bunch of useless idiots',
      "You won't BELIEVE what this dog does at the end!! Watch till the end",
    ]);
    expect(seen.slice(0, 3).map((entry) => entry.flag)).toEqual(['high', 'high', 'medium']);
    expect(seen).toHaveLength((await value('queue:list', {})).total);
    expect(seen.slice(3).every((entry) => entry.flag === null)).toBe(true);
    // A cursor of one order cannot page the other.
    const newest = await value('queue:list', { limit: 2 });
    const mixed = await call('queue:list', { order: 'flagged', limit: 2, cursor: newest.nextCursor ?? '' });
    expect(mixed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
