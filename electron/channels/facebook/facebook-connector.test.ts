import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOperation } from '../../../testing/support/channel-operation';
import { ChannelError } from '../channel-error';
import type { ChannelOperation, PollResult } from '../connector';
import { FacebookConnector } from './facebook-connector';
import { FakeGraph } from '../../../testing/fakes/facebook/fake-graph';

const now = new Date('2025-06-02T12:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const days = 24 * 60;
const ann = { id: '501', name: 'Ann Example' };
const bob = { id: '502', name: 'Bob Example' };

let fake: FakeGraph;
let baseUrl: string;

beforeEach(async () => {
  fake = new FakeGraph({
    pageId: '1000',
    pageName: 'Little Snoring Parish Council',
    accessToken: 'page-token',
    now: () => now,
  });
  baseUrl = await fake.start();
});
afterEach(async () => {
  // Every test here doubles as proof that the connector uses nothing Graph stopped serving to new apps.
  expect(fake.legacyRefusals).toEqual([]);
  await fake.close();
});

function connector(overrides: { baseUrl?: string; accessToken?: string; pageId?: string } = {}): FacebookConnector {
  return new FacebookConnector({ baseUrl, pageId: '1000', accessToken: 'page-token', now: () => now, ...overrides });
}

function operation(name: string, payload: Record<string, unknown>, key = `key-${name}`): ChannelOperation {
  return channelOperation(name, payload, key);
}

async function pollError(facebook: FacebookConnector): Promise<ChannelError> {
  const error: unknown = await facebook.poll(null).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

const ids = (result: PollResult) => result.items.map((item) => item.externalId);

describe('FacebookConnector.poll', () => {
  it('reads posts, comments and Messenger messages of the last 30 days on a first sync', async () => {
    fake.addPost({ message: 'Old notice', at: ago(40 * days) });
    const post = fake.addPost({ message: 'Road closure on Church Lane', at: ago(120) });
    const visitorPost = fake.addPost({ message: 'Who mows the green?', at: ago(100), from: bob });
    const comment = fake.addComment(post, { message: 'About time', at: ago(90), from: ann });
    const reply = fake.addComment(post, { message: 'Agreed', at: ago(80), from: bob, parentId: comment });
    const anonymous = fake.addComment(post, { message: 'Shame', at: ago(70), from: null });
    const question = fake.addMessage(ann, { text: 'When is the next meeting?', at: ago(60) });
    const answer = fake.addMessage(ann, { text: 'Tuesday at 7pm.', at: ago(50), fromPage: true });

    const result = await connector().poll(null);

    expect(ids(result)).toEqual([post, visitorPost, comment, reply, anonymous, question, answer]);
    expect(result).toMatchObject({ rejected: [], more: false });
    const byId = new Map(result.items.map((item) => [item.externalId, item]));
    expect(byId.get(post)).toMatchObject({
      kind: 'comment',
      fromCouncil: true,
      threadId: post,
      parentExternalId: null,
      text: 'Road closure on Church Lane',
    });
    expect(byId.get(post)?.author).toMatchObject({ externalId: '1000', name: 'Little Snoring Parish Council' });
    expect(byId.get(visitorPost)).toMatchObject({ fromCouncil: false, threadId: visitorPost });
    expect(byId.get(comment)).toMatchObject({
      channel: 'facebook',
      kind: 'comment',
      threadId: post,
      parentExternalId: post,
      receivedAt: ago(90).toISOString(),
      url: `https://www.facebook.com/${post}?comment_id=${comment}`,
      fromCouncil: false,
      html: null,
      subject: null,
      expectedReasons: null,
    });
    expect(byId.get(reply)).toMatchObject({ parentExternalId: comment, threadId: post });
    expect(byId.get(anonymous)?.author).toEqual({
      externalId: `unknown:${anonymous}`,
      name: 'Facebook user',
      handle: null,
      email: null,
      phone: null,
    });
    const conversation = fake.state.conversations[0]!.id;
    expect(byId.get(question)).toMatchObject({
      kind: 'message',
      threadId: conversation,
      fromCouncil: false,
      author: { externalId: ann.id, name: ann.name },
    });
    expect(byId.get(answer)).toMatchObject({ kind: 'message', fromCouncil: true });
    expect(fake.calls.find((call) => call.path.endsWith('/comments'))?.params.get('filter')).toBe('stream');
  });

  it('follows paging across comments and conversations', async () => {
    const post = fake.addPost({ message: 'Parish plan consultation', at: ago(600) });
    for (let index = 0; index < 130; index++)
      fake.addComment(post, { message: `Comment ${index}`, at: ago(500 - index), from: ann });
    for (let index = 0; index < 30; index++)
      fake.addMessage({ id: `6${index}`, name: `Person ${index}` }, { text: `Hello ${index}`, at: ago(400 - index) });
    // One long conversation: its first 25 messages come nested, the rest from /{conversation-id}/messages.
    for (let index = 0; index < 40; index++)
      fake.addMessage(bob, { text: `Chat ${index}`, at: ago(300 - index), fromPage: index % 2 === 1 });

    const result = await connector().poll(null);

    expect(result.items).toHaveLength(1 + 130 + 30 + 40);
    expect(new Set(ids(result)).size).toBe(201);
    expect(fake.callsTo('GET', `${post}/comments`)).toBe(2);
    expect(fake.callsTo('GET', '1000/conversations')).toBe(2);
    expect(fake.callsTo('GET', '/messages')).toBe(1);
  });

  it('resumes from its cursor without repeating items, including one that shows up late', async () => {
    const post = fake.addPost({ message: 'Allotments', at: ago(300) });
    fake.addComment(post, { message: 'First', at: ago(200), from: ann });
    const facebook = connector();
    const first = await facebook.poll(null);
    expect(first.items).toHaveLength(2);

    expect((await facebook.poll(first.nextCursor)).items).toEqual([]);

    const late = fake.addComment(post, { message: 'Written earlier, shown now', at: ago(205), from: bob });
    const fresh = fake.addComment(post, { message: 'New', at: ago(10), from: ann });
    const message = fake.addMessage(bob, { text: 'Bins not collected', at: ago(5) });
    const second = await facebook.poll(first.nextCursor);
    expect(ids(second)).toEqual([late, fresh, message]);

    const third = await facebook.poll(second.nextCursor);
    expect(third.items).toEqual([]);
  });

  it('pages forward 500 items at a time after the first sync', async () => {
    const post = fake.addPost({ message: 'Fete', at: ago(2000) });
    const facebook = connector();
    const first = await facebook.poll(null);
    for (let index = 0; index < 520; index++)
      fake.addComment(post, { message: `Fete ${index}`, at: ago(1500 - index), from: ann });

    const second = await facebook.poll(first.nextCursor);
    expect(second.items).toHaveLength(500);
    expect(second.more).toBe(true);
    const third = await facebook.poll(second.nextCursor);
    expect(third.items).toHaveLength(20);
    expect(third.more).toBe(false);
    expect(new Set([...ids(second), ...ids(third)]).size).toBe(520);
  });

  it('sets malformed comments aside, once, while the rest of the page arrives', async () => {
    const post = fake.addPost({ message: 'Speed watch', at: ago(300) });
    const good = fake.addComment(post, { message: 'Good idea', at: ago(200), from: ann });
    fake.addMalformedComment(post, { message: 42, created_time: '2025-06-02T09:00:00+0000', from: ann }, ago(180));
    const undated = fake.addMalformedComment(post, { message: 'No date' }, ago(170));
    const after = fake.addComment(post, { message: 'Count me in', at: ago(160), from: bob });

    const result = await connector().poll(null);

    expect(ids(result)).toEqual([post, good, after]);
    expect(result.rejected).toHaveLength(2);
    expect(result.rejected[0]?.error).toMatch(/message/);
    expect(JSON.parse(result.rejected[0]!.raw)).toMatchObject({ message: 42 });
    expect(result.rejected[1]?.error).toMatch(new RegExp(`comment ${undated}.*created_time`));
    expect((await connector().poll(result.nextCursor)).rejected).toEqual([]);
  });

  it('sets aside a post whose comments Facebook will not list, and reads the rest', async () => {
    const gone = fake.addPost({ message: 'Deleted meanwhile', at: ago(300) });
    const kept = fake.addPost({ message: 'Still here', at: ago(200) });
    const comment = fake.addComment(kept, { message: 'Hello', at: ago(100), from: ann });
    const refusing: typeof fetch = (input, init) =>
      String(input).includes(`/${gone}/comments`)
        ? Promise.resolve(
            new Response(
              JSON.stringify({
                error: {
                  message: 'Unsupported get request.',
                  type: 'GraphMethodException',
                  code: 100,
                  error_subcode: 33,
                },
              }),
              { status: 400 },
            ),
          )
        : fetch(input, init);
    const facebook = new FacebookConnector({
      baseUrl,
      pageId: '1000',
      accessToken: 'page-token',
      fetch: refusing,
      now: () => now,
    });

    const result = await facebook.poll(null);

    expect(ids(result)).toEqual([gone, kept, comment]);
    expect(result.rejected).toEqual([
      {
        raw: JSON.stringify({ post: gone }),
        error: expect.stringMatching(new RegExp(`post ${gone} could not be read`)),
      },
    ]);
    expect((await facebook.poll(result.nextCursor)).rejected).toEqual([]);
  });

  it("maps throttling to rate-limit with Facebook's own wait, and an expired token to auth", async () => {
    fake.failNext(1, 'page-limit', 7);
    const throttled = await pollError(connector());
    expect(throttled).toMatchObject({ kind: 'rate-limit', retryAfterMs: 7 * 60_000 });

    fake.failNext(1, 'too-many-requests');
    expect(await pollError(connector())).toMatchObject({ kind: 'rate-limit', retryAfterMs: 60_000 });

    fake.expireToken();
    const expired = await pollError(connector());
    expect(expired.kind).toBe('auth');
    expect(expired.message).toMatch(/expired/);
  });

  it('never follows a next page that points away from the Graph API host', async () => {
    const asked: string[] = [];
    const answer = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    const redirected: typeof fetch = (input) => {
      const url = String(input);
      asked.push(url);
      return Promise.resolve(
        url.includes('/feed')
          ? answer({ data: [], paging: { next: 'https://elsewhere.example/v27.0/1000/feed?after=x' } })
          : answer({ data: [] }),
      );
    };
    const facebook = new FacebookConnector({
      baseUrl: 'https://graph.facebook.com/v27.0',
      pageId: '1000',
      accessToken: 'page-token',
      fetch: redirected,
      now: () => now,
    });
    expect(await pollError(facebook)).toMatchObject({
      kind: 'unexpected',
      message: expect.stringMatching(/elsewhere\.example/),
    });
    expect(asked.some((url) => url.includes('elsewhere'))).toBe(false);
  });

  it('maps a wrong token to auth without ever repeating it', async () => {
    const error = await pollError(connector({ accessToken: 'not-the-token' }));
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/wrong or has been revoked/);
    expect(error.message).not.toContain('not-the-token');
  });
});

describe('FacebookConnector.perform', () => {
  let post: string;
  let comment: string;

  beforeEach(() => {
    post = fake.addPost({ message: 'Village hall bookings', at: ago(300) });
    comment = fake.addComment(post, { message: 'Rude words', at: ago(200), from: ann });
  });

  const stored = (id: string) => fake.state.comments.find((candidate) => candidate.id === id);
  const pageComments = () => fake.state.comments.filter((candidate) => candidate.from?.id === '1000');

  it('hides and unhides a comment, and deletes it once', async () => {
    const facebook = connector();
    expect(await facebook.perform(operation('hide', { externalId: comment }))).toEqual({
      ok: true,
      reference: comment,
    });
    expect(stored(comment)?.hidden).toBe(true);
    await facebook.perform(operation('unhide', { externalId: comment }));
    expect(stored(comment)?.hidden).toBe(false);

    expect(await facebook.perform(operation('delete', { externalId: comment }))).toMatchObject({ ok: true });
    expect(stored(comment)?.deleted).toBe(true);
    // A retry after a lost answer finds the comment gone: that counts as done.
    expect(await connector().perform(operation('delete', { externalId: comment }))).toMatchObject({ ok: true });
  });

  it('posts a removal notice once per key and deletes it by its reference', async () => {
    const notice = operation('post-notice', { inReplyTo: post, text: 'A comment has been removed under our policy.' });
    const first = await connector().perform(notice);
    const retried = await connector().perform(notice);
    expect(first).toMatchObject({ ok: true });
    expect(retried).toEqual(first);
    expect(pageComments()).toHaveLength(1);
    expect(pageComments()[0]).toMatchObject({ postId: post, parentId: null });

    const reference = first.ok ? first.reference : null;
    expect(await connector().perform(operation('delete-notice', { externalId: comment, reference }))).toMatchObject({
      ok: true,
    });
    expect(stored(reference ?? '')?.deleted).toBe(true);
  });

  it('replies publicly under the comment, once per key', async () => {
    const reply = operation('reply', {
      externalId: comment,
      form: 'public-reply',
      to: ann.id,
      text: 'Please keep it civil.',
    });
    await connector().perform(reply);
    await connector().perform(reply);
    expect(pageComments()).toEqual([expect.objectContaining({ parentId: comment, message: 'Please keep it civil.' })]);
  });

  it('sends one private reply per comment, as Facebook allows', async () => {
    const reply = operation('reply', {
      externalId: comment,
      form: 'private-reply',
      to: ann.id,
      text: 'We removed your comment.',
    });
    expect(await connector().perform(reply)).toMatchObject({ ok: true });
    expect(await connector().perform(reply)).toMatchObject({ ok: true });
    expect([...fake.state.privateReplies]).toEqual([[comment, 'We removed your comment.']]);
    expect(fake.state.conversations[0]?.messages).toHaveLength(1);

    const old = fake.addComment(post, { message: 'Old', at: ago(8 * days), from: bob });
    const tooLate = await connector().perform(
      operation('reply', { externalId: old, form: 'private-reply', to: bob.id, text: 'Hello' }),
    );
    expect(tooLate).toMatchObject({ ok: false, kind: 'rejected', retryable: false });
    expect(tooLate.ok ? '' : tooLate.message).toMatch(/7 days/);
  });

  it('answers a Messenger message once, finding the sender when no recipient is given', async () => {
    const question = fake.addMessage(bob, { text: 'Is the hall free on Friday?', at: ago(30) });
    const reply = operation('reply', { externalId: question, form: 'direct-message', text: 'Yes, from 6pm.' });
    const first = await connector().perform(reply);
    const retried = await connector().perform(reply);
    expect(first).toMatchObject({ ok: true });
    expect(retried).toEqual(first);
    const messages = fake.state.conversations[0]?.messages ?? [];
    expect(messages.map((message) => [message.from.id, message.text])).toEqual([
      [bob.id, 'Is the hall free on Friday?'],
      ['1000', 'Yes, from 6pm.'],
    ]);

    const stale = fake.addMessage(ann, { text: 'Hello?', at: ago(2 * days) });
    const late = await connector().perform(
      operation('reply', { externalId: stale, form: 'direct-message', to: ann.id, text: 'Sorry' }),
    );
    expect(late).toMatchObject({ ok: false, kind: 'rejected' });
    expect(late.ok ? '' : late.message).toMatch(/24 hours/);
  });

  it('blocks and unblocks a person from the Page, but not an unknown commenter', async () => {
    await connector().perform(operation('block', { userId: ann.id }));
    expect(fake.state.blocked.has(ann.id)).toBe(true);
    await connector().perform(operation('unblock', { userId: ann.id }));
    expect(fake.state.blocked.has(ann.id)).toBe(false);
    expect(await connector().perform(operation('block', { userId: 'unknown:123_4' }))).toMatchObject({
      ok: false,
      kind: 'rejected',
    });
  });

  it('refuses what a Page cannot do', async () => {
    const result = await connector().perform(operation('trash', { externalId: comment }));
    expect(result).toMatchObject({ ok: false, kind: 'rejected', retryable: false });
    expect(result.ok ? '' : result.message).toMatch(/move to the bin/);
    expect(fake.calls).toEqual([]);
  });

  it('maps throttling, server trouble and missing permission to failures the outbox understands', async () => {
    fake.failNext(1, 'app-limit');
    expect(await connector().perform(operation('hide', { externalId: comment }))).toMatchObject({
      ok: false,
      kind: 'rate-limit',
      retryable: true,
      retryAfterMs: 60_000,
    });
    fake.failNext(1, 'server-error');
    expect(await connector().perform(operation('hide', { externalId: comment }))).toMatchObject({
      ok: false,
      kind: 'network',
      retryable: true,
    });
    fake.failNext(1, 'permission');
    expect(await connector().perform(operation('hide', { externalId: comment }))).toMatchObject({
      ok: false,
      kind: 'permission',
      retryable: false,
    });
    fake.failNext(1, 'expired-token');
    expect(await connector().perform(operation('hide', { externalId: comment }))).toMatchObject({
      ok: false,
      kind: 'auth',
    });
    expect(stored(comment)?.hidden).toBe(false);
  });
});

describe('FacebookConnector.verify', () => {
  it('names the Page when the token works', async () => {
    expect(await connector().verify()).toEqual({
      ok: true,
      detail: 'Connected to the Facebook Page Little Snoring Parish Council.',
    });
  });

  it('says what is wrong with the token or the Page ID', async () => {
    expect(await connector({ accessToken: 'wrong' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/wrong or has been revoked/),
    });
    expect(await connector({ pageId: '999' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no Page 999/),
    });
    fake.expireToken();
    expect(await connector().verify()).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
  });

  it('says when the server cannot be found or refuses the connection', async () => {
    const missing = await connector({ baseUrl: 'http://nonexistent.invalid/v27.0' }).verify();
    expect(missing).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Facebook \(nonexistent\.invalid\) could not be found \(host not found\)/),
    });

    const closed = new FakeGraph();
    const closedUrl = await closed.start();
    await closed.close();
    expect(await connector({ baseUrl: closedUrl }).verify()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Could not reach Facebook \(127\.0\.0\.1:\d+\)\. Check the internet connection/),
    });
  });
});

describe('FakeGraph', () => {
  it('pages like the Graph API and refuses a second private reply with its error', async () => {
    const post = fake.addPost({ message: 'Hello', at: ago(60) });
    for (let index = 0; index < 3; index++)
      fake.addComment(post, { message: `c${index}`, at: ago(50 - index), from: ann });
    const headers = { authorization: 'Bearer page-token' };
    const firstPage = (await (await fetch(`${baseUrl}/${post}/comments?limit=2`, { headers })).json()) as {
      data: unknown[];
      paging: { next?: string };
    };
    expect(firstPage.data).toHaveLength(2);
    const lastPage = (await (await fetch(firstPage.paging.next ?? '', { headers })).json()) as {
      data: unknown[];
      paging: { next?: string };
    };
    expect(lastPage.data).toHaveLength(1);
    expect(lastPage.paging.next).toBeUndefined();

    const comment = fake.state.comments[0]!.id;
    const send = () =>
      fetch(`${baseUrl}/1000/messages?access_token=page-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ recipient: { comment_id: comment }, message: { text: 'Hi' } }),
      });
    expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { code: 10900, type: 'OAuthException', message: '(#10900) Activity already replied to' },
    });
  });
});
