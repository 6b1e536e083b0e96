import { createServer, type AddressInfo } from 'node:net';
import { channelOperation } from '../../../testing/support/channel-operation';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpListeningPost } from '../../../testing/support/listening-post';
import type { IncomingItem } from '../../core/incoming-item';
import type { ChannelOperation, Connector, RejectedPayload } from '../connector';
import { FakeWordPress } from '../../../testing/fakes/wordpress/fake-wordpress';
import { WordPressConnector, type WordPressConfig } from './wordpress-connector';

const now = new Date('2025-03-10T12:00:00Z');
const password = 'abcd EFGH ijkl MNOP qrst UVWX';
const commentsPath = '/wp-json/wp/v2/comments';

function minutesAgo(minutes: number): string {
  return new Date(now.getTime() - minutes * 60_000).toISOString().slice(0, 19);
}

let site: FakeWordPress;

beforeEach(async () => {
  site = new FakeWordPress();
  site.now = () => now;
  await site.start();
});

afterEach(async () => {
  await site.stop();
});

function connect(overrides: Partial<WordPressConfig> = {}): WordPressConnector {
  return new WordPressConnector({
    baseUrl: site.url,
    user: 'clerk',
    applicationPassword: password,
    now: () => now,
    ...overrides,
  });
}

/** Polls until the channel has nothing more right now, as the poller does. */
async function pollAll(
  connector: Connector,
  start: string | null = null,
): Promise<{ items: IncomingItem[]; rejected: RejectedPayload[]; cursor: string | null; polls: number }> {
  const items: IncomingItem[] = [];
  const rejected: RejectedPayload[] = [];
  let cursor = start;
  for (let polls = 1; polls <= 50; polls++) {
    const result = await connector.poll(cursor);
    items.push(...result.items);
    rejected.push(...result.rejected);
    cursor = result.nextCursor;
    if (!result.more) return { items, rejected, cursor, polls };
  }
  throw new Error('poll never settled');
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function operation(name: string, payload: Record<string, unknown>, key = `key-${name}`): ChannelOperation {
  return channelOperation(name, payload, key);
}

describe('WordPressConnector poll', () => {
  it('first sync pages through the last 30 days of held and approved comments, oldest first', async () => {
    for (let i = 0; i < 150; i++)
      site.addComment({
        post: 7,
        content: `Comment ${i}`,
        dateGmt: minutesAgo(1000 - i),
        status: i % 5 === 0 ? 'hold' : 'approved',
      });
    site.addComment({ post: 7, content: 'Buy cheap watches', dateGmt: minutesAgo(10), status: 'spam' });
    site.addComment({ post: 7, content: 'Already binned', dateGmt: minutesAgo(10), status: 'trash' });
    site.addComment({ post: 7, content: 'Too old', dateGmt: minutesAgo(40 * 24 * 60) });
    const connector = connect();

    const first = await connector.poll(null);
    expect(first.items).toHaveLength(100);
    expect(first.more).toBe(true);
    const second = await connector.poll(first.nextCursor);
    expect(second.items).toHaveLength(50);
    expect(second.more).toBe(false);
    const third = await connector.poll(second.nextCursor);
    expect(third.items).toEqual([]);

    const texts = [...first.items, ...second.items].map((item) => item.text);
    expect(texts).toEqual(Array.from({ length: 150 }, (_, i) => `Comment ${i}`));
    const list = site.requests.filter(
      (request) => request.path === commentsPath && request.query.get('per_page') === '100',
    );
    expect(Object.fromEntries(list[0]?.query ?? [])).toMatchObject({
      context: 'edit',
      status: 'all',
      orderby: 'date_gmt',
      order: 'asc',
      page: '1',
    });
  });

  it("maps comments, replies and the council's own answers onto their post's thread", async () => {
    site.addComment({
      id: 3,
      post: 7,
      content: 'The <b>bins</b> were missed & again',
      dateGmt: minutesAgo(30),
      authorName: 'Jo Bloggs',
      authorEmail: 'Jo@Example.net',
      status: 'hold',
    });
    site.addComment({
      id: 4,
      post: 7,
      parent: 3,
      content: 'Same here',
      dateGmt: minutesAgo(20),
      authorName: 'Sam',
      authorEmail: '',
    });
    site.addComment({
      id: 5,
      post: 7,
      parent: 3,
      content: 'We have told the contractor.',
      dateGmt: minutesAgo(10),
      author: 1,
      authorName: 'Parish Clerk',
      authorEmail: 'clerk@ashcombe-pc.example.org',
    });

    const { items } = await connect().poll(null);

    expect(items[0]).toEqual({
      externalId: '3',
      channel: 'website',
      kind: 'comment',
      author: { externalId: 'jo@example.net', name: 'Jo Bloggs', handle: null, email: 'jo@example.net', phone: null },
      subject: null,
      text: 'The <b>bins</b> were missed & again',
      html: '<p>The &lt;b&gt;bins&lt;/b&gt; were missed &amp; again</p>\n',
      receivedAt: new Date(`${minutesAgo(30)}Z`).toISOString(),
      threadId: 'post-7',
      parentExternalId: 'post-7',
      url: `${site.url}/?p=7#comment-3`,
      fromCouncil: false,
      expectedReasons: null,
    });
    expect(items[1]).toMatchObject({
      externalId: '4',
      parentExternalId: '3',
      author: { externalId: 'wp:Sam', email: null },
      fromCouncil: false,
    });
    expect(items[2]).toMatchObject({ externalId: '5', parentExternalId: '3', threadId: 'post-7', fromCouncil: true });
  });

  it('resumes from its cursor without repeating a comment, even one posted in the same second', async () => {
    site.addComment({ post: 7, content: 'First', dateGmt: minutesAgo(60) });
    site.addComment({ post: 7, content: 'Second', dateGmt: minutesAgo(30) });
    const connector = connect();
    const synced = await pollAll(connector);
    expect(synced.items.map((item) => item.text)).toEqual(['First', 'Second']);

    site.addComment({ post: 7, content: 'Same second as Second', dateGmt: minutesAgo(30) });
    site.addComment({ post: 8, content: 'Later', dateGmt: minutesAgo(5) });
    const resumed = await pollAll(connector, synced.cursor);
    expect(resumed.items.map((item) => item.text)).toEqual(['Same second as Second', 'Later']);
    expect((await pollAll(connector, resumed.cursor)).items).toEqual([]);
  });

  it('pages on through more than a page of comments in one second', async () => {
    for (let i = 0; i < 120; i++) site.addComment({ post: 7, content: `Burst ${i}`, dateGmt: minutesAgo(15) });
    const connector = connect();
    const synced = await pollAll(connector);
    expect(synced.items).toHaveLength(120);
    expect(new Set(synced.items.map((item) => item.externalId)).size).toBe(120);
    expect((await pollAll(connector, synced.cursor)).items).toEqual([]);
  });

  it('fetches only the newest 500 comments on a first sync', async () => {
    for (let i = 0; i < 620; i++) site.addComment({ post: 7, content: `Comment ${i}`, dateGmt: minutesAgo(5000 - i) });
    const { items } = await pollAll(connect());
    expect(items).toHaveLength(500);
    expect(items[0]?.text).toBe('Comment 120');
    expect(items[499]?.text).toBe('Comment 619');
  });

  it('sets a malformed comment aside and still delivers the rest of the page, once', async () => {
    site.addComment({ post: 7, content: 'Fine before', dateGmt: minutesAgo(30) });
    site.addComment({ id: 50, post: 7, content: 'x', dateGmt: minutesAgo(20), corrupt: { content: 42 } });
    site.addComment({
      id: 51,
      post: 7,
      content: 'x',
      dateGmt: minutesAgo(15),
      corrupt: { id: undefined, date_gmt: 'yesterday' },
    });
    site.addComment({
      id: 52,
      post: 7,
      content: 'x',
      dateGmt: minutesAgo(12),
      corrupt: { date_gmt: '2025-13-45T10:00:00' },
    });
    site.addComment({ post: 7, content: 'Fine after', dateGmt: minutesAgo(10) });
    const connector = connect();

    const first = await connector.poll(null);
    expect(first.items.map((item) => item.text)).toEqual(['Fine before', 'Fine after']);
    expect(first.rejected).toHaveLength(3);
    expect(first.rejected[2]?.error).toBe(
      'WordPress comment 52 could not be read: date_gmt: not a WordPress date (YYYY-MM-DDTHH:MM:SS).',
    );
    expect(first.rejected[0]?.error).toMatch(/WordPress comment 50 could not be read: content/);
    expect(JSON.parse(first.rejected[0]?.raw ?? '{}')).toMatchObject({ id: 50, content: 42 });
    expect(first.rejected[1]?.error).toMatch(/\(no id\)/);
    expect((await connector.poll(first.nextCursor)).rejected).toEqual([]);
  });
});

describe('WordPressConnector perform', () => {
  it('moves a comment to the bin once, and takes it out to the status it had', async () => {
    site.addComment({ id: 5, post: 7, content: 'Rude words', dateGmt: minutesAgo(10), status: 'hold' });
    const connector = connect();

    expect(await connector.perform(operation('trash', { externalId: '5' }))).toEqual({ ok: true, reference: '5' });
    expect(await connector.perform(operation('trash', { externalId: '5' }))).toEqual({ ok: true, reference: '5' });
    expect(site.comment(5)?.status).toBe('trash');

    expect(await connector.perform(operation('untrash', { externalId: '5' }))).toEqual({ ok: true, reference: '5' });
    expect(await connector.perform(operation('untrash', { externalId: '5' }))).toEqual({ ok: true, reference: '5' });
    // Held before the bin, so held after it: 'approved' would have published it.
    expect(site.comment(5)?.status).toBe('hold');
    expect(
      site.requests.filter((request) => request.method === 'POST' && request.path === `${commentsPath}/5`),
    ).toHaveLength(1);
  });

  it('marks a comment as spam and back, each once', async () => {
    site.addComment({ id: 6, post: 7, content: 'Cheap watches', dateGmt: minutesAgo(10) });
    const connector = connect();
    await connector.perform(operation('spam', { externalId: '6' }));
    expect((await connector.perform(operation('spam', { externalId: '6' }))).ok).toBe(true);
    expect(site.comment(6)?.status).toBe('spam');
    await connector.perform(operation('unspam', { externalId: '6' }));
    expect((await connector.perform(operation('unspam', { externalId: '6' }))).ok).toBe(true);
    expect(site.comment(6)?.status).toBe('approved');
    expect(
      site.requests.filter((request) => request.method === 'POST' && request.path === `${commentsPath}/6`),
    ).toHaveLength(2);
  });

  it('replies under the comment as the council, once however often it is retried', async () => {
    site.addComment({ id: 3, post: 7, content: 'When is the next meeting?', dateGmt: minutesAgo(10) });
    const connector = connect();
    const reply = operation('reply', { externalId: '3', form: 'public-reply', to: 'x', text: 'On Tuesday at 7pm.' });

    const first = await connector.perform(reply);
    const again = await connector.perform(reply);

    expect(first).toEqual({ ok: true, reference: expect.stringMatching(/^\d+$/) as unknown });
    expect(again).toEqual(first);
    const replies = site.comments.filter((comment) => comment.parent === 3);
    expect(replies).toEqual([
      expect.objectContaining({ post: 7, author: 1, content: 'On Tuesday at 7pm.', status: 'approved' }),
    ]);
  });

  it('posts a removal notice where the removed comment was, and deletes it again', async () => {
    site.addComment({ id: 3, post: 7, content: 'Question', dateGmt: minutesAgo(10) });
    const connector = connect();
    const notice = "A comment has been removed under the council's policy.";

    const topLevel = await connector.perform(operation('post-notice', { inReplyTo: 'post-7', text: notice }, 'n1'));
    const nested = await connector.perform(operation('post-notice', { inReplyTo: '3', text: notice }, 'n2'));
    expect(await connector.perform(operation('post-notice', { inReplyTo: 'post-7', text: notice }, 'n1'))).toEqual(
      topLevel,
    );
    const notices = site.comments.filter((comment) => comment.content === notice);
    expect(notices.map((comment) => [comment.post, comment.parent])).toEqual([
      [7, 0],
      [7, 3],
    ]);

    if (!topLevel.ok || !nested.ok) throw new Error('notice not posted');
    expect(
      await connector.perform(
        operation('delete-notice', { externalId: '9', reverses: 1, reference: topLevel.reference }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await connector.perform(
        operation('delete-notice', { externalId: '9', reverses: 1, reference: topLevel.reference }),
      ),
    ).toMatchObject({ ok: true });
    expect(site.comments.filter((comment) => comment.content === notice).map((comment) => comment.parent)).toEqual([3]);
  });

  it('refuses what WordPress cannot do, and what is not there', async () => {
    const connector = connect();
    for (const name of ['hide', 'delete', 'block', 'move-to-folder']) {
      const result = await connector.perform(operation(name, name === 'block' ? { userId: '7' } : { externalId: '3' }));
      expect(result).toMatchObject({ ok: false, retryable: false, kind: 'rejected' });
    }
    expect(
      await connector.perform(operation('reply', { externalId: '3', form: 'private-reply', text: 'Hi' })),
    ).toMatchObject({ ok: false, kind: 'rejected' });
    expect(await connector.perform(operation('spam', { externalId: '999' }))).toMatchObject({
      ok: false,
      kind: 'rejected',
      message: expect.stringContaining('no such comment') as unknown,
    });
  });
});

describe('WordPressConnector refusals', () => {
  it('maps 429 to rate-limit with Retry-After, or a minute without it', async () => {
    const connector = connect();
    site.failNext({ status: 429, retryAfter: '7' });
    await expect(connector.poll(null)).rejects.toMatchObject({ kind: 'rate-limit', retryAfterMs: 7000 });
    site.failNext({ status: 429 });
    expect(await connector.perform(operation('trash', { externalId: '5' }))).toMatchObject({
      ok: false,
      retryable: true,
      kind: 'rate-limit',
      retryAfterMs: 60_000,
    });
  });

  it('maps a wrong or revoked application password to auth, never showing it', async () => {
    await expect(connect({ applicationPassword: 'wrong wrong wrong' }).poll(null)).rejects.toMatchObject({
      kind: 'auth',
    });
    const connector = connect();
    await connector.poll(null);
    site.failNext({ status: 401 });
    const result = await connector.perform(operation('trash', { externalId: '5' }));
    expect(result).toMatchObject({ ok: false, retryable: false, kind: 'auth' });
    expect(JSON.stringify(result)).not.toContain('EFGH');
  });

  it('maps a server error to a retryable unexpected failure', async () => {
    site.failNext({ status: 500 });
    await expect(connect().poll(null)).rejects.toMatchObject({ kind: 'unexpected', retryable: true });
  });
});

describe('WordPressConnector verify', () => {
  it('names the site and the user', async () => {
    expect(await connect().verify()).toEqual({
      ok: true,
      detail: `Connected to ${new URL(site.url).host} as Parish Clerk.`,
    });
  });

  it('says what is wrong: password, role, address, host, connection', async () => {
    const wrong = await connect({ applicationPassword: 'nope' }).verify();
    expect(wrong).toMatchObject({
      ok: false,
      message: expect.stringContaining('did not accept the user name "clerk"') as unknown,
    });

    site.users.push({
      id: 2,
      username: 'helper',
      name: 'Helper',
      email: 'helper@example.org',
      applicationPassword: 'pw',
      moderates: false,
    });
    expect(await connect({ user: 'helper', applicationPassword: 'pw' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('cannot moderate comments') as unknown,
    });

    expect(await connect({ baseUrl: 'http://nonexistent.invalid' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('could not be found') as unknown,
    });

    // No REST API there and a closed port read the same; what another server says is never repeated.
    const host = new URL(site.url).host;
    expect(await connect({ baseUrl: `${site.url}/blog` }).verify()).toEqual({
      ok: false,
      message: `Could not reach the WordPress site at ${host}. Check the address and port; the console will try again.`,
    });
    const port = await closedPort();
    expect(await connect({ baseUrl: `http://127.0.0.1:${port}` }).verify()).toEqual({
      ok: false,
      message: `Could not reach the WordPress site at 127.0.0.1:${port}. Check the address and port; the console will try again.`,
    });
    const other = await httpListeningPost();
    try {
      const answered = await connect({ baseUrl: other.origin }).verify();
      expect(answered).toEqual({
        ok: false,
        message: `WordPress at ${new URL(other.origin).host} refused the request (HTTP 404).`,
      });
      expect(JSON.stringify(answered)).not.toMatch(/internal service|not for you/);
    } finally {
      await other.close();
    }
  });
});
