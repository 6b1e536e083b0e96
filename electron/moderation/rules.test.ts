import { describe, expect, it } from 'vitest';
import { sqliteHandle } from '../store/sqlite-handle';
import type { RuleDefinition } from '../api/rules';
import { testBackend } from '../../testing/support/test-backend';
import { smallSample } from '../../testing/support/small-sample';
import { useTempDirs } from '../../testing/support/temp-dir';

const tempDir = useTempDirs();

const spamRule: RuleDefinition = {
  name: 'Shop links',
  enabled: true,
  conditions: { channels: ['facebook'], domains: ['cheap-shop.com'] },
  actions: { label: 'Spam', priority: true, suggestReason: 'commercial-spam', hideUntilReviewed: true },
};

const shopComment = (id: string, receivedAt = '2026-11-23T22:00:00Z') => ({
  channel: 'facebook',
  kind: 'comment',
  id,
  parentId: 'post_1',
  threadId: 'post_1',
  author: { id: 'fb_spam', name: 'Deals Daily' },
  text: 'Huge savings at https://cheap-shop.com/deals today only',
  receivedAt,
});

/** A backend whose rules are made, then started again with new items in the sample: they arrive through sync. */
async function withArrivals(rules: RuleDefinition[], arrivals: Record<string, unknown>[]) {
  const dir = tempDir();
  const first = await testBackend(dir);
  for (const rule of rules) await first.value('rules:create', rule);
  await first.backend.close();
  const sample = smallSample();
  sample.items.push(...arrivals);
  return testBackend(dir, sample);
}

