import { describe, expect, it } from 'vitest';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';
import { useTempDirs } from '../../testing/support/temp-dir';

const start = useTestBackend(useTempDirs());

async function setUp(backend: TestBackend) {
  await backend.value('settings:updatePolicy', {
    councilName: 'Ashcombe Parish Council',
    clerkEmail: 'clerk@ashcombe-pc.example.org',
  });
  await backend.value('addressBook:save', {
    contacts: [
      { id: 'fenwick', name: 'Cllr Paul Fenwick', email: 'paul.fenwick@ashcombe-pc.example.org', kind: 'councillor' },
    ],
  });
  backend.arrives('demo:email', [
    {
      channel: 'email',
      kind: 'email',
      id: '<tree@mail.example.net>',
      author: { id: 'ruth.m@example.net', name: 'Ruth Marlow', email: 'ruth.m@example.net' },
      subject: 'Fallen tree outside 12 Station Road',
      text: 'Dear Clerk,\n\nA tree has come down outside my house at 12 Station Road, AC4 7RT. Please ring me on 07700 900123 or write to ruth.m@example.net.\n\nKind regards,\nRuth Marlow',
      receivedAt: '2026-11-24T08:00:00Z',
    },
  ]);
  const item = (await backend.value('queue:list', { status: 'new', search: 'tree' })).items[0];
  if (!item) throw new Error('the email arrived');
  return item;
}

describe('forwarding to a councillor', () => {
  it("redacts the sender's name, address, phone and email by default, and records what was taken out", async () => {
    const backend = await start();
    const item = await setUp(backend);
    const preview = await backend.value('item:forwardPreview', {
      id: item.id,
      contactId: 'fenwick',
      note: 'Could you look at this before Thursday?',
    });
    expect(preview.redacted).toBe(true);
    expect(preview.text).not.toMatch(/Ruth|Marlow|07700|ruth\.m@|12 Station Road|AC4 7RT/);
    expect(preview.text).toContain('Could you look at this before Thursday?');
    expect(preview.removed.map((entry) => entry.kind).sort()).toEqual([
      'email',
      'name',
      'phone',
      'postcode',
      'street-address',
    ]);
    const detail = await backend.value('item:forward', {
      id: item.id,
      contactId: 'fenwick',
      note: 'Could you look at this before Thursday?',
    });
    expect(detail.actions.at(-1)?.summary).toMatch(
      /^Forwarded to Cllr Paul Fenwick \(paul\.fenwick@ashcombe-pc\.example\.org\), personal data redacted/,
    );
    const [entry] = backend.backend.store.outbox.forItem(item.id);
    expect(entry).toMatchObject({ operation: 'forward', payload: { to: 'paul.fenwick@ashcombe-pc.example.org' } });
    expect(String(entry?.payload.text)).not.toContain('07700 900123');
  });

  it("sends it unredacted only once the person's data consent form is recorded as received", async () => {
    const backend = await start();
    const item = await setUp(backend);
    const refused = await backend.call('item:forward', { id: item.id, contactId: 'fenwick', unredacted: true });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'policy_check',
        message: expect.stringContaining("Ruth Marlow's data consent form has not been received") as string,
      },
    });

    // The "data consent form" reply marks the form as sent; the clerk records it received.
    const consentReply = (await backend.value('templates:list', {})).find(
      (template) => template.key === 'data-consent',
    );
    await backend.value('settings:updatePolicy', { consentFormUrl: 'https://ashcombe-pc.example.org/consent' });
    const draft = await backend.value('reply:draft', { itemId: item.id, templateId: consentReply?.id ?? 0 });
    await backend.value('item:reply', { id: item.id, form: 'email', text: draft.text, templateId: consentReply?.id });
    expect((await backend.value('person:get', { id: item.personId })).consent.status).toBe('form-sent');
    await backend.value('person:consent', { id: item.personId, status: 'form-received' });

    const preview = await backend.value('item:forwardPreview', { id: item.id, contactId: 'fenwick', unredacted: true });
    expect(preview).toMatchObject({ redacted: false, consentProblem: null });
    expect(preview.text).toContain('Please ring me on 07700 900123');
    const detail = await backend.value('item:forward', { id: item.id, contactId: 'fenwick', unredacted: true });
    expect(detail.actions.at(-1)?.summary).toContain('unredacted, with the data consent form received');
  });
});
