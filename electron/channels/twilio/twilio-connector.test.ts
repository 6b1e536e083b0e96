import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOperation } from '../../../testing/support/channel-operation';
import type { ChannelOperation } from '../connector';
import { FakeTwilio } from '../../../testing/fakes/twilio/fake-twilio';
import { TwilioConnector, type TwilioConfig } from './twilio-connector';

const now = new Date('2025-03-10T12:00:00Z');
const council = '+447400123456';
const resident = '+447700900123';

function hoursAgo(hours: number): Date {
  return new Date(now.getTime() - hours * 60 * 60 * 1000);
}

let twilio: FakeTwilio;

beforeEach(async () => {
  twilio = new FakeTwilio();
  twilio.now = () => now;
  await twilio.start();
});

afterEach(async () => {
  await twilio.stop();
});

function connect(overrides: Partial<TwilioConfig> = {}): TwilioConnector {
  return new TwilioConnector({
    baseUrl: twilio.url,
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    number: council,
    now: () => now,
    ...overrides,
  });
}

function reply(text: string, key: string, inReplyTo = 'SMunknown', to = resident): ChannelOperation {
  return {
    operation: 'reply',
    itemExternalId: inReplyTo,
    payload: { externalId: inReplyTo, form: 'sms', to, text },
    idempotencyKey: key,
  };
}

describe('TwilioConnector poll', () => {
  it("first sync reads 30 days of texts to the council's number across pages, oldest first", async () => {
    for (let i = 0; i < 230; i++)
      twilio.addInbound({
        from: `+4477009${String(i).padStart(5, '0')}`,
        body: `Text ${i}`,
        dateSent: hoursAgo(480 - 2 * i),
      });
    twilio.add({
      from: council,
      to: resident,
      body: 'Council reply',
      direction: 'outbound-api',
      status: 'delivered',
      dateCreated: hoursAgo(3),
      dateSent: hoursAgo(3),
      corrupt: null,
    });
    twilio.addInbound({ from: resident, to: '+447400123999', body: 'To another number', dateSent: hoursAgo(2) });
    twilio.addInbound({ from: resident, body: 'Too old', dateSent: hoursAgo(32 * 24) });

    const result = await connect().poll(null);

    expect(result.items.map((item) => item.text)).toEqual(Array.from({ length: 230 }, (_, i) => `Text ${i}`));
    expect(result.more).toBe(false);
    const lists = twilio.requests.filter((request) => request.path.endsWith('/Messages.json'));
    expect(lists).toHaveLength(3);
    expect(Object.fromEntries(lists[0]?.query ?? [])).toEqual({
      To: council,
      'DateSent>': '2025-02-08',
      PageSize: '100',
    });
    expect(lists[1]?.query.get('PageToken')).toMatch(/^PASM/);
  });

  it("maps a text onto its sender's conversation", async () => {
    const text = twilio.addInbound({
      from: resident,
      body: 'Streetlight out on Mill Lane',
      dateSent: new Date('2025-03-10T09:15:42Z'),
    });
    const { items } = await connect().poll(null);
    expect(items).toEqual([
      {
        externalId: text.sid,
        channel: 'sms',
        kind: 'sms',
        author: { externalId: resident, name: resident, handle: null, email: null, phone: resident },
        subject: null,
        text: 'Streetlight out on Mill Lane',
        html: null,
        receivedAt: '2025-03-10T09:15:42.000Z',
        threadId: resident,
        parentExternalId: null,
        url: null,
        fromCouncil: false,
        expectedReasons: null,
      },
    ]);
  });

  it('resumes by day without repeating a text, and waits for one still arriving', async () => {
    twilio.addInbound({ from: resident, body: 'Yesterday', dateSent: hoursAgo(30) });
    twilio.addInbound({ from: resident, body: 'This morning', dateSent: hoursAgo(3) });
    const arriving = twilio.addInbound({ from: resident, body: 'Still arriving', dateSent: null });
    const connector = connect();
    const first = await connector.poll(null);
    expect(first.items.map((item) => item.text)).toEqual(['Yesterday', 'This morning']);

    twilio.addInbound({ from: resident, body: 'Same day, later', dateSent: hoursAgo(1) });
    arriving.dateSent = hoursAgo(2);
    const second = await connector.poll(first.nextCursor);
    expect(second.items.map((item) => item.text)).toEqual(['Still arriving', 'Same day, later']);
    expect(twilio.requests.at(-1)?.query.get('DateSent>')).toBe('2025-03-10');
    expect((await connector.poll(second.nextCursor)).items).toEqual([]);
  });

  it('reads only the newest 500 texts on a first sync', async () => {
    for (let i = 0; i < 620; i++) twilio.addInbound({ from: resident, body: `Text ${i}`, dateSent: hoursAgo(700 - i) });
    const { items } = await connect().poll(null);
    expect(items).toHaveLength(500);
    expect(items[0]?.text).toBe('Text 120');
  });

  it('sets a malformed message aside and still delivers the others, once', async () => {
    twilio.addInbound({ from: resident, body: 'Fine', dateSent: hoursAgo(3) });
    const broken = twilio.addInbound({ from: resident, body: 'x', dateSent: hoursAgo(2), corrupt: { body: null } });
    twilio.addInbound({ from: resident, body: 'x', dateSent: hoursAgo(2), corrupt: { sid: undefined, from: 7 } });
    twilio.addInbound({ from: resident, body: 'Also fine', dateSent: hoursAgo(1) });
    const connector = connect();

    const first = await connector.poll(null);
    expect(first.items.map((item) => item.text)).toEqual(['Fine', 'Also fine']);
    expect(first.rejected.map((rejected) => rejected.error)).toEqual([
      expect.stringMatching(/^Twilio message \(no sid\) could not be read: sid/),
      `Twilio message ${broken.sid} could not be read: body: Invalid input: expected string, received null.`,
    ]);
    expect(JSON.parse(first.rejected[1]?.raw ?? '{}')).toMatchObject({ sid: broken.sid, body: null });
    expect((await connector.poll(first.nextCursor)).rejected).toEqual([]);
  });
});

