// Graph API v27.0: the console calls it, and sends nothing Graph stopped serving to new apps on 4 November 2026.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOperation } from '../../../testing/support/channel-operation';
import { publishedApis } from '../registry';
import type { ChannelOperation } from '../connector';
import { FacebookConnector } from './facebook-connector';
import { FakeGraph } from '../../../testing/fakes/facebook/fake-graph';
import { graphApiVersion } from './graph-version';

const now = new Date('2026-12-04T10:00:00Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const ann = { id: '501', name: 'Ann Example' };
let fake: FakeGraph;
let baseUrl: string;
beforeEach(async () => {
  fake = new FakeGraph({ pageId: '1000', accessToken: 'page-token', now: () => now });
  baseUrl = await fake.start();
});
afterEach(() => fake.close());

const operation = (name: string, payload: Record<string, unknown>): ChannelOperation =>
  channelOperation(name, payload, `key-${name}-${JSON.stringify(payload)}`);

describe('Graph API version', () => {
  it('is v27.0 at the published address and at the fake', () => {
    expect(graphApiVersion).toBe('v27.0');
    expect(publishedApis.facebook).toBe('https://graph.facebook.com/v27.0');
    expect(baseUrl.endsWith('/v27.0')).toBe(true);
  });
});

describe('the fake Graph API refuses what v27 stopped serving to new apps, in Graph’s error envelope', () => {
  const cases: [string, string][] = [
    ['multi-id request', '?ids=1000,1001&fields=id,name'],
    ['field alias', '/1000?fields=name.as(title)'],
    ['HTTP method override', '/1000?method=delete'],
    ['JSONP callback', '/1000?fields=id&callback=show'],
    ['date/time formatting', '/1000/feed?date_format=U'],
    ['asynchronous batch request', '?batch=%5B%5D&is_asynchronous=true'],
  ];
  for (const [feature, query] of cases) {
    it(feature, async () => {
      const path = query.startsWith('?') ? `/${query}` : query;
      const answer = await fetch(`${baseUrl}${path}`, { headers: { authorization: 'Bearer page-token' } });
      expect(answer.status).toBe(400);
      const body = (await answer.json()) as { error: Record<string, unknown> };
      expect(body.error).toMatchObject({
        type: 'OAuthException',
        code: 100,
        message: `(#100) Graph API no longer accepts a ${feature} from new apps.`,
      });
      expect(body.error.fbtrace_id).toEqual(expect.any(String));
      expect(fake.legacyRefusals.map((refusal) => refusal.feature)).toEqual([feature]);
    });
  }
});

describe('everything the connector sends', () => {
  it('is v27.0 and uses none of the features Graph no longer serves: polls with paging, every action, the sign-in check', async () => {
    const post = fake.addPost({ message: 'Road closure on Church Lane', at: ago(600) });
    for (let index = 0; index < 120; index++)
      fake.addComment(post, { message: `Comment ${index}`, at: ago(500 - index), from: ann });
    for (let index = 0; index < 30; index++)
      fake.addMessage(ann, { text: `Message ${index}`, at: ago(300 - index), fromPage: index % 3 === 0 });
    const facebook = new FacebookConnector({ baseUrl, pageId: '1000', accessToken: 'page-token', now: () => now });
    const first = await facebook.poll(null);
    await facebook.poll(first.nextCursor);
    const comment = fake.state.comments[0]!.id;
    const message = fake.state.conversations[0]!.messages.at(-1)!.id;
    const results = [
      await facebook.perform(operation('hide', { externalId: comment })),
      await facebook.perform(operation('unhide', { externalId: comment })),
      await facebook.perform(
        operation('post-notice', { inReplyTo: post, text: 'A comment was removed under our policy.' }),
      ),
      await facebook.perform(operation('reply', { externalId: comment, form: 'public-reply', text: 'Thank you.' })),
      await facebook.perform(
        operation('reply', { externalId: comment, form: 'private-reply', to: ann.id, text: 'We have your message.' }),
      ),
      await facebook.perform(
        operation('reply', { externalId: message, form: 'direct-message', text: 'We will look into it.' }),
      ),
      await facebook.perform(operation('block', { userId: ann.id })),
      await facebook.perform(operation('unblock', { userId: ann.id })),
      await facebook.perform(operation('delete', { externalId: comment })),
    ];
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await facebook.verify()).toMatchObject({ ok: true });

    expect(fake.calls.length).toBeGreaterThan(15);
    expect(fake.legacyRefusals).toEqual([]);
    expect(new Set(fake.calls.map((call) => call.version))).toEqual(new Set(['v27.0']));
    // Each object is asked for by its own path; nested fields use expansion ({…}, .limit()), never an alias.
    for (const call of fake.calls) {
      expect([...call.params.keys()]).not.toContain('ids');
      expect([...call.params.keys()]).not.toContain('method');
      expect([...call.params.keys()]).not.toContain('callback');
      expect([...call.params.keys()]).not.toContain('date_format');
      expect(call.params.get('fields') ?? '').not.toMatch(/\.as\(/);
      expect(call.path).not.toBe('/');
    }
  });
});
