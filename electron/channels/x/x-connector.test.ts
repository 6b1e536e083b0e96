import { createServer } from 'node:http';
import { channelOperation } from '../../../testing/support/channel-operation';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingItem } from '../../core/incoming-item';
import { ChannelError } from '../channel-error';
import type { ChannelOperation, RejectedPayload } from '../connector';
import { FakeX } from '../../../testing/fakes/x/fake-x';
import { XConnector, type XConnectorConfig } from './x-connector';

const council = { id: '1000000001', username: 'ParishCouncil', name: 'Little Mumbling Parish Council' };
const alice = { id: '2000000002', username: 'alice_m', name: 'Alice Moore' };
const bob = { id: '3000000003', username: 'bob_t', name: 'Bob Turner' };
const token = 'user-context-token-7f3a9c';

let fake: FakeX;
beforeEach(async () => {
  fake = await FakeX.start({ council, accessToken: token });
});
afterEach(() => fake.close());

const connect = (overrides: Partial<XConnectorConfig> = {}) =>
  new XConnector({ baseUrl: fake.baseUrl, accountId: council.id, accessToken: token, ...overrides });

async function pollAll(connector: XConnector, cursor: string | null) {
  const items: IncomingItem[] = [];
  const rejected: RejectedPayload[] = [];
  let polls = 0;
  for (let more = true; more; polls++) {
    const result = await connector.poll(cursor);
    items.push(...result.items);
    rejected.push(...result.rejected);
    cursor = result.nextCursor;
    more = result.more;
  }
  return { items, rejected, cursor, polls };
}