describe('TwilioConnector perform', () => {
  it("sends a reply from the council's number, once however often it is retried", async () => {
    const text = twilio.addInbound({ from: resident, body: 'Bin missed', dateSent: hoursAgo(2) });
    const first = await connect().perform(reply('Sorry, we have told the contractor.', 'k1', text.sid));
    // A new connector is a restarted app: only Twilio itself can tell it the reply already went.
    const retried = await connect().perform(reply('Sorry, we have told the contractor.', 'k1', text.sid));

    expect(first).toEqual({ ok: true, reference: expect.stringMatching(/^SM/) as unknown });
    expect(retried).toEqual(first);
    expect(twilio.sent()).toEqual([
      expect.objectContaining({ from: council, to: resident, body: 'Sorry, we have told the contractor.' }),
    ]);
    expect(twilio.count('POST', `/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`)).toBe(1);
  });

  it('sends the same words again for another reply', async () => {
    const earlier = twilio.addInbound({ from: resident, body: 'Question one', dateSent: hoursAgo(3) });
    const connector = connect();
    await connector.perform(reply('Thank you, passed on.', 'k1', earlier.sid));
    const later = twilio.addInbound({ from: resident, body: 'Question two', dateSent: now });
    await connector.perform(reply('Thank you, passed on.', 'k2', later.sid));
    await connect().perform(reply('Thank you, passed on.', 'k3', later.sid));
    // k3 after a restart cannot tell k2's SMS from its own, and takes it as sent: never a double.
    expect(twilio.sent()).toHaveLength(2);
  });

  it('says clearly when Twilio will not deliver to the number', async () => {
    twilio.optedOut.add(resident);
    expect(await connect().perform(reply('Hello', 'k1'))).toEqual({
      ok: false,
      retryable: false,
      kind: 'rejected',
      message: `${resident} has texted STOP to the council's number, so Twilio will not deliver SMS to them until they text START.`,
    });
    expect(await connect().perform(reply('Hello', 'k2', 'SMx', '01632 960'))).toMatchObject({
      ok: false,
      kind: 'rejected',
      message: expect.stringContaining('not a valid phone number') as unknown,
    });
    expect(twilio.sent()).toEqual([]);
  });

  it('refuses what SMS cannot do', async () => {
    const payloads: Record<string, Record<string, unknown>> = {
      trash: { externalId: 'SM1' },
      hide: { externalId: 'SM1' },
      delete: { externalId: 'SM1' },
      block: { userId: resident },
      'post-notice': { inReplyTo: 'SM1', text: 'Removed under the policy.' },
    };
    for (const [operation, payload] of Object.entries(payloads)) {
      const result = await connect().perform(channelOperation(operation, payload, operation, 'SM1'));
      expect(result).toMatchObject({ ok: false, retryable: false, kind: 'rejected' });
    }
    expect(
      await connect().perform(channelOperation('reply', { form: 'email', to: resident, text: 'Hi' }, 'k', 'SMunknown')),
    ).toMatchObject({ ok: false, kind: 'rejected' });
  });
});

