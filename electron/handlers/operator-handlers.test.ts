import { describe, expect, it } from 'vitest';
import { answerOutOfOffice } from '../moderation/out-of-office';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';
import { sqliteHandle } from '../store/sqlite-handle';

const start = useTestBackend(useTempDirs());

async function operatorsOf(backend: TestBackend) {
  const view = await backend.value('operators:list', {});
  const clerk = view.operators.find((operator) => operator.role === 'clerk');
  const deputy = view.operators.find((operator) => operator.role === 'deputy');
  if (!clerk || !deputy) throw new Error('the clerk and deputy profiles are seeded');
  return { clerk, deputy };
}

describe('operators and handover', () => {
  it('records every action under whoever is working, and switching is recorded too', async () => {
    const backend = await start();
    const { clerk, deputy } = await operatorsOf(backend);
    await backend.value('operators:save', {
      id: clerk.id,
      name: 'Margaret Dawes',
      role: 'clerk',
      signature: 'Margaret Dawes\nClerk to Ashcombe Parish Council',
    });
    await backend.value('operators:save', { id: deputy.id, name: 'Tom Reid', role: 'deputy', signature: '' });
    await backend.value('operators:choose', { id: deputy.id });
    const sms = (await backend.value('queue:list', { status: 'new', channel: 'sms' })).items[0];
    const removed = await backend.value('item:remove', { id: sms?.id ?? 0, reasonId: 'off-topic' });
    expect(removed.item.removal?.operator).toBe('Tom Reid');
    expect(removed.item.actions.at(-1)?.operator).toBe('Tom Reid');
    expect((await backend.value('operators:list', {})).currentId).toBe(deputy.id);
  });

  it('shows the returning operator what arrived, what the other one handled, what waits, and their note', async () => {
    const backend = await start();
    const { clerk, deputy } = await operatorsOf(backend);
    await backend.value('operators:choose', { id: clerk.id });
    const firstLook = (await backend.value('operators:choose', { id: deputy.id })).handover;
    expect(firstLook.since).toBeNull();
    // The first time counts what was received in the last seven days, not all the demo parish fetched at once.
    const weekAgo = Date.parse('2026-11-24T10:00:00Z') - 7 * 86_400_000;
    const everything = (await backend.value('queue:list', { status: 'all', limit: 500 })).items;
    const lastWeek = everything.filter((item) => Date.parse(item.receivedAt) >= weekAgo);
    const arrived = firstLook.arrivedPerChannel.reduce((total, entry) => total + entry.count, 0);
    expect(arrived).toBe(lastWeek.length);
    expect(arrived).toBeLessThan(everything.length);
    const [first, second] = (await backend.value('queue:list', { status: 'new' })).items;
    await backend.value('item:remove', { id: first?.id ?? 0, reasonId: 'personal-attack' });
    await backend.value('item:markHandled', { id: second?.id ?? 0 });
    await backend.value('handover:note', {
      toId: clerk.id,
      text: 'Gary rang twice about the bins; I said you would call back.',
    });
    backend.arrives('demo:email', [
      {
        channel: 'email',
        kind: 'email',
        id: '<new@mail.example.net>',
        author: { id: 'ruth.m@example.net', name: 'Ruth Marlow', email: 'ruth.m@example.net' },
        subject: 'Bins',
        text: 'Still not collected.',
        receivedAt: '2026-11-24T09:30:00Z',
      },
    ]);

    const { handover } = await backend.value('operators:choose', { id: clerk.id });
    expect(handover.othersHandled).toEqual([
      { kind: 'no-action-needed', count: 1 },
      { kind: 'removed', count: 1 },
    ]);
    expect(handover.othersLatest.every((action) => action.operator === 'Deputy Clerk')).toBe(true);
    expect(handover.notes).toEqual([
      {
        id: expect.any(Number) as number,
        from: 'Deputy Clerk',
        text: 'Gary rang twice about the bins; I said you would call back.',
        at: '2026-11-24T10:00:00.000Z',
      },
    ]);
    expect(handover.waiting).toBe((await backend.value('queue:list', { status: 'new' })).total);
  });
});

describe('out of office', () => {
  it('answers each sender once in the period by email, recorded like a reply, and leaves their email in the queue', async () => {
    const backend = await start();
    const template = (await backend.value('templates:list', {})).find((candidate) => candidate.key === 'out-of-office');
    await backend.value('settings:updatePolicy', {
      clerkEmail: 'clerk@ashcombe-pc.example.org',
      councilName: 'Ashcombe Parish Council',
    });
    await backend.value('outOfOffice:save', {
      enabled: true,
      from: '2026-11-20',
      to: '2026-11-30',
      templateId: template?.id ?? null,
    });
    const email = (id: string, from: string, at: string) => ({
      channel: 'email',
      kind: 'email',
      id,
      author: { id: from, name: 'Ruth Marlow', email: from },
      subject: 'Bins',
      text: 'Still not collected.',
      receivedAt: at,
    });
    backend.arrives('demo:email', [
      email('<o1@x>', 'ruth.m@example.net', '2026-11-24T09:00:00Z'),
      email('<o2@x>', 'ruth.m@example.net', '2026-11-24T09:30:00Z'),
      email('<o3@x>', 'noreply@district.example.gov.uk', '2026-11-24T09:40:00Z'),
      email('<o4@x>', 'linda.ross@example.com', '2026-12-01T09:00:00Z'),
    ]);
    const ids = sqliteHandle(backend.backend.store)
      .prepare(`SELECT id FROM items WHERE external_id LIKE '<o%'`)
      .pluck()
      .all() as number[];
    const writer = (at: string) => ({ ...backend.backend, now: () => new Date(at), operator: () => 'Clerk' });
    expect(answerOutOfOffice(writer('2026-11-24T10:00:00Z'), ids, 'Ashcombe Parish Council')).toBe(1);
    expect(answerOutOfOffice(writer('2026-11-24T10:05:00Z'), ids, 'Ashcombe Parish Council')).toBe(0);
    const first = (await backend.value('queue:list', { status: 'all', search: 'collected' })).items.find((item) =>
      item.receivedAt.startsWith('2026-11-24T09:00'),
    );
    const detail = await backend.value('item:get', { id: first?.id ?? 0 });
    expect(detail.status).toBe('new');
    expect(detail.actions.at(-1)).toMatchObject({ kind: 'replied', operator: 'Out of office (automatic)' });
    expect(backend.backend.store.outbox.forItem(detail.id)[0]?.payload).toMatchObject({
      to: 'ruth.m@example.net',
      form: 'email',
    });
    expect(String(backend.backend.store.outbox.forItem(detail.id)[0]?.payload.text)).toContain(
      'clerk@ashcombe-pc.example.org',
    );
  });
});
