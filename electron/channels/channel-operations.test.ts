import { describe, expect, it } from 'vitest';
import { channelOperationNames } from '../api/capabilities';
import {
  channelOperationSchemas,
  channelRequest,
  idempotencyKey,
  isOperationName,
  parseChannelRequest,
} from './channel-operations';

describe('channel operation schemas', () => {
  it('read back what the producers queue, unchanged', () => {
    const queued = [
      channelRequest('hide', { externalId: '123' }),
      channelRequest('unhide', { externalId: '123', reverses: 4 }),
      channelRequest('post-notice', { inReplyTo: '99', text: 'A comment was removed under our policy.' }),
      channelRequest('delete-notice', { externalId: '123', reverses: 5 }),
      channelRequest('reply', {
        externalId: '<m1@example.org>',
        form: 'email',
        to: 'ann@example.org',
        text: 'Thank you.',
        subject: null,
        inReplyTo: '<m1@example.org>',
        references: ['<m0@example.org>'],
      }),
      channelRequest('mute', { userId: '42' }),
      channelRequest('unblock', { userId: '42', reverses: 7 }),
      channelRequest('forward', { to: 'cllr@example.org', toName: 'Cllr Fenwick', subject: 'Fwd', text: 'Body' }),
    ];
    for (const request of queued)
      expect(parseChannelRequest(request.operation, JSON.parse(JSON.stringify(request.payload)))).toEqual({
        ok: true,
        request,
      });
  });

  it('keep the reference of the entry a reversal reverses, added when it is delivered', () => {
    expect(parseChannelRequest('delete-notice', { reverses: 3, reference: '77' })).toEqual({
      ok: true,
      request: { operation: 'delete-notice', payload: { reverses: 3, reference: '77' } },
    });
  });

  it('name each missing or wrong field of a bad row, without internal words', () => {
    const bad = parseChannelRequest('reply', { form: 'carrier-pigeon', text: 5 });
    expect(bad).toEqual({
      ok: false,
      message:
        'This channel action was saved incomplete (form, text), so it was not sent; do it on the channel by hand.',
    });
    expect(parseChannelRequest('hide', null)).toMatchObject({ ok: false });
    expect(parseChannelRequest('block', { externalId: '1' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('(userId)') as unknown,
    });
  });

  it('refuse an operation the console does not know', () => {
    expect(isOperationName('reply')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(parseChannelRequest('toString', {})).toEqual({
      ok: false,
      message: 'The console does not know the channel action "toString", so it was not sent.',
    });
  });

  it('cover every operation a clerk can see named', () => {
    expect(Object.keys(channelOperationSchemas).sort()).toEqual(Object.keys(channelOperationNames).sort());
  });
});

describe('idempotencyKey', () => {
  it('is the same for the same action and operation, and tells the senders of one block apart', () => {
    expect(idempotencyKey(12, 'hide')).toBe('action-12-hide');
    expect(idempotencyKey(12, 'hide')).toBe(idempotencyKey(12, 'hide'));
    expect(idempotencyKey(12, 'block', 3)).toBe('action-12-block-3');
    expect(idempotencyKey(12, 'block', 3)).not.toBe(idempotencyKey(12, 'block', 4));
  });
});
