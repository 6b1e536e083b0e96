// Sending the subject access export to the requester, on a real SQLite file through the real handlers.
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';
import { largestEmailedFileBytes, sendSubjectAccessExport, subjectAccessRoute } from './subject-access-sending';
import { loadRequest } from './requests';
import { write } from './write';

const start = useTestBackend(useTempDirs());

async function itemId(backend: TestBackend, externalId: string): Promise<number> {
  const found = (await backend.value('queue:list', { status: 'all', limit: 500 })).items.find(
    (item) => backend.backend.store.items.get(item.id)?.external_id === externalId,
  );
  if (!found) throw new Error(`no item ${externalId}`);
  return found.id;
}

/** Tom asks by email for his data; an earlier email of his names a neighbour's phone number. */
async function sarByEmail(backend: TestBackend) {
  backend.arrives('demo:email', [
    {
      channel: 'email',
      kind: 'email',
      id: '<hedge@example.org>',
      author: { id: 'tom@example.org', name: 'Tom Price', email: 'tom@example.org' },
      subject: 'Hedge',
      text: 'The hedge at the Old Forge is over the path again; my neighbour is on 07700 900987 if you need her.',
      receivedAt: '2026-11-10T09:00:00Z',
    },
    {
      channel: 'email',
      kind: 'email',
      id: '<sar-1@example.org>',
      author: { id: 'tom@example.org', name: 'Tom Price', email: 'tom@example.org' },
      subject: 'My data',
      text: 'Please send me all the information you hold about me under the Data Protection Act.',
      receivedAt: '2026-11-23T09:00:00Z',
    },
  ]);
  const logged = await backend.value('requests:log', {
    itemId: await itemId(backend, '<sar-1@example.org>'),
    type: 'sar',
  });
  return logged;
}