describe('rules: the store', () => {
  it('round trip: made, listed, changed, turned off and deleted, each on the record', async () => {
    const backend = await testBackend(tempDir());
    expect((await backend.value('rules:list', {})).rules).toEqual([]);
    const made = await backend.value('rules:create', spamRule);
    expect(made).toMatchObject({ ...spamRule, standing: 0 });
    expect((await backend.value('rules:list', {})).rules).toEqual([made]);
    const changed = await backend.value('rules:update', { ...spamRule, id: made.id, enabled: false, name: 'Shops' });
    expect(changed).toMatchObject({ name: 'Shops', enabled: false, conditions: spamRule.conditions });
    expect(await backend.call('rules:create', { ...spamRule, name: 'shops' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect((await backend.value('rules:delete', { id: made.id })).rules).toEqual([]);
    const kinds = sqliteHandle(backend.backend.store)
      .prepare(`SELECT kind FROM actions WHERE kind LIKE 'rule-%' ORDER BY id`)
      .pluck()
      .all();
    expect(kinds).toEqual(['rule-added', 'rule-changed', 'rule-deleted']);
    await backend.backend.close();
  });

  it('refuses a rule that deletes or blocks, through the contract, and stores nothing', async () => {
    const backend = await testBackend(tempDir());
    for (const actions of [{ delete: true }, { block: true }, { label: 'x', blockSender: true }]) {
      const result = await backend.call('rules:create', { ...spamRule, actions } as unknown as RuleDefinition);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect((await backend.value('rules:list', {})).rules).toEqual([]);
    await backend.backend.close();
  });
});

describe('rules at ingest', () => {
  it('acts on a new item "by rule", hides it through the outbox, lists it under "Done by rules" and in the handover', async () => {
    const backend = await withArrivals([spamRule], [shopComment('post_1_spam')]);
    const { items } = await backend.value('queue:list', { status: 'by-rules' });
    expect(items.map((item) => item.author.name)).toEqual(['Deals Daily']);
    const detail = await backend.value('item:get', { id: items[0]?.id ?? 0 });
    expect(detail.status).toBe('new');
    expect(detail.ruleEffects).toMatchObject([
      {
        ruleName: 'Shop links',
        done: [
          'labelled "Spam"',
          'marked as priority',
          'suggested: Commercial or spam',
          'hidden on Facebook until reviewed',
        ],
      },
    ]);
    const applied = detail.actions.find((action) => action.kind === 'rule-applied');
    expect(applied?.operator).toBe('Rule “Shop links”');
    expect(applied?.summary).toMatch(/^Done by rule “Shop links”: labelled "Spam"; marked as priority/);
    expect(detail.outbox.map((entry) => [entry.operation, entry.state])).toEqual([['hide', 'queued']]);
    expect(detail.suggestions[0]).toMatchObject({ reasonId: 'commercial-spam' });
    expect(detail.suggestions[0]?.evidence).toContain('Suggested by rule “Shop links”');
    // Nothing else in the sample matched.
    expect((await backend.value('queue:counts', { status: 'by-rules' })).total).toBe(1);
    const operators = await backend.value('operators:list', {});
    const { handover } = await backend.value('operators:choose', { id: operators.operators[0]?.id ?? 0 });
    expect(handover.doneByRules.count).toBe(1);
    expect(handover.doneByRules.latest[0]?.summary).toMatch(/Shop links/);
    expect(handover.othersHandled).toEqual([]);
    await backend.backend.close();
  });

  it('undo cancels a hide not yet delivered, and queues unhide for one delivered; both recorded under the clerk', async () => {
    const backend = await withArrivals([spamRule], [shopComment('post_1_spam'), shopComment('post_1_spam2')]);
    const { items } = await backend.value('queue:list', { status: 'by-rules' });
    const [first, second] = items;
    if (!first || !second) throw new Error('two items acted on');
    const runOf = async (id: number) => (await backend.value('item:get', { id })).ruleEffects[0]?.actionId ?? 0;
    const firstRun = await runOf(first.id);
    await backend.value('action:undo', { actionId: firstRun });
    const afterUndo = await backend.value('item:get', { id: first.id });
    expect(afterUndo.ruleEffects).toEqual([]);
    expect(afterUndo.outbox.map((entry) => entry.state)).toEqual(['cancelled']);
    expect(afterUndo.actions.at(-1)).toMatchObject({ kind: 'rule-undone', operator: 'Clerk' });
    expect(afterUndo.actions.at(-1)?.summary).toMatch(/cancelled before it reached the channel: hide/);

    await backend.backend.outbox.deliverDue();
    const secondRun = await runOf(second.id);
    expect((await backend.value('item:get', { id: second.id })).outbox[0]?.state).toBe('delivered');
    await backend.value('action:undo', { actionId: secondRun });
    const reversed = await backend.value('item:get', { id: second.id });
    expect(reversed.outbox.map((entry) => [entry.operation, entry.state])).toEqual([
      ['hide', 'delivered'],
      ['unhide', 'queued'],
    ]);
    expect((await backend.value('queue:list', { status: 'by-rules' })).items).toEqual([]);
    expect(await backend.call('action:undo', { actionId: secondRun })).toMatchObject({ ok: false });
    await backend.backend.close();
  });

  it('"No action needed" shows a hidden item again; a rule that is off, or does not match, does nothing', async () => {
    const off = { ...spamRule, name: 'Off', enabled: false, actions: { label: 'Off' } };
    const words = { ...spamRule, name: 'Lamp', conditions: { words: ['lamp post'] }, actions: { label: 'Lights' } };
    const backend = await withArrivals([spamRule, off, words], [shopComment('post_1_spam')]);
    const [item] = (await backend.value('queue:list', { status: 'by-rules' })).items;
    if (!item) throw new Error('acted on');
    expect((await backend.value('item:get', { id: item.id })).ruleEffects.map((e) => e.ruleName)).toEqual([
      'Shop links',
    ]);
    await backend.backend.outbox.deliverDue();
    const handled = await backend.value('item:markHandled', { id: item.id });
    expect(handled.outbox.map((entry) => [entry.operation, entry.state])).toEqual([
      ['hide', 'delivered'],
      ['unhide', 'queued'],
    ]);
    expect(handled.ruleEffects[0]?.done).not.toContain('hidden on Facebook until reviewed');
    await backend.backend.close();
  });

  it('does not hide what its channel cannot show again (an SMS), and says so in the record', async () => {
    const sms = { ...spamRule, name: 'Texts', conditions: { words: ['defibrillator'] } };
    const backend = await withArrivals(
      [sms],
      [
        {
          channel: 'sms',
          kind: 'sms',
          id: 'SMnew',
          author: { id: '+447700900999', name: '+447700900999', phone: '+447700900999' },
          text: 'The defibrillator box is open',
          receivedAt: '2026-11-23T12:00:00Z',
        },
      ],
    );
    const items = (await backend.value('queue:list', { status: 'by-rules' })).items;
    // The sample's own SMS arrived before the rule existed; only the new one is acted on.
    expect(items.map((item) => item.text)).toEqual(['The defibrillator box is open']);
    const detail = await backend.value('item:get', { id: items[0]?.id ?? 0 });
    expect(detail.outbox).toEqual([]);
    expect(detail.actions.find((a) => a.kind === 'rule-applied')?.summary).toMatch(/not hidden: this channel cannot/);
    await backend.backend.close();
  });
});

describe('rules: replies', () => {
  const email = (id: string, receivedAt: string, text = 'Is the hall free on Saturday?') => ({
    channel: 'email',
    kind: 'email',
    id,
    author: { id: 'sam@example.net', name: 'Sam Hollis', email: 'sam@example.net' },
    subject: 'Hall booking',
    text,
    receivedAt,
  });

  it('sends the out-of-hours acknowledgement only outside office hours, once per sender, and drafts a reply for review', async () => {
    const dir = tempDir();
    const first = await testBackend(dir);
    const templates = await first.value('templates:list', {});
    const ack = templates.find((template) => template.key === 'acknowledgement');
    const policy = templates.find((template) => template.key === 'read-policy') ?? templates[0];
    if (!ack || !policy) throw new Error('seeded replies');
    await first.value('rules:create', {
      name: 'Evenings',
      enabled: true,
      conditions: { channels: ['email'] },
      actions: { acknowledgeTemplateId: ack.id, draftReplyTemplateId: policy.id },
    });
    await first.backend.close();
    const sample = smallSample();
    // Monday 23 Nov 2026: 19:00 and 20:00 are after hours, 11:00 is within them.
    sample.items.push(
      email('<e1@example.net>', '2026-11-23T19:00:00Z'),
      email('<e2@example.net>', '2026-11-23T20:00:00Z', 'And the Sunday?'),
      email('<e3@example.net>', '2026-11-23T11:00:00Z', 'Or the Monday?'),
    );
    const backend = await testBackend(dir, sample);
    const items = (await backend.value('queue:list', { status: 'by-rules' })).items;
    const byText = async (text: string) => {
      const item = items.find((candidate) => candidate.text === text);
      return backend.value('item:get', { id: item?.id ?? 0 });
    };
    const evening = await byText('Is the hall free on Saturday?');
    const reply = evening.actions.find((action) => action.kind === 'replied');
    expect(reply).toMatchObject({ operator: 'Rule “Evenings”' });
    expect(reply?.summary).toMatch(/^Replied \(Email\) with "Acknowledgement": "Thank you, Sam Hollis/);
    // The item stays in the queue for the clerk.
    expect(evening.status).toBe('new');
    expect(evening.ruleEffects[0]?.done).toContain('out-of-hours acknowledgement sent');
    expect(evening.ruleEffects[0]?.draft?.text).toContain('Sam Hollis');
    const later = await byText('And the Sunday?');
    expect(later.actions.some((action) => action.kind === 'replied')).toBe(false);
    expect(later.actions.find((a) => a.kind === 'rule-applied')?.summary).toMatch(/in the last 12 hours/);
    const inHours = await byText('Or the Monday?');
    expect(inHours.actions.find((a) => a.kind === 'rule-applied')?.summary).toMatch(/arrived in office hours/);
    // Undone before it went: the reply is cancelled.
    await backend.value('action:undo', { actionId: evening.ruleEffects[0]?.actionId ?? 0 });
    const undone = await backend.value('item:get', { id: evening.id });
    expect(undone.outbox.find((entry) => entry.operation === 'reply')?.state).toBe('cancelled');
    await backend.backend.close();
  });

  it('marks rows with their labels and priority while the rule stands', async () => {
    const backend = await withArrivals([spamRule], [shopComment('post_1_spam')]);
    const [row] = (await backend.value('queue:list', { status: 'by-rules' })).items;
    expect(row?.ruleMarks).toEqual({ labels: ['Spam'], priority: true });
    const others = (await backend.value('queue:list', { status: 'all' })).items.filter((item) => item.id !== row?.id);
    expect(others.every((item) => item.ruleMarks === null)).toBe(true);
    await backend.backend.close();
  });
});

describe('rules: dry run', () => {
  it('counts the last 30 days that match and lists a few', async () => {
    const backend = await testBackend(tempDir());
    // The backend's clock is 24 Nov 2026; every sample item is within 30 days.
    const all = await backend.value('rules:dryRun', { conditions: { words: ['streetlight', 'bins'] } });
    expect(all).toMatchObject({ matched: 3, looked: 6, days: 30 });
    expect(all.examples.map((example) => example.authorName)).toEqual(['Ruth Marlow', 'Ruth Marlow', 'Gary Pritchard']);
    expect((await backend.value('rules:dryRun', { conditions: { channels: ['sms'] } })).matched).toBe(1);
    expect(await backend.call('rules:dryRun', { conditions: {} })).toMatchObject({ ok: false });
    await backend.backend.close();
  });
});
