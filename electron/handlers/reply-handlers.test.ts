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

async function templateId(backend: TestBackend, key: string): Promise<number> {
  const found = (await backend.value('templates:list', {})).find((template) => template.key === key);
  if (!found) throw new Error(`no template ${key}`);
  return found.id;
}

const council = {
  councilName: 'Ashcombe Parish Council',
  policyUrl: 'https://ashcombe-pc.example.org/social-media-policy',
  clerkEmail: 'clerk@ashcombe-pc.example.org',
  consentFormUrl: 'https://ashcombe-pc.example.org/consent',
};

describe('canned replies', () => {
  it('are seeded from assets; adding one with an unknown variable is refused; editing keeps every wording; retiring is recorded', async () => {
    const backend = await start();
    const seeded = await backend.value('templates:list', {});
    expect(seeded.map((template) => template.key)).toEqual([
      'read-policy',
      'not-official-channel',
      'data-consent',
      'formal-complaint',
      'acknowledgement',
      'passed-to-councillor',
      'out-of-office',
      'name-and-address',
    ]);
    expect(seeded.find((template) => template.key === 'read-policy')?.variables).toContain('policyUrl');

    const refused = await backend.call('templates:add', {
      name: 'Bins',
      text: 'Dear {{sender}}, bins are on Thursdays.',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('{{sender}} is not a variable') as string },
    });
    const added = await backend.value('templates:add', {
      name: 'Bin day',
      text: 'Bins are collected on Thursdays. {{councilName}}',
    });
    expect(added).toMatchObject({ key: 'bin-day', version: 1, retired: false });
    const edited = await backend.value('templates:edit', {
      id: added.id,
      name: 'Bin day',
      text: 'Bins are collected on Fridays from December. {{councilName}}',
    });
    expect(edited.version).toBe(2);
    expect(
      (await backend.value('templates:history', { id: added.id })).map((entry) => [entry.version, entry.text]),
    ).toEqual([
      [2, 'Bins are collected on Fridays from December. {{councilName}}'],
      [1, 'Bins are collected on Thursdays. {{councilName}}'],
    ]);
    expect(await backend.value('templates:retire', { id: added.id })).toMatchObject({ retired: true });
    const item = await itemWhere(backend, (candidate) => candidate.channel === 'sms');
    expect(await backend.call('reply:draft', { itemId: item.id, templateId: added.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('item:reply', () => {
  it('answers a Facebook comment with "read our policy" in public: the record names the template, the outbox carries the text', async () => {
    const backend = await start();
    const comment = await itemWhere(backend, (item) => item.channel === 'facebook' && item.text.includes('pothole'));
    const readPolicy = await templateId(backend, 'read-policy');
    const unfilled = await backend.value('reply:draft', { itemId: comment.id, templateId: readPolicy });
    expect(unfilled.text).toContain('{{policyUrl}}');
    expect(unfilled.problem).toBe('{{policyUrl}} has no value yet: fill it in under Policy settings, or edit the text');
    expect(
      await backend.call('item:reply', { id: comment.id, form: 'public-reply', text: unfilled.text }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('{{policyUrl}}') as string },
    });

    await backend.value('settings:updatePolicy', council);
    const draft = await backend.value('reply:draft', { itemId: comment.id, templateId: readPolicy });
    expect(draft.problem).toBeNull();
    expect(draft.text).toMatch(
      /^Hello Gary Pritchard, please read our Social Media Policy.*https:\/\/ashcombe-pc\.example\.org\/social-media-policy.*Clerk, Ashcombe Parish Council$/s,
    );
    const detail = await backend.value('item:reply', {
      id: comment.id,
      form: 'public-reply',
      text: draft.text,
      templateId: readPolicy,
    });
    expect(detail.status).toBe('handled');
    expect(detail.actions.at(-1)).toMatchObject({ kind: 'replied', operator: 'Clerk', delivery: 'queued' });
    expect(detail.actions.at(-1)?.summary).toMatch(
      /^Replied \(Public reply\) with "Please read our policy": "Hello Gary Pritchard/,
    );
    const [entry] = backend.backend.store.outbox.forItem(comment.id);
    expect(entry).toMatchObject({
      operation: 'reply',
      payload: { externalId: 'post_1_c1', form: 'public-reply', text: draft.text },
    });
    await backend.backend.outbox.deliverDue();
    expect((await backend.value('item:get', { id: comment.id })).actions.at(-1)?.delivery).toBe('delivered');
  });

  it('refuses an X mention reply over 280 characters, and says by how much', async () => {
    const backend = await start();
    backend.arrives('demo:x', [
      {
        channel: 'x',
        kind: 'mention',
        id: '1860000000000000001',
        author: { id: '2210045', name: 'Gary Pritchard', handle: '@gazza_ashcombe' },
        text: '@AshcombePC when are the bins changing?',
        receivedAt: '2026-11-24T09:00:00Z',
      },
    ]);
    const mention = await itemWhere(backend, (item) => item.kind === 'mention');
    const long = `@gazza_ashcombe ${'The collection day changes from next week. '.repeat(7)}`;
    const preview = await backend.value('reply:preview', { itemId: mention.id, form: 'public-reply', text: long });
    expect(preview.measure).toMatchObject({ kind: 'x', limit: 280 });
    expect(preview.measure.used).toBeGreaterThan(280);
    const refused = await backend.call('item:reply', { id: mention.id, form: 'public-reply', text: long });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining(`X allows 280 characters and this reply is ${preview.measure.used}`) as string,
      },
    });
    expect(backend.backend.store.outbox.forItem(mention.id)).toEqual([]);
  });

  it("sends an SMS reply to the sender's number, measured in segments", async () => {
    const backend = await start();
    const sms = await itemWhere(backend, (item) => item.channel === 'sms');
    const text =
      'Yes, the defibrillator at the hall was serviced on Monday and is working. Thank you for checking. If you ever find it out of use please email the Clerk.';
    expect((await backend.value('reply:preview', { itemId: sms.id, form: 'sms', text })).measure).toMatchObject({
      kind: 'sms',
      segments: 1,
      encoding: 'GSM-7',
    });
    await backend.value('item:reply', { id: sms.id, form: 'sms', text });
    expect(backend.backend.store.outbox.forItem(sms.id)[0]?.payload).toMatchObject({
      form: 'sms',
      to: '+447700900461',
      text,
    });
  });

  it('answers an email with Re:, the quoted message and the In-Reply-To and References of the thread', async () => {
    const backend = await start();
    const second = await itemWhere(backend, (item) => item.channel === 'email' && item.text.startsWith('Still out'));
    await backend.value('item:reply', {
      id: second.id,
      form: 'email',
      text: 'We have reported it to the county council.',
    });
    const payload = backend.backend.store.outbox.forItem(second.id)[0]?.payload;
    expect(payload).toMatchObject({
      to: 'ruth.m@example.net',
      subject: 'Re: Streetlight out on Station Road',
      inReplyTo: '<a2@mail.example.net>',
      references: ['<a1@mail.example.net>', '<a2@mail.example.net>'],
    });
    expect(payload?.text).toBe(
      'We have reported it to the county council.\n\nOn 5 November 2026 at 19:00, Ruth Marlow wrote:\n> Still out tonight.\n>> The streetlight outside number 12 has been out for a week.',
    );
  });

  it("blocks a reply with someone else's phone number until the clerk overrides with a reason, which is recorded; the council's own address passes", async () => {
    const backend = await start();
    await backend.value('settings:updatePolicy', council);
    const comment = await itemWhere(backend, (item) => item.channel === 'facebook' && item.text.includes('allotment'));
    expect(
      (
        await backend.value('reply:preview', {
          itemId: comment.id,
          form: 'public-reply',
          text: 'Please email clerk@ashcombe-pc.example.org.',
        })
      ).outbound,
    ).toEqual([]);
    const text = 'Thanks Janet, Gary Pritchard on 07700 900123 runs the allotments.';
    const blocked = await backend.call('item:reply', { id: comment.id, form: 'public-reply', text });
    expect(blocked).toMatchObject({
      ok: false,
      error: { code: 'policy_check', message: expect.stringContaining('a phone number (07700 900123)') as string },
    });
    expect(
      await backend.call('item:reply', { id: comment.id, form: 'public-reply', text, overrideReason: 'short' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const sent = await backend.value('item:reply', {
      id: comment.id,
      form: 'public-reply',
      text,
      overrideReason: 'Gary asked us in writing to share his number for the allotment rota.',
    });
    expect(sent.actions.at(-1)?.summary).toContain(
      'sent despite the policy check: "Gary asked us in writing to share his number for the allotment rota."',
    );
  });

  it('allows one Facebook private reply per comment, within 7 days', async () => {
    const backend = await start();
    backend.arrives('demo:facebook', [
      {
        channel: 'facebook',
        kind: 'comment',
        id: 'post_1_c7',
        parentId: 'post_1',
        threadId: 'post_1',
        author: { id: 'fb_100052', name: 'Janet Okafor' },
        text: 'Can I get an allotment?',
        receivedAt: '2026-11-23T09:00:00Z',
      },
    ]);
    const fresh = await itemWhere(backend, (item) => item.text === 'Can I get an allotment?');
    const old = await itemWhere(backend, (item) => item.text.includes('pothole'));
    expect(
      (await backend.value('item:get', { id: old.id })).replyForms.find((option) => option.form === 'private-reply'),
    ).toMatchObject({ available: false, why: expect.stringContaining('within 7 days') as string });
    const detail = await backend.value('item:get', { id: fresh.id });
    expect(detail.replyForms.map((option) => [option.form, option.available])).toEqual([
      ['public-reply', true],
      ['private-reply', true],
    ]);
    await backend.value('item:reply', {
      id: fresh.id,
      form: 'private-reply',
      text: 'Please email the Clerk to join the waiting list.',
    });
    const again = await backend.call('item:reply', { id: fresh.id, form: 'private-reply', text: 'And another thing.' });
    expect(again).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('one private reply per comment') as string },
    });
  });

  it('shows a failed reply with its error, and Retry puts it back in the outbox', async () => {
    const backend = await start();
    const sms = await itemWhere(backend, (item) => item.channel === 'sms');
    await backend.value('item:reply', { id: sms.id, form: 'sms', text: 'Yes, it is working.' });
    const [entry] = backend.backend.store.outbox.forItem(sms.id);
    backend.backend.store.outbox.mark(entry?.id ?? 0, 'failed', '2026-11-24T10:00:00.000Z', {
      attempted: true,
      lastError: 'Twilio 21610: the recipient has opted out',
    });
    const failed = await backend.value('item:get', { id: sms.id });
    expect(failed.actions.at(-1)?.delivery).toBe('failed: Twilio 21610: the recipient has opted out');
    expect(await backend.value('outbox:retry', { id: entry?.id ?? 0 })).toMatchObject({ state: 'queued', attempts: 0 });
    expect(await backend.call('outbox:retry', { id: entry?.id ?? 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});
