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

const facebookReply = (item: QueueItem) =>
  item.channel === 'facebook' && !item.fromCouncil && item.text.includes('pothole');

describe('item:remove', () => {
  it('removes at once: status, action with reason and policy version, and the channel actions queued together', async () => {
    const backend = await start();
    await backend.value('settings:updatePolicy', { policyVersion: '2.1' });
    const item = await itemWhere(backend, facebookReply);
    const { item: removed, followUp } = await backend.value('item:remove', {
      id: item.id,
      reasonId: 'personal-attack',
    });
    expect(followUp).toBeNull();
    expect(removed.status).toBe('removed');
    expect(removed.removal).toMatchObject({
      reasonId: 'personal-attack',
      reasonLabel: 'Personal attack or threat',
      operator: 'Clerk',
    });
    expect(removed.actions.at(-1)).toMatchObject({
      kind: 'removed',
      reasonId: 'personal-attack',
      policyVersion: '2.1',
      operator: 'Clerk',
    });
    expect(removed.actions.at(-1)?.summary).toBe(
      'Removed: Personal attack or threat (policy 2.1); hide on the channel; removal notice posted',
    );
    expect(removed.outbox.map((entry) => [entry.operation, entry.state])).toEqual([
      ['hide', 'queued'],
      ['post-notice', 'queued'],
    ]);
  });

  it('chooses the channel action from the capabilities of each kind of item', async () => {
    const backend = await start();
    const email = await itemWhere(backend, (item) => item.channel === 'email');
    const sms = await itemWhere(backend, (item) => item.channel === 'sms');
    const dm = await itemWhere(backend, (item) => item.kind === 'dm');
    expect(
      (await backend.value('item:remove', { id: email.id, reasonId: 'off-topic' })).item.outbox.map(
        (entry) => entry.operation,
      ),
    ).toEqual(['move-to-folder']);
    for (const item of [sms, dm]) {
      const { item: removed } = await backend.value('item:remove', { id: item.id, reasonId: 'obscene-racist' });
      expect(removed.status).toBe('removed');
      expect(removed.outbox).toEqual([]);
      expect(removed.actions.at(-1)?.summary).toContain('kept in the record only');
      expect(removed.removalOptions.channelCanRemove).toBe(false);
    }
  });

  it('lets the removal override the notice, and deletes on Facebook when the account says so', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('account:updateRemovalSettings', { accountId: item.accountId, facebookRemoval: 'delete' });
    const { item: removed } = await backend.value('item:remove', {
      id: item.id,
      reasonId: 'personal-attack',
      notice: false,
    });
    expect(removed.outbox.map((entry) => entry.operation)).toEqual(['delete']);
    expect(removed.removalOptions.restorable).toBe(false);
  });

  it('refuses to remove twice, and an item that does not exist', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('item:remove', { id: item.id, reasonId: 'libellous' });
    expect(await backend.call('item:remove', { id: item.id, reasonId: 'libellous' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await backend.call('item:remove', { id: 9999, reasonId: 'libellous' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await backend.call('item:remove', { id: item.id, reasonId: 'rude' as 'libellous' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('lists removals in the Removed view with reason and who made them', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('item:remove', { id: item.id, reasonId: 'commercial-spam' });
    const removed = await backend.value('queue:list', { status: 'removed' });
    expect(removed.total).toBe(1);
    expect(removed.items[0]?.removal).toMatchObject({ reasonLabel: 'Commercial or spam', operator: 'Clerk' });
    expect((await backend.value('queue:list', {})).items.map((queued) => queued.id)).not.toContain(item.id);
  });
});

describe('undo and restore', () => {
  it('undo before delivery cancels the channel actions; the record keeps both actions', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('item:remove', { id: item.id, reasonId: 'personal-attack' });
    const undone = await backend.value('item:undoRemoval', { id: item.id });
    expect(undone.status).toBe('new');
    expect(undone.removal).toBeNull();
    expect(undone.outbox.map((entry) => entry.state)).toEqual(['cancelled', 'cancelled']);
    expect(undone.actions.map((action) => action.kind)).toEqual(['removed', 'removal-undone']);
    expect(await backend.backend.outbox.deliverDue()).toBe(0);
  });

  it('undo after delivery queues the reverse of what reached the channel', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('item:remove', { id: item.id, reasonId: 'personal-attack' });
    expect(await backend.backend.outbox.deliverDue()).toBe(2);
    const undone = await backend.value('item:undoRemoval', { id: item.id });
    expect(undone.outbox.map((entry) => [entry.operation, entry.state])).toEqual([
      ['hide', 'delivered'],
      ['post-notice', 'delivered'],
      ['unhide', 'queued'],
      ['delete-notice', 'queued'],
    ]);
    expect(undone.actions.at(-1)?.summary).toBe('Removal undone; queued: unhide, delete the removal notice');
  });

  it('restores a removed email by moving it back, later', async () => {
    const backend = await start();
    const email = await itemWhere(backend, (item) => item.channel === 'email');
    await backend.value('item:remove', { id: email.id, reasonId: 'off-topic' });
    await backend.backend.outbox.deliverDue();
    const restored = await backend.value('item:restore', { id: email.id });
    expect(restored.status).toBe('new');
    expect(restored.outbox.at(-1)).toMatchObject({ operation: 'move-back', state: 'queued' });
    expect(restored.actions.at(-1)?.kind).toBe('restored');
  });

  it('refuses to restore what the channel deleted, and keeps it removed', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('account:updateRemovalSettings', { accountId: item.accountId, facebookRemoval: 'delete' });
    await backend.value('item:remove', { id: item.id, reasonId: 'personal-attack', notice: false });
    await backend.backend.outbox.deliverDue();
    expect(await backend.call('item:restore', { id: item.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('cannot be restored') },
    });
    expect((await backend.value('item:get', { id: item.id })).status).toBe('removed');
  });

  it('refuses to undo what is not removed', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    expect(await backend.call('item:undoRemoval', { id: item.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('item:removeMany', () => {
  it('removes several items with one reason in one action, skipping what is already removed', async () => {
    const backend = await start();
    const ids = (await backend.value('queue:list', {})).items.map((item) => item.id);
    await backend.value('item:remove', { id: ids[0] ?? 0, reasonId: 'off-topic' });
    const outcome = await backend.value('item:removeMany', { ids, reasonId: 'commercial-spam' });
    expect(outcome.removed).toEqual(ids.slice(1));
    expect(outcome.skipped).toEqual([{ id: ids[0], message: 'This item is already removed; nothing was changed.' }]);
    expect((await backend.value('queue:list', {})).total).toBe(0);
  });
});

describe('reason 8: alleged breach of policy or law', () => {
  it('offers the complaint reply, saying what Settings lack', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    const { followUp } = await backend.value('item:remove', { id: item.id, reasonId: 'alleged-breach' });
    expect(followUp?.text).toContain('Dear Gary Pritchard');
    expect(followUp?.text).toContain('{{complaintsAddress}}');
    expect(followUp?.problem).toContain('{{complaintsAddress}} has no value yet');
  });

  it('fills the reply from Settings, and records send, edit and skip', async () => {
    const backend = await start();
    await backend.value('settings:updatePolicy', {
      complaintsAddress: 'The Parish Hall, Church Lane, Ashcombe',
      complaintsEmail: 'clerk@ashcombe-pc.example',
    });
    const [first, second] = (await backend.value('queue:list', { channel: 'facebook' })).items;
    const removal = await backend.value('item:remove', { id: first?.id ?? 0, reasonId: 'alleged-breach' });
    expect(removal.followUp?.problem).toBeNull();
    expect(removal.followUp?.text).toMatch(
      /formal complaint to the Council, in writing to The Parish Hall, Church Lane, Ashcombe or by email to clerk@ashcombe-pc.example, or report the matter to the Police/,
    );
    const sent = await backend.value('item:complaintReply', {
      id: first?.id ?? 0,
      decision: 'send',
      text: `${removal.followUp?.text} Thank you.`,
    });
    expect(sent.actions.at(-1)?.summary).toBe('Asked to make a formal complaint or report to the Police (text edited)');
    expect(sent.outbox.at(-1)).toMatchObject({ operation: 'reply', state: 'queued' });
    await backend.value('item:remove', { id: second?.id ?? 0, reasonId: 'alleged-breach' });
    const skipped = await backend.value('item:complaintReply', { id: second?.id ?? 0, decision: 'skip' });
    expect(skipped.actions.at(-1)?.summary).toBe('Formal complaint reply skipped');
  });

  it('never sends a reply with placeholders left in it', async () => {
    const backend = await start();
    const item = await itemWhere(backend, facebookReply);
    await backend.value('item:remove', { id: item.id, reasonId: 'alleged-breach' });
    expect(await backend.call('item:complaintReply', { id: item.id, decision: 'send' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('policy settings', () => {
  it('asks to be set up, and warns once the review date has passed', async () => {
    const backend = await start();
    expect(await backend.value('policy:get', {})).toMatchObject({ needsSetup: true, reviewOverdue: false });
    const view = await backend.value('settings:updatePolicy', {
      policyVersion: '3',
      policyAgreedOn: '2025-05-12',
      policyReviewDue: '2026-11-01',
    });
    expect(view).toMatchObject({ needsSetup: false, reviewOverdue: true });
    expect(view.reasons).toHaveLength(8);
    expect(await backend.call('settings:updatePolicy', { policyReviewDue: '1st May' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
