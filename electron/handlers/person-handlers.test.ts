import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../api/domain';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';

const start = useTestBackend(useTempDirs());

async function itemWhere(backend: TestBackend, predicate: (item: QueueItem) => boolean): Promise<QueueItem> {
  const found = (await backend.value('queue:list', { status: 'all' })).items.find(predicate);
  if (!found) throw new Error('no such item in the sample');
  return found;
}

const garyFacebook = (item: QueueItem) => item.channel === 'facebook' && item.author.name === 'Gary Pritchard';
const garyX = (item: QueueItem) => item.channel === 'x' && item.author.name === 'Gary Pritchard';

/** Gary's Facebook and X senders made one person, as the clerk would from the suggestion. */
async function linkedGary(backend: TestBackend) {
  const facebook = await itemWhere(backend, garyFacebook);
  const x = await itemWhere(backend, garyX);
  const person = await backend.value('person:link', { id: facebook.personId, authorId: x.author.id });
  return { facebook, x, person };
}

describe('person:get', () => {
  it('starts each sender as a person of their own and suggests the same name on another channel, weakly', async () => {
    const backend = await start();
    const facebook = await itemWhere(backend, garyFacebook);
    const person = await backend.value('person:get', { id: facebook.personId });
    expect(person.displayName).toBe('Gary Pritchard');
    expect(person.senders.map((sender) => sender.channel)).toEqual(['facebook']);
    expect(person.suggestions).toHaveLength(1);
    expect(person.suggestions[0]).toMatchObject({
      strength: 'weak',
      sender: { channel: 'x', handle: '@gazza_ashcombe' },
    });
    expect(person.strikes).toMatchObject({ count: 0, threshold: 3, windowMonths: 12, reached: false });
  });
});

