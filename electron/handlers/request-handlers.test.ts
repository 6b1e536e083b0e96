import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';

const start = useTestBackend(useTempDirs());

async function itemId(backend: TestBackend, externalId: string): Promise<number> {
  const found = (await backend.value('queue:list', { status: 'all', limit: 500 })).items.find(
    (item) => backend.backend.store.items.get(item.id)?.external_id === externalId,
  );
  if (!found) throw new Error(`no item ${externalId}`);
  return found.id;
}

function arriveRequests(backend: TestBackend) {
  backend.arrives('demo:email', [
    {
      channel: 'email',
      kind: 'email',
      id: '<foi-1@example.org>',
      author: { id: 'jane@example.org', name: 'Jane Smith', email: 'jane@example.org' },
      subject: 'Freedom of Information request',
      text: 'Under the Freedom of Information Act, please send me the minutes and invoices for the playground works.',
      receivedAt: '2026-11-20T09:00:00Z',
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
  backend.arrives('demo:x', [
    {
      channel: 'x',
      kind: 'mention',
      id: 'x-foi-1',
      author: { id: '77', name: 'Ashcombe Truth', handle: '@ashtruth' },
      text: '@AshcombePC Under the Freedom of Information Act I request all invoices paid to the grass contractor.',
      receivedAt: '2026-11-23T10:00:00Z',
    },
  ]);
}

describe('requests', () => {
  it('are suggested when they arrive, logged with their due date, answered with a reply and leave the open list', async () => {
    const backend = await start();
    arriveRequests(backend);
    const foi = await itemId(backend, '<foi-1@example.org>');
    const row = (await backend.value('queue:list', { status: 'all', limit: 500 })).items.find(
      (item) => item.id === foi,
    );
    expect(row?.requestMark).toEqual({ reference: null, label: 'Looks like an FOI request', overdue: false });

    const forItem = await backend.value('requests:forItem', { itemId: foi });
    expect(forItem.suggestions[0]).toMatchObject({ type: 'foi', looksLike: 'Looks like an FOI request' });
    expect(forItem.foiValidity.valid).toBe(true);

    const logged = await backend.value('requests:log', { itemId: foi, type: 'foi' });
    // Received Fri 20 Nov 2026: day one is Mon 23 Nov; St Andrew's Day (Mon 30 Nov) is a UK bank holiday and does
    // not count for FOI (s.10(6)), so the 20th working day is Mon 21 Dec.
    expect(logged).toMatchObject({ reference: 'FOI-2026-001', dueOn: '2026-12-21', status: 'open', closed: false });
    expect(logged.clockLabel).toBe('FOI due in 18 working days');
    const again = await backend.call('requests:log', { itemId: foi, type: 'foi' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const marked = (await backend.value('queue:list', { status: 'all', limit: 500 })).items.find(
      (item) => item.id === foi,
    );
    expect(marked?.requestMark).toEqual({
      reference: 'FOI-2026-001',
      label: 'FOI due in 18 working days',
      overdue: false,
    });

    await backend.value('item:reply', {
      id: foi,
      form: 'email',
      text: 'Dear Ms Smith, the minutes and invoices are attached.',
    });
    const withReply = await backend.value('requests:get', { id: logged.id });
    expect(withReply.replies).toHaveLength(1);
    const answered = await backend.value('requests:step', {
      requestId: logged.id,
      step: { kind: 'answered', on: '2026-11-24', replyActionId: withReply.replies[0]?.actionId ?? 0 },
    });
    expect(answered).toMatchObject({ status: 'answered', closed: true, statusText: 'Answered' });
    expect(await backend.value('requests:list', { show: 'open' })).toEqual([]);
    expect((await backend.value('requests:list', { show: 'closed' })).map((request) => request.reference)).toEqual([
      'FOI-2026-001',
    ]);
    const kinds = backend.backend.store.actions.listForItem(foi).map((action) => action.kind);
    expect(kinds).toEqual(expect.arrayContaining(['request-logged', 'replied', 'request-answered']));

    // Every step is in the record, as the FOI export of a date range shows it.
    const record = await backend.value('records:search', { from: '2026-11-01', to: '2026-11-30' });
    const summaries = record.actions.map((action) => action.summary);
    expect(summaries).toContain('FOI-2026-001 logged as an FOI request, received Fri 20 Nov 2026; due Mon 21 Dec 2026');
    expect(summaries).toContain('FOI-2026-001 answered Tue 24 Nov 2026, the reply marked as the response');
    const zip = await backend.value('records:export', {
      filter: { from: '2026-11-01', to: '2026-11-30' },
      includePdf: false,
    });
    const csv = Object.entries(unzipSync(Buffer.from(zip.base64, 'base64')))
      .filter(([name]) => name.endsWith('.csv'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(csv).toContain('FOI-2026-001 answered Tue 24 Nov 2026');

    const report = await backend.value('requests:report', { from: '2026-11-01', to: '2026-11-30' });
    expect(report).toMatchObject({ closed: 1, closedOnTime: 1, onTimeShare: 1, medianWorkingDays: 2 });
    expect(report.perMonth.find((line) => line.type === 'foi')?.counts).toEqual([1]);
  });

  it('waits for a real name and address before the FOI clock starts, and names the section of a refusal', async () => {
    const backend = await start();
    arriveRequests(backend);
    const mention = await itemId(backend, 'x-foi-1');
    const forItem = await backend.value('requests:forItem', { itemId: mention });
    expect(forItem.foiValidity).toMatchObject({ valid: false, missing: ['real name', 'address for correspondence'] });
    expect(forItem.nameAndAddressTemplateId).not.toBeNull();

    const logged = await backend.value('requests:log', { itemId: mention, type: 'foi' });
    expect(logged).toMatchObject({ status: 'clarification-asked', dueOn: null, clockLabel: 'FOI: clock stopped' });
    expect(logged.statusText).toBe('Waiting for a name and address: clock stopped');

    const started = await backend.value('requests:step', {
      requestId: logged.id,
      step: { kind: 'clock-restarted', on: '2026-11-24' },
    });
    // The 20 days count afresh from the day they arrived (Tue 24 Nov), St Andrew's Day left out: due Wed 23 Dec.
    expect(started).toMatchObject({ status: 'open', dueOn: '2026-12-23' });

    const follow = await itemId(backend, '<sar-1@example.org>');
    const linked = await backend.value('requests:link', { requestId: logged.id, itemId: follow, role: 'other' });
    expect(linked.items.map((item) => item.role).sort()).toEqual(['other', 'request']);

    const wrong = await backend.call('requests:step', {
      requestId: logged.id,
      step: { kind: 'refused', on: '2026-11-24', grounds: ['manifestly-excessive'] },
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const refused = await backend.value('requests:step', {
      requestId: logged.id,
      step: { kind: 'refused', on: '2026-11-24', grounds: ['s43'] },
    });
    expect(refused.statusText).toBe('Refused: s.43 Commercial interests or trade secrets');
    expect(refused.steps.map((step) => step.summary)).toEqual([
      expect.stringContaining('logged as an FOI request'),
      'clock stopped, waiting for a name and address',
      expect.stringContaining('clock running; due Wed 23 Dec 2026'),
      'refused Tue 24 Nov 2026: s.43 Commercial interests or trade secrets',
    ]);
  });

  it('keeps subject access clarifications as a pause, lists overdue requests and keeps the closure days', async () => {
    const backend = await start();
    arriveRequests(backend);
    const sar = await itemId(backend, '<sar-1@example.org>');
    const logged = await backend.value('requests:log', { itemId: sar, type: 'sar', receivedOn: '2026-09-01' });
    expect(logged).toMatchObject({ reference: 'SAR-2026-001', dueOn: '2026-10-01', overdue: true });
    const summary = await backend.value('requests:summary', {});
    expect(summary.overdue.map((request) => request.reference)).toEqual(['SAR-2026-001']);

    const days = await backend.value('requests:saveClosureDays', {
      days: [{ date: '2026-12-29', note: 'Office closed' }],
    });
    expect(days).toEqual([{ date: '2026-12-29', note: 'Office closed' }]);
    expect(backend.backend.store.actions.listForItem(sar).map((action) => action.kind)).toContain('request-logged');
  });

  it("gives complaints a due date from the council's target, in office days, and none without one", async () => {
    const backend = await start();
    arriveRequests(backend);
    const item = await itemId(backend, '<sar-1@example.org>');
    const before = await backend.value('requests:log', { itemId: item, type: 'complaint' });
    expect(before).toMatchObject({ reference: 'COMP-2026-001', dueOn: null, clockLabel: null });

    expect(await backend.value('requests:saveSettings', { complaintTargetWorkingDays: 10 })).toEqual({
      complaintTargetWorkingDays: 10,
    });
    expect(await backend.value('requests:settings', {})).toEqual({ complaintTargetWorkingDays: 10 });
    const recorded = () => backend.backend.store.actions.latestOfKind('settings-changed')?.details;
    expect(recorded()).toMatchObject({ changed: ['complaintTarget'], after: { complaintTargetWorkingDays: 10 } });
    // Received Mon 23 Nov 2026: ten office days on is Mon 7 Dec; a closure day on Tue 1 Dec moves it to Tue 8 Dec.
    const row = () => backend.value('requests:get', { id: before.id });
    expect(await row()).toMatchObject({ dueOn: '2026-12-07', clockLabel: 'Complaint due in 9 working days' });
    await backend.value('requests:saveClosureDays', { days: [{ date: '2026-12-01', note: 'Office closed' }] });
    expect(await row()).toMatchObject({ dueOn: '2026-12-08', clockLabel: 'Complaint due in 9 working days' });
    const mark = (await backend.value('queue:list', { status: 'all', limit: 500 })).items.find(
      (queued) => queued.id === item,
    )?.requestMark;
    expect(mark).toEqual({ reference: 'COMP-2026-001', label: 'Complaint due in 9 working days', overdue: false });

    // One received three weeks ago is overdue: the header, the handover and the badges say so.
    const foi = await itemId(backend, '<foi-1@example.org>');
    const late = await backend.value('requests:log', { itemId: foi, type: 'complaint', receivedOn: '2026-11-02' });
    expect(late).toMatchObject({ dueOn: '2026-11-16', overdue: true, clockLabel: 'Overdue by 6 working days' });
    expect((await backend.value('requests:summary', {})).overdue.map((request) => request.reference)).toEqual([
      'COMP-2026-002',
    ]);
    await backend.value('requests:step', {
      requestId: late.id,
      step: { kind: 'answered', on: '2026-11-24', sentTo: 'by post' },
    });
    expect(await backend.value('requests:report', { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({
      closed: 1,
      closedOnTime: 0,
      onTimeShare: 0,
    });

    await backend.value('requests:saveSettings', { complaintTargetWorkingDays: null });
    expect(await row()).toMatchObject({ dueOn: null, clockLabel: null });
    expect(recorded()).toMatchObject({
      before: { complaintTargetWorkingDays: 10 },
      after: { complaintTargetWorkingDays: null },
    });
  });
});