describe('sending the subject access export', () => {
  it('says what will go where, then records the answer and queues the export to the requester alone', async () => {
    const backend = await start();
    const request = await sarByEmail(backend);
    const store = backend.backend.store;

    const plan = await backend.value('requests:subjectAccessPlan', { requestId: request.id });
    expect(plan).toMatchObject({
      reference: 'SAR-2026-001',
      requesterName: 'Tom Price',
      fileName: 'subject-access-tom-price-2026-11-24.zip',
      itemCount: 2,
      cannotSend: null,
      send: { to: 'tom@example.org', toName: 'Tom Price', subject: 'Your subject access request SAR-2026-001' },
    });
    expect(plan.send?.text).toContain(
      'the attached file, subject-access-tom-price-2026-11-24.zip, holds the personal data',
    );
    expect(plan.toRead).toEqual([
      expect.objectContaining({
        what: expect.stringMatching(/^Item \d+ \(a phone number\)$/) as string,
        sender: 'Tom Price',
        text: expect.stringContaining('07700 900987') as string,
      }),
    ]);
    // Nothing is recorded or queued by looking.
    expect(store.actions.latestOfKind('export-made')).toBeNull();

    const answered = await backend.value('requests:sendSubjectAccess', {
      requestId: request.id,
      to: 'tom@example.org',
      from: plan.send?.from ?? '',
    });
    expect(answered).toMatchObject({ status: 'answered', closed: true });
    expect(answered.steps.at(-1)).toMatchObject({
      summary: `answered Tue 24 Nov 2026 by email: subject-access-tom-price-2026-11-24.zip sent to tom@example.org from ${plan.send?.from}`,
      delivery: 'Sending…',
    });
    expect(await backend.value('requests:list', { show: 'open' })).toEqual([]);
    const exported = store.actions.latestOfKind('export-made');
    expect(exported?.details).toMatchObject({ export: 'subject-access', items: 2 });

    const sarItem = await itemId(backend, '<sar-1@example.org>');
    const [entry, ...others] = store.outbox.forItem(sarItem);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      operation: 'send-file',
      idempotencyKey: `action-${store.actions.latestOfKind('request-answered')?.id}-send-file`,
      payload: { to: 'tom@example.org', inReplyTo: '<sar-1@example.org>' },
    });
    const file = entry?.payload.file as { name: string; base64: string; bytes: number; sha256: string };
    const zip = Buffer.from(file.base64, 'base64');
    expect(file).toMatchObject({ name: 'subject-access-tom-price-2026-11-24.zip', bytes: zip.length });
    expect(createHash('sha256').update(zip).digest('hex')).toBe(file.sha256);
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'actions.json',
      'items.json',
      'notes.json',
      'person.json',
      'report.pdf',
    ]);
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toContain('(a phone number)');

    // Delivered like any reply (here by the demo email account); the file's bytes leave the database.
    await backend.backend.outbox.deliverDue();
    const delivered = store.outbox.get(entry?.id ?? 0);
    expect(delivered?.state).toBe('delivered');
    expect(delivered?.payload.file).toMatchObject({ name: file.name, base64: '', sha256: file.sha256 });
    expect((await backend.value('requests:get', { id: request.id })).steps.at(-1)?.delivery).toBe('Sent');

    // A second press (another window, a double click) sends nothing more.
    const again = await backend.call('requests:sendSubjectAccess', {
      requestId: request.id,
      to: 'tom@example.org',
      from: plan.send?.from ?? '',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(store.outbox.forItem(sarItem)).toHaveLength(1);
  });

  it('sends nothing when the address or account is not the one the clerk confirmed', async () => {
    const backend = await start();
    const request = await sarByEmail(backend);
    const plan = await backend.value('requests:subjectAccessPlan', { requestId: request.id });
    const refused = await backend.call('requests:sendSubjectAccess', {
      requestId: request.id,
      to: 'someone.else@example.org',
      from: plan.send?.from ?? '',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('it would now go to tom@example.org') as string },
    });
    const store = backend.backend.store;
    expect(store.actions.latestOfKind('export-made')).toBeNull();
    expect(store.actions.latestOfKind('request-answered')).toBeNull();
    expect(store.outbox.forItem(await itemId(backend, '<sar-1@example.org>'))).toEqual([]);
  });

  it('says plainly why it cannot send, and the export is then saved and recorded with where it went', async () => {
    const backend = await start();
    backend.arrives('demo:x', [
      {
        channel: 'x',
        kind: 'mention',
        id: 'x-sar-1',
        author: { id: '77', name: 'Ashcombe Truth', handle: '@ashtruth' },
        text: '@AshcombePC I want a copy of all the personal data you hold about me. Subject access request.',
        receivedAt: '2026-11-23T10:00:00Z',
      },
    ]);
    const request = await backend.value('requests:log', { itemId: await itemId(backend, 'x-sar-1'), type: 'sar' });
    const plan = await backend.value('requests:subjectAccessPlan', { requestId: request.id });
    expect(plan.send).toBeNull();
    expect(plan.cannotSend).toBe(
      'Ashcombe Truth has given no email address, so the console cannot send it. Save the export instead, send it yourself, then record where it went.',
    );
    const refused = await backend.call('requests:sendSubjectAccess', { requestId: request.id, to: 'x@y.z', from: 'a' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await backend.value('records:subjectAccess', { personId: request.requester?.personId ?? 0 });
    const answered = await backend.value('requests:step', {
      requestId: request.id,
      step: {
        kind: 'answered',
        on: '2026-11-24',
        subjectAccessExport: true,
        sentTo: '4 Mill Lane, Ashcombe (by post)',
      },
    });
    expect(answered.steps.at(-1)).toMatchObject({
      summary: 'answered Tue 24 Nov 2026 with the subject access export, sent to 4 Mill Lane, Ashcombe (by post)',
      delivery: null,
    });
  });

  it('does not send through a paused email account, or a file too large to email', async () => {
    const backend = await start();
    const request = await sarByEmail(backend);
    const store = backend.backend.store;
    const email = store.accounts.list().find((account) => account.key === 'demo:email');
    if (!email) throw new Error('the demo email account');
    store.accounts.setPaused(email.id, true);
    expect((await backend.value('requests:subjectAccessPlan', { requestId: request.id })).cannotSend).toMatch(
      /^The council email account \(.+\) is paused, so the console cannot send it\./,
    );
    store.accounts.setPaused(email.id, false);

    const loaded = loadRequest(store, request.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const routed = subjectAccessRoute(store, loaded.value);
    if (!routed.ok) throw new Error(routed.why);
    const writer = {
      store,
      events: { publish: () => undefined },
      now: () => new Date('2026-11-24T10:00:00Z'),
      operator: () => 'Clerk',
    };
    const tooLarge = write(writer, (change) =>
      sendSubjectAccessExport(change, {
        requestId: request.id,
        route: routed.route,
        file: { name: 'subject-access-tom-price-2026-11-24.zip', bytes: new Uint8Array(largestEmailedFileBytes + 1) },
        letter: { subject: 'Your subject access request', text: 'Attached.' },
        counts: { items: 2, actions: 1 },
      }),
    );
    expect(tooLarge).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('too large to send by email') as string },
    });
    expect(store.actions.latestOfKind('export-made')).toBeNull();
    expect(store.outbox.forItem(await itemId(backend, '<sar-1@example.org>'))).toEqual([]);
  });
});