const operation = (name: string, payload: Record<string, unknown>, idempotencyKey = `key-${name}`): ChannelOperation =>
  channelOperation(name, payload, idempotencyKey);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('XConnector.poll', () => {
  it('brings mentions and direct messages in as items, threaded under what they answer', async () => {
    const post = fake.councilPost('Bin collection moves to Tuesday.');
    const mention = fake.addMention({
      from: alice,
      text: '@ParishCouncil why Tuesday? Fish & chips > bins',
      inReplyTo: post.id,
    });
    const incoming = fake.addDm({ from: bob, text: 'Can I speak at the meeting?' });
    const answer = fake.addDm({ from: council, to: bob, text: 'Yes, please register by Friday.' });

    const result = await connect().poll(null);

    expect(result).toMatchObject({ rejected: [], more: false });
    expect(result.items.find((item) => item.kind === 'mention' && !item.fromCouncil)).toEqual({
      externalId: mention.id,
      channel: 'x',
      kind: 'mention',
      author: { externalId: alice.id, name: 'Alice Moore', handle: '@alice_m', email: null, phone: null },
      subject: null,
      text: '@ParishCouncil why Tuesday? Fish & chips > bins',
      html: null,
      receivedAt: new Date(mention.created_at).toISOString(),
      threadId: post.id,
      parentExternalId: post.id,
      url: `https://x.com/alice_m/status/${mention.id}`,
      fromCouncil: false,
      expectedReasons: null,
    });
    const dms = result.items.filter((item) => item.kind === 'dm');
    expect(dms.map((item) => [item.externalId, item.author.handle, item.fromCouncil, item.threadId])).toEqual([
      [incoming.id, '@bob_t', false, `${council.id}-${bob.id}`],
      [answer.id, '@ParishCouncil', true, `${council.id}-${bob.id}`],
    ]);

    const [mentionsCall] = fake.callsTo('GET', /\/mentions$/);
    expect(mentionsCall?.path).toBe(`/2/users/${council.id}/mentions`);
    expect(mentionsCall?.query).toMatchObject({
      max_results: '100',
      'tweet.fields': 'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets',
      expansions: 'author_id,referenced_tweets.id,referenced_tweets.id.author_id',
      'user.fields': 'username,name',
    });
    expect(mentionsCall?.query.since_id).toBeUndefined();
    expect(fake.callsTo('GET', /^\/2\/dm_events$/)[0]?.query).toMatchObject({
      'dm_event.fields': 'id,text,created_at,sender_id,dm_conversation_id,event_type',
      event_types: 'MessageCreate',
      expansions: 'sender_id',
    });
  });

  it("keeps the council's own post a mention answers, as context, once; other people's posts stay out", async () => {
    const post = fake.councilPost('Bin collection moves to Tuesday.', daysAgo(40));
    const first = fake.addMention({ from: alice, text: '@ParishCouncil why Tuesday?', inReplyTo: post.id });
    const second = fake.addMention({ from: bob, text: '@ParishCouncil Tuesday suits me', inReplyTo: post.id });
    const bobsPost = fake.addMention({ from: bob, text: '@ParishCouncil the verge on Mill Lane is overgrown' });
    const aboutBob = fake.addMention({ from: alice, text: '@ParishCouncil agreed with Bob', inReplyTo: bobsPost.id });

    const result = await connect().poll(null);

    expect(result.items.map((item) => [item.externalId, item.fromCouncil, item.author.handle])).toEqual([
      [post.id, true, '@ParishCouncil'],
      [first.id, false, '@alice_m'],
      [second.id, false, '@bob_t'],
      [bobsPost.id, false, '@bob_t'],
      [aboutBob.id, false, '@alice_m'],
    ]);
    expect(result.items[0]).toMatchObject({
      text: 'Bin collection moves to Tuesday.',
      threadId: post.id,
      parentExternalId: null,
      url: `https://x.com/ParishCouncil/status/${post.id}`,
    });

    // The cursor follows the mentions only: the older council post does not move it back.
    const later = fake.addMention({ from: alice, text: '@ParishCouncil and Wednesday?', inReplyTo: post.id });
    const next = await connect().poll(result.nextCursor);
    expect(next.items.map((item) => item.externalId)).toEqual([post.id, later.id]);
  });

  it('reaches back 30 days at most on a first sync', async () => {
    fake.addMention({ from: alice, text: 'An old grumble', createdAt: daysAgo(40) });
    const recent = fake.addMention({ from: alice, text: 'A recent question' });
    const { items } = await pollAll(connect(), null);
    expect(items.map((item) => item.externalId)).toEqual([recent.id]);
  });

  it('pages through both streams, then resumes from the cursor without duplicates', async () => {
    let newestMention = '';
    for (let n = 0; n < 230; n++) newestMention = fake.addMention({ from: alice, text: `Mention ${n}` }).id;
    for (let n = 0; n < 130; n++) fake.addDm({ from: bob, text: `Message ${n}` });
    const connector = connect();

    const first = await pollAll(connector, null);
    expect(first.polls).toBe(3);
    expect(first.items).toHaveLength(360);
    expect(new Set(first.items.map((item) => item.externalId)).size).toBe(360);
    // The DM stream finished on the second poll, so the third read only mentions.
    expect(fake.callsTo('GET', /^\/2\/dm_events$/)).toHaveLength(2);
    const mentionCalls = fake.callsTo('GET', /\/mentions$/);
    expect(mentionCalls.map((call) => call.query.pagination_token === undefined)).toEqual([true, false, false]);
    // One pass keeps the first sync's 30-day start and no since_id on every page.
    expect(new Set(mentionCalls.map((call) => call.query.start_time)).size).toBe(1);
    expect(mentionCalls.every((call) => call.query.start_time && call.query.since_id === undefined)).toBe(true);

    const newMention = fake.addMention({ from: bob, text: 'One more thing' });
    const newDm = fake.addDm({ from: alice, text: 'And another' });
    const next = await pollAll(connector, first.cursor);
    expect(next.items.map((item) => item.externalId).sort()).toEqual([newMention.id, newDm.id].sort());
    expect(fake.callsTo('GET', /\/mentions$/).at(-1)?.query.since_id).toBe(newestMention);

    expect((await pollAll(connector, next.cursor)).items).toEqual([]);
  });

  it('stops a first sync at 500 items per stream, then only moves forward', async () => {
    for (let n = 0; n < 620; n++) fake.addMention({ from: alice, text: `Mention ${n}` });
    const connector = connect();
    const first = await pollAll(connector, null);
    expect(first.items).toHaveLength(500);
    const later = fake.addMention({ from: bob, text: 'After the first sync' });
    expect((await pollAll(connector, first.cursor)).items.map((item) => item.externalId)).toEqual([later.id]);
  });

  it('rejects a malformed mention and a partial error while the rest of the page arrives, once', async () => {
    const before = fake.addMention({ from: alice, text: 'Fine' });
    fake.addMalformedMention({ text: 'no author, no date', edit_history_tweet_ids: [] });
    const after = fake.addMention({ from: bob, text: 'Also fine' });
    fake.addPartialError('mentions', {
      value: '1799999999999999999',
      detail: 'Sorry, you are not authorized to see the Tweet with ids: [1799999999999999999].',
      title: 'Authorization Error',
      resource_type: 'tweet',
      parameter: 'id',
      resource_id: '1799999999999999999',
      type: 'https://api.x.com/2/problems/not-authorized-for-resource',
    });
    const connector = connect();

    const result = await connector.poll(null);
    expect(result.items.map((item) => item.externalId)).toEqual([before.id, after.id]);
    expect(result.rejected).toHaveLength(2);
    expect(result.rejected[0]?.raw).toContain('no author, no date');
    expect(result.rejected[0]?.error).toMatch(/^X sent a mention that could not be read: .*author_id/);
    expect(result.rejected[1]?.error).toBe(
      'X could not return tweet 1799999999999999999 with this page: Sorry, you are not authorized to see the Tweet with ids: [1799999999999999999].',
    );
    expect((await connector.poll(result.nextCursor)).rejected).toEqual([]);
  });

  it('rejects a malformed direct message once while the others arrive', async () => {
    const good = fake.addDm({ from: bob, text: 'Hello' });
    fake.addMalformedDm({ id: '1900000000000000000', event_type: 'MessageCreate', text: 'who sent me?' });
    const connector = connect();
    const result = await connector.poll(null);
    expect(result.items.map((item) => item.externalId)).toEqual([good.id]);
    expect(result.rejected).toEqual([
      {
        raw: expect.stringContaining('who sent me?'),
        error: expect.stringMatching(
          /^X sent a direct message \(1900000000000000000\) that could not be read: .*sender_id/,
        ),
      },
    ]);
    expect((await connector.poll(result.nextCursor)).rejected).toEqual([]);
  });

  it('keeps a mention whose author X could not expand, under the author id', async () => {
    const mention = fake.addMention({ from: alice, text: 'From a suspended account' });
    fake.users.delete(alice.id);
    const [item] = (await connect().poll(null)).items;
    expect(item?.author).toEqual({
      externalId: alice.id,
      name: `X user ${alice.id}`,
      handle: null,
      email: null,
      phone: null,
    });
    expect(item?.url).toBe(`https://x.com/i/web/status/${mention.id}`);
  });
});

