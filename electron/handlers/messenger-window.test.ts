// The composer says which Messenger window applies, from the person's last message, and refuses a closed one.
import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../api/domain';
import { useTempDirs } from '../../testing/support/temp-dir';
import { useTestBackend, type TestBackend } from '../../testing/support/test-backend';

// The test backend's clock: Tuesday 24 Nov 2026, 10:00 in London.
const start = useTestBackend(useTempDirs());
const message = (id: string, text: string, receivedAt: string) => ({
  channel: 'facebook',
  kind: 'message',
  id,
  threadId: 't_gary',
  author: { id: 'psid_701', name: 'Gary Pritchard' },
  text,
  receivedAt,
});

async function itemWhere(backend: TestBackend, text: string): Promise<QueueItem> {
  const found = (await backend.value('queue:list', { status: 'all' })).items.find((item) => item.text === text);
  if (!found) throw new Error(`no item "${text}"`);
  return found;
}

const messengerOption = async (backend: TestBackend, text: string) =>
  (await backend.value('item:get', { id: (await itemWhere(backend, text)).id })).replyForms.find(
    (option) => option.form === 'direct-message',
  );

describe('the Messenger window in the composer', () => {
  it('counts from their last message, so an older message of theirs can still be answered, and says until when', async () => {
    const backend = await start();
    backend.arrives('demo:facebook', [
      message('m_1', 'The bins were missed', '2026-11-20T09:00:00Z'),
      message('m_2', 'Still not collected', '2026-11-24T08:15:00Z'),
    ]);
    for (const text of ['The bins were missed', 'Still not collected']) {
      expect(await messengerOption(backend, text)).toMatchObject({
        available: true,
        why: null,
        window: 'You can answer until Wednesday 25 Nov, 08:15 (24 hours after their last message).',
      });
    }
  });

  it('after 24 hours: closed without the Human Agent setting, saying what is left; open for 7 days with it', async () => {
    const backend = await start();
    backend.arrives('demo:facebook', [message('m_3', 'Hall free Saturday week?', '2026-11-20T18:02:00Z')]);
    const closed = await messengerOption(backend, 'Hall free Saturday week?');
    expect(closed).toMatchObject({
      available: false,
      window: null,
      why: 'Messenger closed on Saturday 21 Nov, 18:02, 24 hours after their last message. With the Human Agent permission (a setting of the Facebook account) the Page could answer for 7 days.',
      instead: expect.stringContaining(
        'mark it No action needed, or answer another way if Sender history has their email or phone',
      ) as string,
    });
    const item = await itemWhere(backend, 'Hall free Saturday week?');
    expect(
      await backend.call('item:reply', { id: item.id, form: 'direct-message', text: 'Yes, it is free.' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('Messenger closed on Saturday 21 Nov, 18:02') as string,
      },
    });

    const account = backend.backend.store.accounts.list().find((candidate) => candidate.key === 'demo:facebook');
    backend.backend.store.accounts.update(account!.id, { config: { humanAgent: true } });
    expect(await messengerOption(backend, 'Hall free Saturday week?')).toMatchObject({
      available: true,
      window:
        'Their 24 hours have passed: as a Human Agent reply you can answer until Friday 27 Nov, 18:02 (7 days after their last message).',
    });
    expect(
      await backend.call('item:reply', { id: item.id, form: 'direct-message', text: 'Yes, it is free.' }),
    ).toMatchObject({ ok: true });
  });
});
