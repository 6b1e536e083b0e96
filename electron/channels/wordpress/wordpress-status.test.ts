// The connector and the fake site speak WP_REST_Comments_Controller's status words in both directions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOperation } from '../../../testing/support/channel-operation';
import type { ChannelOperation } from '../connector';
import { FakeWordPress } from '../../../testing/fakes/wordpress/fake-wordpress';
import { WordPressConnector } from './wordpress-connector';
import { commentsPath } from './wordpress-moderation';
import { answeredStatus, queryStatus, updateStatus } from './wordpress-status';

const now = new Date('2026-12-02T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString().slice(0, 19);
const operation = (name: string, externalId: string): ChannelOperation =>
  channelOperation(name, { externalId }, `${name}-${externalId}`, externalId);

let site: FakeWordPress;
beforeEach(async () => {
  site = new FakeWordPress();
  site.now = () => now;
  await site.start();
});
afterEach(() => site.stop());

const connect = () =>
  new WordPressConnector({
    baseUrl: site.url,
    user: 'clerk',
    applicationPassword: 'abcd EFGH ijkl MNOP qrst UVWX',
    now: () => now,
  });
const authorised = { authorization: `Basic ${Buffer.from('clerk:abcdEFGHijklMNOPqrstUVWX').toString('base64')}` };
const ask = async (path: string, init: RequestInit = {}) => {
  const answer = await fetch(`${site.url}${path}`, {
    ...init,
    headers: { ...authorised, 'content-type': 'application/json' },
  });
  return { status: answer.status, total: answer.headers.get('x-wp-total'), body: (await answer.json()) as unknown };
};

describe('WordPress to the console: the status words in answers', () => {
  it('are approved and hold (never approve or unapproved), and the connector acts on them as such', async () => {
    site.addComment({ id: 1, post: 7, content: 'Published', dateGmt: minutesAgo(30), status: 'approved' });
    site.addComment({ id: 2, post: 7, content: 'Awaiting approval', dateGmt: minutesAgo(20), status: 'hold' });
    const answered = (
      (await ask(`${commentsPath}?context=edit&status=all`)).body as { id: number; status: string }[]
    ).map(({ id, status }) => [id, status]);
    expect(answered).toEqual([
      [2, 'hold'],
      [1, 'approved'],
    ]);
    for (const [, status] of answered) expect(answeredStatus.safeParse(status).success).toBe(true);

    // Spam and back, from each answered word: the comment returns to where it was, not to "approved".
    const connector = connect();
    for (const id of ['1', '2']) {
      expect(await connector.perform(operation('spam', id))).toMatchObject({ ok: true });
      expect(await connector.perform(operation('unspam', id))).toMatchObject({ ok: true });
    }
    expect([site.comment(1)?.status, site.comment(2)?.status]).toEqual(['approved', 'hold']);
  });

  it('a word the controller never answers with is refused with a sentence, and nothing is changed', async () => {
    site.addComment({
      id: 3,
      post: 7,
      content: 'Kept by a plugin',
      dateGmt: minutesAgo(20),
      corrupt: { status: 'archive' },
    });
    const result = await connect().perform(operation('spam', '3'));
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      message: expect.stringContaining(
        'says comment 3 is "archive", which is not a WordPress comment status the console knows',
      ) as string,
    });
    expect(site.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });
});

describe('the console to WordPress: the status words in queries and updates', () => {
  it('the connector asks only in query words and updates only in update words', async () => {
    site.addComment({ id: 4, post: 7, content: 'Held', dateGmt: minutesAgo(30), status: 'hold' });
    site.addComment({ id: 5, post: 7, content: 'Approved', dateGmt: minutesAgo(20), status: 'approved' });
    const connector = connect();
    const polled = await connector.poll(null);
    expect(polled.items.map((item) => item.externalId)).toEqual(['4', '5']);
    for (const name of ['trash', 'untrash', 'spam', 'unspam'])
      expect(await connector.perform(operation(name, '5'))).toMatchObject({ ok: true });
    expect(
      await connector.perform({
        operation: 'reply',
        itemExternalId: '4',
        payload: { externalId: '4', form: 'public-reply', text: 'Thank you.' },
        idempotencyKey: 'reply-4',
      }),
    ).toMatchObject({ ok: true });

    const queried = site.requests
      .filter((request) => request.path === commentsPath && request.method === 'GET')
      .map((request) => request.query.get('status'));
    const updated = site.requests
      .filter((request) => request.method === 'POST' && request.body?.status !== undefined)
      .map((request) => request.body?.status);
    expect(queried.length).toBeGreaterThan(1);
    expect(queried.every((status) => queryStatus.safeParse(status).success)).toBe(true);
    expect(updated).toEqual(['untrash', 'spam', 'unspam']);
    expect(updated.every((status) => updateStatus.safeParse(status).success)).toBe(true);
    expect(site.comment(5)?.status).toBe('approved');
  });

  it('the fake takes them as the controller does: "approved" in a query finds nothing, a change to the same status fails', async () => {
    site.addComment({ id: 6, post: 7, content: 'Approved', dateGmt: minutesAgo(20), status: 'approved' });
    site.addComment({ id: 7, post: 7, content: 'Held', dateGmt: minutesAgo(10), status: 'hold' });
    const ids = async (status: string) =>
      ((await ask(`${commentsPath}?context=edit&status=${status}`)).body as { id: number }[]).map(
        (comment) => comment.id,
      );
    expect(await ids('approve')).toEqual([6]);
    expect(await ids('approved')).toEqual([]);
    expect(await ids('hold')).toEqual([7]);
    expect(await ids('all')).toEqual([7, 6]);
    expect((await ask(`${commentsPath}?context=edit`)).body).toHaveLength(1);

    const update = (id: number, status: string) =>
      ask(`${commentsPath}/${id}`, { method: 'POST', body: JSON.stringify({ status }) });
    expect(await update(6, 'approve')).toMatchObject({ status: 500, body: { code: 'rest_comment_failed_edit' } });
    expect(await update(6, 'approved')).toMatchObject({ status: 500, body: { code: 'rest_comment_failed_edit' } });
    expect(await update(7, 'hold')).toMatchObject({ status: 500, body: { code: 'rest_comment_failed_edit' } });
    expect(await update(7, 'approved')).toMatchObject({ status: 200, body: { id: 7, status: 'approved' } });
    expect(await update(7, 'hold')).toMatchObject({ status: 200, body: { status: 'hold' } });
    expect(await update(7, 'publish')).toMatchObject({ status: 500, body: { code: 'rest_comment_failed_edit' } });
  });
});