describe('TwilioConnector refusals', () => {
  it('maps 429 to rate-limit with Retry-After, or one second without it', async () => {
    twilio.failNext({ status: 429, retryAfter: '3' });
    await expect(connect().poll(null)).rejects.toMatchObject({ kind: 'rate-limit', retryAfterMs: 3000 });
    twilio.failNext({ status: 429 });
    expect(await connect().perform(reply('Hi', 'k1'))).toMatchObject({
      ok: false,
      retryable: true,
      kind: 'rate-limit',
      retryAfterMs: 1000,
    });
  });

  it('maps a wrong or rotated auth token to auth, never showing it', async () => {
    await expect(connect({ authToken: 'wrong' }).poll(null)).rejects.toMatchObject({ kind: 'auth' });
    twilio.failNext({ status: 401 });
    const result = await connect().perform(reply('Hi', 'k1'));
    expect(result).toMatchObject({ ok: false, retryable: false, kind: 'auth' });
    expect(JSON.stringify(result)).not.toContain(twilio.authToken);
  });

  it('maps a server error to a retryable unexpected failure', async () => {
    twilio.failNext({ status: 500 });
    await expect(connect().poll(null)).rejects.toMatchObject({ kind: 'unexpected', retryable: true });
  });
});

describe('TwilioConnector verify', () => {
  it('names the account and the number', async () => {
    expect(await connect().verify()).toEqual({
      ok: true,
      detail: `Connected to Twilio account Ashcombe Parish Council, number ${council}.`,
    });
  });

  it('says what is wrong: token, account, number, host', async () => {
    expect(await connect({ authToken: 'wrong' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('did not accept the Account SID') as unknown,
    });
    expect(await connect({ number: '+447400123457' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a number of the Twilio account') as unknown,
    });
    expect(await connect({ number: '01632 960001' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a UK phone number') as unknown,
    });
    expect(await connect({ number: 'AshcombePC' }).verify()).toEqual({
      ok: false,
      message:
        "The council's number: Residents cannot reply to a name like 'AshcombePC' in the UK: give the council's phone number in +44 form.",
    });
    twilio.voiceOnly.add(council);
    expect(await connect().verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('cannot receive texts on Twilio') as unknown,
    });
    twilio.voiceOnly.clear();
    expect(await connect({ baseUrl: 'http://nonexistent.invalid' }).verify()).toMatchObject({
      ok: false,
      message: expect.stringContaining('could not be found') as unknown,
    });
    twilio.accountStatus = 'suspended';
    expect(await connect().verify()).toEqual({
      ok: false,
      message: 'The Twilio account Ashcombe Parish Council is suspended: reactivate it in the Twilio Console.',
    });
  });
});
