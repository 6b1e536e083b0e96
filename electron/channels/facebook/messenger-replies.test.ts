// Messenger answers: RESPONSE within 24 hours of the person's last message, HUMAN_AGENT up to 7 days when the
// Page has the permission, nothing after; and the fake Send API answering as Graph does outside those windows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOperation } from '../connector';
import { FacebookConnector } from './facebook-connector';
import { FakeGraph } from '../../../testing/fakes/facebook/fake-graph';

// Monday 7 Dec 2026, 09:30 in London: the clerk's first look after the weekend.
const now = new Date('2026-12-07T09:30:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const gary = { id: '701', name: 'Gary Pritchard' };
let fake: FakeGraph;
let baseUrl: string;
beforeEach(async () => {
  fake = new FakeGraph({ pageId: '1000', accessToken: 'page-token', now: () => now, humanAgent: true });
  baseUrl = await fake.start();
});
afterEach(() => fake.close());

const connector = (humanAgent: boolean) =>
  new FacebookConnector({ baseUrl, pageId: '1000', accessToken: 'page-token', now: () => now, humanAgent });
const answer = (messageId: string, text: string): ChannelOperation => ({
  operation: 'reply',
  itemExternalId: messageId,
  payload: { externalId: messageId, form: 'direct-message', to: gary.id, text },
  idempotencyKey: `reply-${messageId}-${text}`,
});
const sends = () => fake.calls.filter((call) => call.method === 'POST' && call.path === '/1000/messages');
const sentWith = () => sends().map((call) => [call.params.get('messaging_type'), call.params.get('tag')]);
const delivered = () =>
  fake.state.conversations[0]?.messages
    .filter((message) => message.from.id === '1000')
    .map((message) => message.text) ?? [];

describe('answering on Messenger', () => {
  it('within 24 hours of their last message: a response, even to an older message of theirs', async () => {
    const older = fake.addMessage(gary, { text: 'The bins were missed again', at: hoursAgo(72) });
    fake.addMessage(gary, { text: 'Still not collected', at: hoursAgo(2) });
    expect(await connector(false).perform(answer(older, 'We have asked the contractor.'))).toMatchObject({ ok: true });
    expect(sentWith()).toEqual([['RESPONSE', null]]);
    expect(delivered()).toEqual(['We have asked the contractor.']);
  });

  it('a Friday-evening message answered on Monday: a Human Agent reply when the Page has the permission', async () => {
    fake.addMessage(gary, { text: 'Is the hall free on Saturday week?', at: new Date('2026-12-04T18:02:00Z') });
    const friday = fake.state.conversations[0]!.messages[0]!.id;
    expect(await connector(true).perform(answer(friday, 'Yes, it is free.'))).toMatchObject({ ok: true });
    expect(sentWith()).toEqual([['MESSAGE_TAG', 'HUMAN_AGENT']]);
    expect(delivered()).toEqual(['Yes, it is free.']);
    // A retry after a lost answer finds it already there.
    expect(await connector(true).perform(answer(friday, 'Yes, it is free.'))).toMatchObject({ ok: true });
    expect(sends()).toHaveLength(1);
  });

  it('without the permission the same answer is not sent, and says why', async () => {
    const friday = fake.addMessage(gary, {
      text: 'Is the hall free on Saturday week?',
      at: new Date('2026-12-04T18:02:00Z'),
    });
    const result = await connector(false).perform(answer(friday, 'Yes, it is free.'));
    expect(result).toEqual({
      ok: false,
      retryable: false,
      kind: 'rejected',
      message:
        'Messenger closed on Saturday 5 Dec, 18:02, 24 hours after their last message. With the Human Agent permission (a setting of the Facebook account) the Page could answer for 7 days. Nothing was sent.',
    });
    expect(sends()).toEqual([]);
  });

  it('when the account says Human Agent but Meta has not granted it, Facebook refuses the tag: a permission to fix, not a retry', async () => {
    fake.humanAgent = false;
    const friday = fake.addMessage(gary, { text: 'Hello?', at: hoursAgo(40) });
    const result = await connector(true).perform(answer(friday, 'Hello Gary.'));
    expect(result).toMatchObject({
      ok: false,
      retryable: false,
      kind: 'permission',
      message: expect.stringContaining("the Page's app does not have the Human Agent permission") as string,
    });
    expect(sentWith()).toEqual([['MESSAGE_TAG', 'HUMAN_AGENT']]);
    expect(delivered()).toEqual([]);
  });

  it('after 7 days nothing goes, with or without the permission', async () => {
    const old = fake.addMessage(gary, { text: 'Hello?', at: hoursAgo(24 * 8) });
    expect(await connector(true).perform(answer(old, 'Sorry for the delay.'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('7 days after their last message') as string,
    });
    expect(sends()).toEqual([]);
  });

  it('says so when the person has turned off messages from the Page', async () => {
    const message = fake.addMessage(gary, { text: 'Hello?', at: hoursAgo(1) });
    fake.unavailable.add(gary.id);
    expect(await connector(false).perform(answer(message, 'Hello Gary.'))).toMatchObject({
      ok: false,
      retryable: false,
      message: expect.stringContaining('cannot receive messages from the Page') as string,
    });
  });
});

describe('the fake Send API outside the windows', () => {
  const send = (body: Record<string, unknown>) =>
    fetch(`${baseUrl}/1000/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer page-token', 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: gary.id }, message: { text: 'Hi' }, ...body }),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { error?: Record<string, unknown> },
    }));

  it('answers 10 / 2018278 for a response after 24 hours or a tag after 7 days, 10 for a tag without the permission, 100 for a retired tag', async () => {
    fake.addMessage(gary, { text: 'Hello?', at: hoursAgo(30) });
    expect((await send({ messaging_type: 'RESPONSE' })).body.error).toMatchObject({
      code: 10,
      error_subcode: 2018278,
      type: 'OAuthException',
      message: '(#10) This message is sent outside of allowed window.',
    });
    expect((await send({ messaging_type: 'MESSAGE_TAG', tag: 'ACCOUNT_UPDATE' })).body.error).toMatchObject({
      code: 100,
    });
    fake.humanAgent = false;
    const refused = await send({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    expect(refused.body.error).toMatchObject({ code: 10 });
    expect(refused.body.error?.error_subcode).toBeUndefined();
    fake.humanAgent = true;
    expect(await send({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' })).toMatchObject({ status: 200 });
    const later = new FakeGraph({
      pageId: '1000',
      accessToken: 'page-token',
      now: () => new Date(now.getTime() + 7 * 24 * 3_600_000),
      humanAgent: true,
    });
    const laterUrl = await later.start();
    later.addMessage(gary, { text: 'Hello?', at: hoursAgo(30) });
    const tooLate = await fetch(`${laterUrl}/1000/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer page-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        recipient: { id: gary.id },
        message: { text: 'Hi' },
        messaging_type: 'MESSAGE_TAG',
        tag: 'HUMAN_AGENT',
      }),
    });
    expect(((await tooLate.json()) as { error: unknown }).error).toMatchObject({ code: 10, error_subcode: 2018278 });
    await later.close();
    fake.unavailable.add(gary.id);
    expect((await send({ messaging_type: 'RESPONSE' })).body.error).toMatchObject({
      code: 551,
      error_subcode: 1545041,
    });
  });
});
