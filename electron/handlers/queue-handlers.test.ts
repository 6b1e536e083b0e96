import { describe, expect, it } from 'vitest';
import { useTestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';

const start = useTestBackend(useTempDirs());

describe('queue:list', () => {
  it('lists new items by default, newest first, with the fields the queue shows', async () => {
    const { value } = await start();
    const page = await value('queue:list', {});
    expect(page.total).toBe(6);
    expect(page.items.map((item) => item.receivedAt)).toEqual(
      [...page.items.map((item) => item.receivedAt)].sort().reverse(),
    );
    expect(page.items[0]).toMatchObject({
      channel: 'x',
      kind: 'dm',
      status: 'new',
      author: { name: 'Gary Pritchard', handle: '@gazza_ashcombe' },
    });
    expect(page.nextCursor).toBeNull();
  });

  it('counts every match in total, not just the page, and pages to the end', async () => {
    const { value } = await start();
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await value('queue:list', { status: 'all', limit: 2, cursor });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('filters by channel, status and search together', async () => {
    const { value } = await start();
    const email = await value('queue:list', { channel: 'email', search: 'streetlight' });
    expect(email.total).toBe(2);
    const handled = await value('queue:list', { status: 'handled' });
    expect(handled.items.map((item) => item.fromCouncil)).toEqual([true]);
  });

  it('answers bad input with the error envelope', async () => {
    const { call } = await start();
    expect(await call('queue:list', { status: 'archived' as 'new' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await call('queue:list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('queue:list', { cursor: 'not-ours' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('queue:counts', () => {
  it('counts per channel for the status and search', async () => {
    const { value } = await start();
    expect(await value('queue:counts', {})).toEqual({
      total: 6,
      byChannel: { facebook: 2, x: 1, email: 2, website: 0, sms: 1 },
    });
    expect((await value('queue:counts', { search: 'gary' })).byChannel).toMatchObject({ facebook: 1, x: 1 });
  });
});

describe('item:get and item:markHandled', () => {
  it('shows an item with the post it replies to and its thread', async () => {
    const { value } = await start();
    const [reply] = (await value('queue:list', { search: 'pothole' })).items;
    const detail = await value('item:get', { id: reply?.id ?? 0 });
    expect(detail.parent).toMatchObject({
      text: 'Bin collections move to Thursdays from next week.',
      fromCouncil: true,
    });
    expect(detail.thread.map((item) => item.author.name)).toEqual(['Ashcombe Parish Council', 'Janet Okafor']);
  });

  it('says plainly when an item does not exist', async () => {
    const { call } = await start();
    expect(await call('item:get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('999') },
    });
  });

  it('marks an item handled with an action in the record, once', async () => {
    const { value, call, backend } = await start();
    const events: unknown[] = [];
    backend.events.subscribe((event) => events.push(event));
    const [first] = (await value('queue:list', {})).items;
    const id = first?.id ?? 0;
    const detail = await value('item:markHandled', { id });
    expect(detail.status).toBe('handled');
    expect(detail.actions).toEqual([
      expect.objectContaining({ kind: 'no-action-needed', operator: 'Clerk', createdAt: '2026-11-24T10:00:00.000Z' }),
    ]);
    expect(events).toEqual([{ type: 'queue:changed', cause: 'action', itemIds: [id] }]);
    expect(await call('item:markHandled', { id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await value('queue:list', {})).total).toBe(5);
  });
});

describe('queue:senders', () => {
  it('answers where each sender stands now, so every row of theirs shows their strikes and block', async () => {
    const { value } = await start();
    const items = (await value('queue:list', { status: 'all' })).items.filter((item) => !item.fromCouncil);
    const ruth = items.filter((item) => item.author.name === 'Ruth Marlow');
    expect(ruth).toHaveLength(2);
    await value('item:remove', { id: ruth[0]?.id ?? 0, reasonId: 'off-topic' });
    await value('person:block', { id: ruth[0]?.personId ?? 0 });
    const standing = await value('queue:senders', { authorIds: items.map((item) => item.author.id) });
    const ruths = standing.find((sender) => sender.authorId === ruth[0]?.author.id);
    expect(ruths).toEqual({ authorId: ruth[0]?.author.id, personId: ruth[0]?.personId, strikes: 1, blocked: true });
    expect(
      standing
        .filter((sender) => sender.authorId !== ruth[0]?.author.id)
        .every((sender) => sender.strikes === 0 && !sender.blocked),
    ).toBe(true);
    // The list says the same of every one of Ruth's rows.
    const listed = (await value('queue:list', { status: 'all', search: 'streetlight' })).items;
    expect(listed.map((item) => [item.strikes, item.senderBlocked])).toEqual([
      [1, true],
      [1, true],
    ]);
  });
});
