import { describe, expect, it } from 'vitest';
import { decisionsBeforeSuggesting } from '../core/decision-classifier';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';
import { DecisionLearning, learnedGeneration } from './learning';

const start = useTestBackend(useTempDirs());

// A council that keeps removing one man's campaign about a motorway far away, and lets ordinary business be.
const campaign = [
  'Sign Gordon Pike petition against the Thornbury motorway extension today',
  'Gordon Pike says the Thornbury motorway extension must be stopped, sign now',
  'Thornbury motorway extension: Gordon Pike petition needs your name',
];
const business = [
  'When is the next meeting about the car park?',
  'The streetlight on Kiln Lane is out again',
  'Thank you for clearing the footpath by the church',
  'Is the village hall free on Saturday afternoon?',
  'The bus shelter glass on Mill Road is broken',
];
const comment = (id: string, text: string) => ({
  channel: 'facebook',
  kind: 'comment',
  id,
  author: { id: `fb_${id}`, name: `Sender ${id}` },
  text,
  receivedAt: '2026-11-20T10:00:00Z',
});

/** Items arrive, then the clerk removes the campaign posts as off-topic and marks the rest "No action needed". */
async function decide({ arrives, value, backend }: TestBackend, count: number): Promise<number[]> {
  const items = Array.from({ length: count }, (_, index) =>
    index % 3 === 0
      ? comment(`c${index}`, `${campaign[index % campaign.length]} (${index})`)
      : comment(`b${index}`, `${business[index % business.length]} (${index})`),
  );
  arrives('demo:facebook', items);
  const page = await value('queue:list', { status: 'new', search: '', limit: 500 });
  const ids: number[] = [];
  for (const item of page.items) {
    const number = /\((\d+)\)$/.exec(item.text)?.[1];
    if (number === undefined) continue;
    if (item.text.includes('Thornbury')) await value('item:remove', { id: item.id, reasonId: 'off-topic' });
    else await value('item:markHandled', { id: item.id });
    ids.push(item.id);
  }
  await backend.learning.catchUp();
  return ids;
}

const learnedEvidence = async ({ arrives, value }: TestBackend, id: string) => {
  arrives('demo:facebook', [comment(id, 'Gordon Pike wants everyone against the Thornbury motorway extension')]);
  const [item] = (await value('queue:list', { search: 'everyone', status: 'new', limit: 5 })).items;
  const detail = await value('item:get', { id: item?.id ?? 0 });
  return detail.suggestions.flatMap((suggestion) => suggestion.evidence).filter((line) => line.startsWith('Learned'));
};

describe('learning from the council’s decisions', () => {
  it('learns from each removal and "No action needed" in the record and suggests the reason for a new item like them', async () => {
    const running = await start();
    expect(await learnedEvidence(running, 'new1')).toEqual([]);
    await decide(running, 75);
    const decisions = running.backend.learning.decisions;
    expect(decisions).toBeGreaterThanOrEqual(decisionsBeforeSuggesting);
    expect(await running.value('learning:get', {})).toEqual({ decisions });
    expect(await learnedEvidence(running, 'new2')).toEqual([`Learned from ${decisions} of your decisions`]);
  });

  it('keeps what it learned in the store: a new start reads back the same counts', async () => {
    const running = await start();
    await decide(running, 60);
    const { store } = running.backend;
    const saved = store.learning.saved();
    expect(saved.examples).toEqual({ 'off-topic': 20, 'no-action': 40 });
    const again = new DecisionLearning(store, () => '2026-11-24T10:00:00.000Z');
    expect(again.decisions).toBe(60);
    const text = 'Gordon Pike: the Thornbury motorway extension again';
    expect(again.suggester.predict(text)).toEqual(running.backend.learning.suggester.predict(text));
  });

  it('takes an undone or restored removal back out, exactly: the counts are as if it had never been learned', async () => {
    const running = await start();
    const ids = await decide(running, 30);
    const { store } = running.backend;
    const before = store.learning.saved();
    expect(ids).toHaveLength(30);
    running.arrives('demo:facebook', [comment('late', 'Sign the Thornbury motorway extension petition (99)')]);
    const late = (await running.value('queue:list', { search: 'petition', status: 'new' })).items[0];
    await running.value('item:remove', { id: late?.id ?? 0, reasonId: 'off-topic' });
    await running.backend.learning.catchUp();
    expect(running.backend.learning.decisions).toBe(31);
    expect(store.learning.saved()).not.toEqual(before);
    await running.value('item:undoRemoval', { id: late?.id ?? 0 });
    await running.backend.learning.catchUp();
    expect(running.backend.learning.decisions).toBe(30);
    expect(store.learning.saved()).toEqual(before);
    // Restored later (not undone) takes it back out too; removing it again learns it again.
    await running.value('item:remove', { id: late?.id ?? 0, reasonId: 'off-topic' });
    await running.backend.learning.catchUp();
    expect(running.backend.learning.decisions).toBe(31);
    await running.value('item:restore', { id: late?.id ?? 0 });
    await running.backend.learning.catchUp();
    expect(store.learning.saved()).toEqual(before);
  });

  it('forgets everything on the clerk’s word, and does not learn the old decisions again', async () => {
    const running = await start();
    await decide(running, 60);
    expect(await running.value('learning:forget', {})).toEqual({ forgotten: 60, decisions: 0 });
    await running.backend.learning.catchUp();
    expect(running.backend.learning.decisions).toBe(0);
    expect(running.backend.store.learning.saved()).toEqual({ counts: [], examples: {} });
    expect(await learnedEvidence(running, 'new3')).toEqual([]);
    expect(new DecisionLearning(running.backend.store, () => '').decisions).toBe(0);
  });
});

describe('learnedGeneration', () => {
  it('changes when the classifier starts to suggest and each time its decisions double', () => {
    expect([0, 49, 50, 99, 100, 199, 200, 400].map(learnedGeneration)).toEqual([0, 0, 1, 1, 2, 2, 3, 4]);
  });
});
