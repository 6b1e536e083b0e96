import { describe, expect, it } from 'vitest';
import { ChannelError } from './channel-error';
import { channelCapabilities } from './capabilities';
import type { Connector } from './connector';
import { guardSecrets } from './secret-guard';

const token = 'EAAGm0PX4ZCpsBAKZA-council-page-token';
/** A careless connector that echoes its token in every message. */
const leaky: Connector = {
  connector: 'leaky',
  channel: 'facebook',
  capabilities: channelCapabilities.facebook,
  poll: () => Promise.reject(new ChannelError('auth', `Token ${token} has expired.`)),
  perform: () => Promise.resolve({ ok: false, retryable: false, message: `GET /me?access_token=${token} failed` }),
  verify: () => Promise.resolve({ ok: false, message: `Bad token ${token}` }),
};

describe('guardSecrets', () => {
  it("takes the account's secrets out of every message, keeping what kind of failure it was", async () => {
    const guarded = guardSecrets(leaky, [token]);
    await expect(guarded.poll(null)).rejects.toMatchObject({ kind: 'auth', message: 'Token •••• has expired.' });
    expect(
      await guarded.perform({
        operation: 'hide',
        itemExternalId: 'c',
        payload: { externalId: 'c' },
        idempotencyKey: 'k',
      }),
    ).toMatchObject({ message: 'GET /me?access_token=•••• failed' });
    expect(await guarded.verify()).toEqual({ ok: false, message: 'Bad token ••••' });
  });
});
