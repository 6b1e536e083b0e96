// A local stand-in for Twilio's REST API (account, numbers, messages), for the SMS connector's tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';
import { messageJson, pageOf, selectMessages, type FakeSms } from './fake-twilio-messages';

export type { FakeSms } from './fake-twilio-messages';

/** A refusal the next request gets, whatever it asks. */
export type FakeTwilioFault = { status: 429; retryAfter?: string } | { status: 500 } | { status: 401 };

export interface FakeTwilioRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams | null;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

function twilioError(status: number, code: number, message: string): Answer {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

const e164 = /^\+[1-9]\d{6,14}$/;

export class FakeTwilio {
  accountSid = 'AC0123456789abcdef0123456789abcdef';
  authToken = 'f00dfeedf00dfeedf00dfeedf00dfeed';
  friendlyName = 'Ashcombe Parish Council';
  accountStatus: 'active' | 'suspended' | 'closed' = 'active';
  readonly numbers = ['+447400123456'];
  /** Numbers of the account that can take calls but not texts (capabilities.sms false). */
  readonly voiceOnly = new Set<string>();
  /** Recipients who texted STOP. */
  readonly optedOut = new Set<string>();
  readonly messages: FakeSms[] = [];
  readonly requests: FakeTwilioRequest[] = [];
  now: () => Date = () => new Date();
  url = '';
  private readonly faults: FakeTwilioFault[] = [];
  private server: LoopbackServer | null = null;
  private lastSid = 0;

  async start(): Promise<string> {
    this.server = await listenOnLoopback((request, response) => void this.handle(request, response));
    this.url = this.server.origin;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.close();
  }

  /** A text from a resident to the council's number (or `to`), received at `dateSent`. */
  addInbound(message: {
    from: string;
    body: string;
    dateSent: Date | null;
    to?: string;
    corrupt?: Record<string, unknown>;
  }): FakeSms {
    return this.add({
      from: message.from,
      to: message.to ?? this.numbers[0] ?? '',
      body: message.body,
      direction: 'inbound',
      status: message.dateSent ? 'received' : 'receiving',
      dateCreated: message.dateSent ?? this.now(),
      dateSent: message.dateSent,
      corrupt: message.corrupt ?? null,
    });
  }

  add(message: Omit<FakeSms, 'sid'>): FakeSms {
    this.lastSid += 1;
    const added: FakeSms = { sid: `SM${this.lastSid.toString(16).padStart(32, '0')}`, ...message };
    this.messages.push(added);
    return added;
  }

  /** What the council sent through the API. */
  sent(): FakeSms[] {
    return this.messages.filter((message) => message.direction === 'outbound-api');
  }

  failNext(fault: FakeTwilioFault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  count(method: string, path: string): number {
    return this.requests.filter((request) => request.method === method && request.path === path).length;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    const form = method === 'POST' ? new URLSearchParams(text) : null;
    this.requests.push({ method, path: url.pathname, query: url.searchParams, form });
    const answer = this.answer(method, url, form, request.headers.authorization);
    response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  private answer(method: string, url: URL, form: URLSearchParams | null, authorization: string | undefined): Answer {
    const fault = this.faults.shift();
    if (fault?.status === 429)
      return {
        ...twilioError(429, 20429, 'Too Many Requests'),
        headers: fault.retryAfter ? { 'Retry-After': fault.retryAfter } : {},
      };
    if (fault?.status === 500) return twilioError(500, 20500, 'Internal Server Error');
    if (fault?.status === 401 || !this.authorised(authorization)) {
      return {
        ...twilioError(401, 20003, 'Authenticate'),
        headers: { 'WWW-Authenticate': 'Basic realm="Twilio API"' },
      };
    }
    const account = `/2010-04-01/Accounts/${this.accountSid}`;
    const path = url.pathname;
    if (method === 'GET' && path === `${account}.json`) return this.account(account);
    if (method === 'GET' && path === `${account}/IncomingPhoneNumbers.json`) {
      const wanted = url.searchParams.get('PhoneNumber');
      const owned = this.numbers
        .filter((number) => wanted === null || number === wanted)
        .map((number) => ({
          phone_number: number,
          capabilities: { voice: true, sms: !this.voiceOnly.has(number), mms: false },
        }));
      return { status: 200, body: { incoming_phone_numbers: owned, page: 0, page_size: 50, next_page_uri: null } };
    }
    if (method === 'GET' && path === `${account}/Messages.json`) {
      const selection = selectMessages(this.messages, url.searchParams);
      if ('error' in selection) return twilioError(400, 20001, `Invalid ${selection.error}`);
      return { status: 200, body: pageOf(selection.messages, url.searchParams, path, this.accountSid) };
    }
    if (method === 'POST' && path === `${account}/Messages.json`)
      return this.createMessage(form ?? new URLSearchParams());
    const single = new RegExp(`^${account}/Messages/(\\w+)\\.json$`).exec(path);
    const found = single ? this.messages.find((message) => message.sid === single[1]) : undefined;
    if (method === 'GET' && found) return { status: 200, body: messageJson(found, this.accountSid) };
    return twilioError(404, 20404, `The requested resource ${path} was not found`);
  }

  private authorised(authorization: string | undefined): boolean {
    if (!authorization?.startsWith('Basic ')) return false;
    return Buffer.from(authorization.slice(6), 'base64').toString('utf8') === `${this.accountSid}:${this.authToken}`;
  }

  private account(uri: string): Answer {
    return {
      status: 200,
      body: {
        sid: this.accountSid,
        friendly_name: this.friendlyName,
        status: this.accountStatus,
        type: 'Full',
        uri: `${uri}.json`,
      },
    };
  }

  // Error codes as https://www.twilio.com/docs/api/errors lists them for POST /Messages.json.
  private createMessage(form: URLSearchParams): Answer {
    const to = form.get('To') ?? '';
    const from = form.get('From') ?? '';
    const body = form.get('Body') ?? '';
    if (to === '') return twilioError(400, 21604, "A 'To' phone number is required.");
    if (!e164.test(to)) return twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`);
    if (!this.numbers.includes(from))
      return twilioError(
        400,
        21606,
        `The From phone number ${from} is not a valid, SMS-capable inbound phone number or short code for your account.`,
      );
    if (body === '') return twilioError(400, 21602, 'Message body is required.');
    if (body.length > 1600)
      return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    if (this.optedOut.has(to)) return twilioError(400, 21610, 'Attempt to send to unsubscribed recipient');
    const created = this.add({
      from,
      to,
      body,
      direction: 'outbound-api',
      status: 'queued',
      dateCreated: this.now(),
      dateSent: null,
      corrupt: null,
    });
    return { status: 201, body: messageJson(created, this.accountSid) };
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