describe('XConnector.perform', () => {
  it("hides and unhides a reply in the council's conversation", async () => {
    const post = fake.councilPost('Parish newsletter is out.');
    const reply = fake.addMention({ from: alice, text: 'Rubbish', inReplyTo: post.id });
    const connector = connect();

    expect(await connector.perform(operation('hide', { externalId: reply.id }))).toEqual({ ok: true, reference: null });
    expect(fake.tweets.get(reply.id)?.hidden).toBe(true);
    expect(await connector.perform(operation('hide', { externalId: reply.id }))).toMatchObject({ ok: true });
    expect(fake.callsTo('PUT', /\/hidden$/)[0]?.body).toEqual({ hidden: true });

    expect(await connector.perform(operation('unhide', { externalId: reply.id }))).toMatchObject({ ok: true });
    expect(fake.tweets.get(reply.id)?.hidden).toBe(false);
  });

  it("reports a hide outside the council's conversations as a permission problem", async () => {
    const mention = fake.addMention({ from: alice, text: '@ParishCouncil hello' });
    const result = await connect().perform(operation('hide', { externalId: mention.id }));
    expect(result).toMatchObject({ ok: false, kind: 'permission', retryable: false });
    expect(!result.ok && result.message).toMatch(/^X refused to hide the reply: You can only hide/);
  });

  it('posts a public reply once, however often it is retried', async () => {
    const mention = fake.addMention({ from: alice, text: '@ParishCouncil when is the next meeting?' });
    const connector = connect();
    const reply = operation(
      'reply',
      { externalId: mention.id, form: 'public-reply', to: alice.id, text: 'Thursday at 7pm in the village hall.' },
      'action-7-reply',
    );

    const first = await connector.perform(reply);
    const retry = await connector.perform(reply);

    expect(first).toMatchObject({ ok: true });
    expect(retry).toEqual(first);
    const replies = fake.councilTweets().filter((tweet) => tweet.referenced_tweets?.[0]?.id === mention.id);
    expect(replies.map((tweet) => [tweet.id, tweet.text])).toEqual([
      [first.ok && first.reference, 'Thursday at 7pm in the village hall.'],
    ]);
    expect(fake.callsTo('POST', /^\/2\/tweets$/)[0]?.body).toEqual({
      text: 'Thursday at 7pm in the village hall.',
      reply: { in_reply_to_tweet_id: mention.id },
    });
  });

  it('posts a removal notice and deletes it again, also when it is already gone', async () => {
    const post = fake.councilPost('Road closure on Church Lane.');
    const connector = connect();
    const notice = 'A post has been removed under our Social Media Policy.';

    const posted = await connector.perform(operation('post-notice', { inReplyTo: post.id, text: notice }));
    const reference = posted.ok ? posted.reference : null;
    expect(fake.tweets.get(reference ?? '')).toMatchObject({
      text: notice,
      referenced_tweets: [{ type: 'replied_to', id: post.id }],
    });

    expect(await connector.perform(operation('delete-notice', { externalId: post.id, reference }))).toEqual({
      ok: true,
      reference,
    });
    expect(fake.tweets.get(reference ?? '')?.deleted).toBe(true);
    expect(await connector.perform(operation('delete-notice', { externalId: post.id, reference }))).toMatchObject({
      ok: true,
    });
  });

  it('refuses, rather than claims, a notice X holds to be a duplicate of one posted elsewhere', async () => {
    const first = fake.councilPost('Fete on Saturday.');
    const second = fake.councilPost('Fete moved to Sunday.');
    const connector = connect();
    const notice = 'A post has been removed under our Social Media Policy.';
    await connector.perform(operation('post-notice', { inReplyTo: first.id, text: notice }, 'action-1-post-notice'));

    const result = await connector.perform(
      operation('post-notice', { inReplyTo: second.id, text: notice }, 'action-2-post-notice'),
    );

    expect(result).toMatchObject({ ok: false, kind: 'rejected', retryable: false });
    expect(!result.ok && result.message).toMatch(/posted the same text recently elsewhere/);
    expect(fake.councilTweets().filter((tweet) => tweet.text === notice)).toHaveLength(1);
  });

  it('sends a direct message once per retry, and again once the person has written back', async () => {
    fake.addDm({ from: bob, text: 'How do I join the allotment list?' });
    const connector = connect();
    const reply = operation(
      'reply',
      { externalId: 'x', form: 'direct-message', to: bob.id, text: 'Email the clerk with your address.' },
      'action-9-reply',
    );

    const first = await connector.perform(reply);
    expect(await connector.perform(reply)).toEqual(first);
    expect(fake.sentDms().map((event) => [event.id, event.text])).toEqual([
      [first.ok && first.reference, 'Email the clerk with your address.'],
    ]);
    expect(fake.callsTo('POST', /\/messages$/)[0]?.path).toBe(`/2/dm_conversations/with/${bob.id}/messages`);

    fake.addDm({ from: bob, text: 'Sorry, which email?' });
    await connector.perform({ ...reply, idempotencyKey: 'action-10-reply' });
    expect(fake.sentDms()).toHaveLength(2);
  });

  it('mutes and unmutes an account for the council', async () => {
    const connector = connect();
    expect(await connector.perform(operation('mute', { userId: alice.id }))).toEqual({ ok: true, reference: null });
    expect(fake.mutes.has(alice.id)).toBe(true);
    expect(fake.callsTo('POST', /\/muting$/)[0]).toMatchObject({
      path: `/2/users/${council.id}/muting`,
      body: { target_user_id: alice.id },
    });
    expect(await connector.perform(operation('unmute', { userId: alice.id }))).toMatchObject({ ok: true });
    expect(fake.mutes.has(alice.id)).toBe(false);
    expect(fake.callsTo('DELETE', /\/muting\//)[0]?.path).toBe(`/2/users/${council.id}/muting/${alice.id}`);
  });

  it('refuses what X does not let apps do, without calling X', async () => {
    const connector = connect();
    const block = await connector.perform(operation('block', { userId: alice.id }));
    expect(block).toMatchObject({ ok: false, kind: 'rejected', retryable: false });
    expect(!block.ok && block.message).toMatch(/X no longer lets apps block/);
    expect(await connector.perform(operation('unblock', { userId: alice.id }))).toMatchObject({
      ok: false,
      kind: 'rejected',
    });
    expect(await connector.perform(operation('delete', { externalId: '123' }))).toMatchObject({
      ok: false,
      kind: 'rejected',
    });
    expect(await connector.perform(operation('move-to-folder', { externalId: '123' }))).toMatchObject({
      ok: false,
      kind: 'rejected',
    });
    expect(
      await connector.perform(operation('reply', { externalId: '123', form: 'email', to: 'a@b.c', text: 'Hi' })),
    ).toMatchObject({ ok: false, kind: 'rejected' });
    expect(fake.calls).toEqual([]);
  });
});

describe('XConnector errors', () => {
  it('turns a 429 into a rate limit that waits until x-rate-limit-reset', async () => {
    const now = Date.now();
    fake.rateLimitResetAt = Math.floor(now / 1000) + 120;
    const connector = connect({ now: () => new Date(now) });
    const wait = fake.rateLimitResetAt * 1000 - now;

    fake.failNext(1, '429');
    const error = await connector.poll(null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: wait, retryable: true });

    fake.failNext(1, '429');
    expect(await connector.perform(operation('mute', { userId: alice.id }))).toEqual({
      ok: false,
      kind: 'rate-limit',
      retryable: true,
      retryAfterMs: wait,
      message:
        "X's rate limit was reached while trying to mute the account; the console will try again in about 2 minutes.",
    });
    expect((await connector.poll(null)).items).toEqual([]);
  });

  it('turns a wrong or expired token into an auth failure that asks to reconnect', async () => {
    const error = await connect({ accessToken: 'not-the-token' })
      .poll(null)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    expect((error as Error).message).toMatch(/Reconnect the X account/);
    expect((error as Error).message).not.toContain('not-the-token');

    fake.failNext(1, '401');
    expect(await connect().perform(operation('unmute', { userId: alice.id }))).toMatchObject({
      ok: false,
      kind: 'auth',
      retryable: false,
    });
  });

  it('treats a server error as worth retrying', async () => {
    fake.failNext(1, '500');
    await expect(connect().poll(null)).rejects.toMatchObject({ kind: 'network', retryable: true });
  });
});

describe('XConnector.verify', () => {
  it('names the connected account', async () => {
    expect(await connect().verify()).toEqual({ ok: true, detail: 'Connected to X as @ParishCouncil.' });
  });

  it('says when the token is wrong or belongs to another account', async () => {
    const wrong = await connect({ accessToken: 'expired' }).verify();
    expect(wrong).toEqual({
      ok: false,
      message:
        "X no longer accepts the council's sign-in (the access token is wrong or has expired; without a refresh token it lasts two hours). Reconnect the X account under Settings, signed in as the council.",
    });
    const other = await connect({ accountId: '999' }).verify();
    expect(other).toMatchObject({
      ok: false,
      message: expect.stringMatching(/belongs to @ParishCouncil, not to the council's account/),
    });
  });

  it('says when X cannot be found or refuses the connection', async () => {
    const missing = await connect({ baseUrl: 'http://nonexistent.invalid' }).verify();
    expect(missing).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^X \(nonexistent\.invalid\) could not be found \(host not found\)/),
    });

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await connect({ baseUrl: `http://127.0.0.1:${port}` }).verify();
    expect(refused).toMatchObject({
      ok: false,
      message: `Could not reach X (127.0.0.1:${port}). Check the internet connection and any firewall or proxy; the console will try again.`,
    });
  });
});