describe('linking, splitting and turning down', () => {
  it('links the X sender into the person, with the evidence in the record, and lists items from both channels', async () => {
    const backend = await start();
    const { person, x } = await linkedGary(backend);
    expect(person.senders.map((sender) => sender.channel)).toEqual(['facebook', 'x']);
    expect(person.items.map((item) => item.channel).sort()).toEqual(['facebook', 'x']);
    expect(person.suggestions).toEqual([]);
    expect(person.record[0]?.summary).toMatch(/^Linked Gary Pritchard \(X\) to this person: Same name/);
    // The X item now names the same person.
    expect((await backend.value('item:get', { id: x.id })).personId).toBe(person.id);
    // key p: the queue shows every item of the person, on every channel.
    const page = await backend.value('queue:list', { status: 'all', personId: person.id });
    expect(page.items.map((item) => item.channel).sort()).toEqual(['facebook', 'x']);
  });

  it('splits a sender linked by mistake back into a person of their own', async () => {
    const backend = await start();
    const { person, x } = await linkedGary(backend);
    const after = await backend.value('person:split', { id: person.id, authorId: x.author.id });
    expect(after.senders.map((sender) => sender.channel)).toEqual(['facebook']);
    expect((await backend.value('item:get', { id: x.id })).personId).not.toBe(person.id);
    expect(after.record[0]?.summary).toBe('Split off Gary Pritchard (X): not this person');
    const refused = await backend.call('person:split', { id: person.id, authorId: after.senders[0]?.id ?? 0 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('does not offer a suggestion again once the clerk says it is not the same person', async () => {
    const backend = await start();
    const facebook = await itemWhere(backend, garyFacebook);
    const x = await itemWhere(backend, garyX);
    const after = await backend.value('person:notSame', { id: facebook.personId, authorId: x.author.id });
    expect(after.suggestions).toEqual([]);
    expect((await backend.value('person:get', { id: x.personId })).suggestions).toEqual([]);
    expect(after.record[0]?.summary).toBe('Not the same person: Gary Pritchard (X)');
  });

  it('finds a sender by number to link by hand, and names the person by name rather than number', async () => {
    const backend = await start();
    const facebook = await itemWhere(backend, garyFacebook);
    const [match] = await backend.value('person:findSenders', { text: '900461' });
    expect(match?.sender).toMatchObject({ channel: 'sms', phone: '+447700900461' });
    const linked = await backend.value('person:link', { id: match?.personId ?? 0, authorId: facebook.author.id });
    expect(linked.displayName).toBe('Gary Pritchard');
    expect(linked.record[0]?.summary).toContain('Linked by hand');
  });
});

describe('strikes', () => {
  it('counts removals on every linked channel, shows them on queue rows, and a restore cancels its strike', async () => {
    const backend = await start();
    const { facebook, x, person } = await linkedGary(backend);
    await backend.value('item:remove', { id: facebook.id, reasonId: 'personal-attack' });
    await backend.value('item:remove', { id: x.id, reasonId: 'libellous' });
    const twice = await backend.value('person:get', { id: person.id });
    expect(twice.strikes).toMatchObject({ count: 2, reached: false });
    expect(twice.strikes.entries.map((entry) => [entry.reasonLabel, entry.judgement])).toEqual([
      ['Potentially libellous', 'counted'],
      ['Personal attack or threat', 'counted'],
    ]);
    const rows = (await backend.value('queue:list', { status: 'removed' })).items;
    expect(rows.filter((row) => row.personId === person.id).map((row) => row.strikes)).toEqual([2, 2]);

    await backend.value('settings:updateRepeatOffenders', { threshold: 2 });
    expect((await backend.value('person:get', { id: person.id })).strikes).toMatchObject({
      count: 2,
      threshold: 2,
      reached: true,
    });

    await backend.value('item:restore', { id: x.id });
    const restored = await backend.value('person:get', { id: person.id });
    expect(restored.strikes).toMatchObject({ count: 1, reached: false });
    expect(restored.strikes.entries.map((entry) => entry.judgement)).toEqual(['cancelled', 'counted']);
  });
});

describe('blocking', () => {
  it('blocks on each channel as it allows, files what they send next in Blocked, and unblocks with a reason', async () => {
    const backend = await start();
    const { person } = await linkedGary(backend);
    const sms = await itemWhere(backend, (item) => item.channel === 'sms');
    await backend.value('person:link', { id: person.id, authorId: sms.author.id });

    const blocked = await backend.value('person:block', { id: person.id });
    expect(blocked.blocked).toBe('all');
    expect(blocked.senders.map((sender) => [sender.channel, sender.block?.method])).toEqual([
      ['facebook', 'page-block'],
      ['sms', 'local-blocklist'],
      ['x', 'mute'],
    ]);
    expect(blocked.record[0]?.summary).toBe(
      "Blocked (0 strikes): Facebook (Page block), SMS (the console's blocklist), X (mute)",
    );
    const queued = backend.backend.store.outbox.forAction(blocked.record[0]?.id ?? 0);
    expect(queued.map((entry) => [entry.operation, entry.payload.userId])).toEqual([
      ['block', 'fb_100047'],
      ['mute', '2210045'],
    ]);
    expect(await backend.call('person:block', { id: person.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    // The platform block reaches Facebook; then Gary writes again, on Facebook and by text.
    await backend.backend.outbox.deliverDue();
    backend.arrives('demo:facebook', [
      {
        channel: 'facebook',
        kind: 'comment',
        id: 'post_1_c9',
        author: { id: 'fb_100047', name: 'Gary Pritchard' },
        text: 'You cannot silence me.',
        receivedAt: '2026-11-24T10:30:00Z',
      },
    ]);
    backend.arrives('demo:sms', [
      {
        channel: 'sms',
        kind: 'sms',
        id: 'SM9',
        author: { id: '+447700900461', name: '+447700900461', phone: '+447700900461' },
        text: 'Still here.',
        receivedAt: '2026-11-24T10:31:00Z',
      },
    ]);
    const filed = await backend.value('queue:list', { status: 'blocked' });
    expect(filed.items.map((item) => item.text)).toEqual(['Still here.', 'You cannot silence me.']);
    expect(
      (await backend.value('queue:list', { status: 'new' })).items.some((item) => item.text === 'Still here.'),
    ).toBe(false);

    expect(await backend.call('person:unblock', { id: person.id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const unblocked = await backend.value('person:unblock', {
      id: person.id,
      reason: 'Apologised in writing to the Clerk',
    });
    expect(unblocked.blocked).toBe('none');
    expect(unblocked.record[0]?.summary).toBe(
      'Unblocked: "Apologised in writing to the Clerk"; 2 blocked items back in the queue',
    );
    // Both reached their platforms, so both are lifted there.
    const lifted = backend.backend.store.outbox.forAction(unblocked.record[0]?.id ?? 0);
    expect(lifted.map((entry) => [entry.operation, entry.payload.userId])).toEqual([
      ['unblock', 'fb_100047'],
      ['unmute', '2210045'],
    ]);
    expect((await backend.value('queue:list', { status: 'blocked' })).items).toEqual([]);
  });

  it('cancels a platform block that has not gone out yet, instead of sending it and its reverse', async () => {
    const backend = await start();
    const facebook = await itemWhere(backend, garyFacebook);
    const blocked = await backend.value('person:block', { id: facebook.personId });
    const unblocked = await backend.value('person:unblock', {
      id: facebook.personId,
      reason: 'Blocked the wrong Gary',
    });
    expect(backend.backend.store.outbox.forAction(blocked.record[0]?.id ?? 0).map((entry) => entry.state)).toEqual([
      'cancelled',
    ]);
    expect(backend.backend.store.outbox.forAction(unblocked.record[0]?.id ?? 0)).toEqual([]);
  });

  it('keeps a note with its author and date, and blocking a sender linked later leaves the others as they were', async () => {
    const backend = await start();
    const facebook = await itemWhere(backend, garyFacebook);
    const x = await itemWhere(backend, garyX);
    await backend.value('person:block', { id: facebook.personId });
    const noted = await backend.value('person:note', {
      id: facebook.personId,
      text: 'Phoned the office on 20 Nov; warned about language.',
    });
    expect(noted.notes).toEqual([
      {
        id: expect.any(Number) as number,
        text: 'Phoned the office on 20 Nov; warned about language.',
        operator: 'Clerk',
        at: '2026-11-24T10:00:00.000Z',
      },
    ]);
    const linked = await backend.value('person:link', { id: facebook.personId, authorId: x.author.id });
    expect(linked.blocked).toBe('partly');
    const again = await backend.value('person:block', { id: facebook.personId });
    expect(again.blocked).toBe('all');
    expect(again.record[0]?.summary).toBe('Blocked (0 strikes): X (mute)');
  });
});
