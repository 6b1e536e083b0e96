import { describe, expect, it } from 'vitest';
import { billableUses } from './x-billing';

describe('what an X answer costs', () => {
  it('bills each post and profile returned, in data and includes, and nothing for a refusal', () => {
    const page = {
      data: [{ id: '11' }, { id: '12' }],
      includes: { users: [{ id: '7' }], tweets: [{ id: '9' }] },
      meta: {},
    };
    expect(billableUses('GET', '/2/users/1/mentions', 200, undefined, page, '1')).toEqual([
      { kind: 'post-read', resourceId: '11' },
      { kind: 'post-read', resourceId: '12' },
      { kind: 'post-read', resourceId: '9' },
      { kind: 'user-read', resourceId: '7' },
    ]);
    expect(billableUses('GET', '/2/users/1/mentions', 429, undefined, page, '1')).toEqual([]);
    expect(billableUses('GET', '/2/users/1/mentions', 200, undefined, { meta: { result_count: 0 } }, '1')).toEqual([]);
  });

  it('tells the council’s own posts, direct messages and the sign-in check apart', () => {
    expect(billableUses('GET', '/2/users/1/tweets', 200, undefined, { data: [{ id: '5' }] }, '1')).toEqual([
      { kind: 'own-post-read', resourceId: '5' },
    ]);
    expect(billableUses('GET', '/2/dm_events', 200, undefined, { data: [{ id: '8' }] }, '1')).toEqual([
      { kind: 'dm-event-read', resourceId: '8' },
    ]);
    expect(billableUses('GET', '/2/users/me', 200, undefined, { data: { id: '1' } }, '1')).toEqual([
      { kind: 'user-read', resourceId: '1' },
    ]);
  });

  it('bills a post per request, more when it carries a link, and a direct message per request', () => {
    expect(
      billableUses('POST', '/2/tweets', 201, { text: 'Thank you, passed to the clerk.' }, { data: { id: '3' } }, '1'),
    ).toEqual([{ kind: 'post-create', resourceId: null }]);
    expect(
      billableUses(
        'POST',
        '/2/tweets',
        201,
        { text: 'Our policy: https://ashcombe-pc.example.org/policy' },
        { data: { id: '4' } },
        '1',
      ),
    ).toEqual([{ kind: 'post-create-with-url', resourceId: null }]);
    expect(
      billableUses(
        'POST',
        '/2/tweets',
        201,
        { text: 'Email clerk@ashcombe-pc.example.org' },
        { data: { id: '5' } },
        '1',
      ),
    ).toEqual([{ kind: 'post-create', resourceId: null }]);
    expect(
      billableUses('POST', '/2/dm_conversations/with/7/messages', 201, { text: 'Hello' }, { data: {} }, '1'),
    ).toEqual([{ kind: 'dm-create', resourceId: null }]);
    expect(billableUses('PUT', '/2/tweets/3/hidden', 200, { hidden: true }, { data: { hidden: true } }, '1')).toEqual(
      [],
    );
  });
});