describe('XConnector sign-in renewal', () => {
  const app = { clientId: 'council-x-app-client-id' };
  let renewing: FakeX;
  beforeEach(async () => {
    renewing = await FakeX.start({ council, accessToken: token, refreshToken: 'refresh-0-abcdef', ...app });
  });
  afterEach(() => renewing.close());

  /** A saved account's connector: it renews and hands each new pair to `saved`. */
  function renewingConnector(
    saved: { accessToken: string; refreshToken: string }[],
    overrides: { refreshToken?: string; clientSecret?: string } = {},
  ) {
    return new XConnector({
      baseUrl: renewing.baseUrl,
      accountId: council.id,
      accessToken: token,
      renewal: {
        refreshToken: 'refresh-0-abcdef',
        clientId: app.clientId,
        onRenewed: (tokens) => saved.push(tokens),
        ...overrides,
      },
    });
  }

  it('renews an expired access token with the refresh token, saves the new pair, and goes on', async () => {
    renewing.addMention({ from: alice, text: '@ParishCouncil potholes again' });
    const saved: { accessToken: string; refreshToken: string }[] = [];
    const connector = renewingConnector(saved);
    renewing.expireAccessToken();

    const result = await connector.poll(null);

    expect(result.items.map((item) => item.text)).toEqual(['@ParishCouncil potholes again']);
    expect(renewing.renewals).toBe(1);
    expect(saved).toEqual([{ accessToken: renewing.accessToken, refreshToken: renewing.refreshToken }]);
    expect(saved[0]?.refreshToken).not.toBe('refresh-0-abcdef');
    // The next call uses the new token: no second renewal.
    await connector.poll(result.nextCursor);
    expect(renewing.renewals).toBe(1);
  });

  it('renews once when the poller and the outbox find the token expired at the same time', async () => {
    const post = renewing.councilPost('Parish newsletter is out.');
    const reply = renewing.addMention({ from: alice, text: 'Rubbish', inReplyTo: post.id });
    const saved: { accessToken: string; refreshToken: string }[] = [];
    const connector = renewingConnector(saved);
    renewing.expireAccessToken();

    const [polled, hidden, muted] = await Promise.all([
      connector.poll(null),
      connector.perform(operation('hide', { externalId: reply.id })),
      connector.perform(operation('mute', { userId: bob.id })),
    ]);

    expect(polled.items.map((item) => item.externalId)).toEqual([post.id, reply.id]);
    expect(hidden).toMatchObject({ ok: true });
    expect(muted).toMatchObject({ ok: true });
    expect(renewing.renewals).toBe(1);
    expect(saved).toHaveLength(1);
  });

  it('asks to reconnect when X refuses the refresh token, without showing it', async () => {
    const connector = renewingConnector([], { refreshToken: 'refresh-already-used-99' });
    renewing.expireAccessToken();

    const error = await connector.poll(null).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    expect((error as Error).message).toMatch(/^X refused to renew the council's sign-in .* Reconnect the X account/);
    expect((error as Error).message).not.toContain('refresh-already-used-99');
    expect(renewing.renewals).toBe(0);
  });

  it('names a confidential X app by Basic auth, not in the form', async () => {
    const confidential = await FakeX.start({
      council,
      accessToken: token,
      refreshToken: 'refresh-0-abcdef',
      clientId: app.clientId,
      clientSecret: 's3cret-of-the-app',
    });
    try {
      const saved: { accessToken: string; refreshToken: string }[] = [];
      const connector = new XConnector({
        baseUrl: confidential.baseUrl,
        accountId: council.id,
        accessToken: token,
        renewal: {
          refreshToken: 'refresh-0-abcdef',
          clientId: app.clientId,
          clientSecret: 's3cret-of-the-app',
          onRenewed: (tokens) => saved.push(tokens),
        },
      });
      confidential.expireAccessToken();
      expect(await connector.verify()).toEqual({ ok: true, detail: 'Connected to X as @ParishCouncil.' });
      expect(confidential.renewals).toBe(1);

      const wrongSecret = new XConnector({
        baseUrl: confidential.baseUrl,
        accountId: council.id,
        accessToken: 'stale',
        renewal: {
          refreshToken: confidential.refreshToken ?? '',
          clientId: app.clientId,
          clientSecret: 'not-it',
          onRenewed: () => undefined,
        },
      });
      expect(await wrongSecret.verify()).toMatchObject({
        ok: false,
        message: expect.stringMatching(/refused to renew/),
      });
    } finally {
      await confidential.close();
    }
  });

  it('does not renew without a saved account (Test connection before Save keeps the refresh token unused)', async () => {
    renewing.expireAccessToken();
    const unsaved = new XConnector({ baseUrl: renewing.baseUrl, accountId: council.id, accessToken: token });
    expect(await unsaved.verify()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/without a refresh token it lasts two hours/),
    });
    expect(renewing.renewals).toBe(0);
  });
});
