// HTTP to Twilio's REST API (2010-04-01) with the account SID and auth token, and its refusals as ChannelErrors.
import { connectionFailure, hostOf, retryAfterMs } from '../connection-failure';
import { z } from 'zod';
import { ChannelError } from '../channel-error';
import { httpExchange, type HttpAnswer } from '../http-exchange';

export interface TwilioConfig {
  /** https://api.twilio.com, or a test server's address. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** The council's number, E.164, e.g. +447400123456. */
  number: string;
  fetch?: typeof fetch;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** Any HTTP answer from Twilio; its body is undefined when it was empty or not JSON. */
export type TwilioAnswer = HttpAnswer;

type Query = Record<string, string | number>;

// https://www.twilio.com/docs/errors/20429 — "always safe to retry" after a short wait; Twilio rarely says how long.
const defaultRateLimitMs = 1000;

// https://www.twilio.com/docs/usage/twilios-response — errors are { code, message, more_info, status }.
const errorEnvelope = z.object({ code: z.number().nullish(), message: z.string() });

export class TwilioApi {
  readonly host: string;
  private readonly root: string;
  private readonly authorization: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly config: TwilioConfig) {
    this.root = config.baseUrl.trim().replace(/\/+$/, '');
    this.host = hostOf(this.root);
    this.authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
    this.fetcher = config.fetch ?? fetch;
  }

  /** A path under this account, e.g. '/Messages.json'. */
  accountPath(suffix: string): string {
    return `/2010-04-01/Accounts/${encodeURIComponent(this.config.accountSid)}${suffix}`;
  }

  /** Any HTTP answer; `path` may carry its own query (Twilio's next_page_uri). Throws only when Twilio was not reached. */
  async send(method: string, path: string, options: { query?: Query; form?: Query } = {}): Promise<TwilioAnswer> {
    return httpExchange({
      method,
      url: this.urlOf(path, options.query ?? {}),
      headers: {
        Authorization: this.authorization,
        Accept: 'application/json',
        ...(options.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: options.form ? formOf(options.form) : null,
      fetch: this.fetcher,
      failure: (error) => connectionFailure(error, `Twilio (${this.host})`),
    });
  }

  /** A successful answer; any refusal as a ChannelError. */
  async call(method: string, path: string, options: { query?: Query; form?: Query } = {}): Promise<TwilioAnswer> {
    const answer = await this.send(method, path, options);
    if (answer.status >= 200 && answer.status < 300 && answer.body !== undefined) return answer;
    throw this.refusal(answer);
  }

  /** What a refusal means for the clerk; `to` names the recipient of a reply. The auth token never appears. */
  refusal(answer: TwilioAnswer, to?: string): ChannelError {
    const envelope = errorEnvelope.safeParse(answer.body);
    const code = envelope.success ? (envelope.data.code ?? null) : null;
    const said = envelope.success
      ? ` Twilio said: "${envelope.data.message}"${code === null ? '' : ` (error ${code})`}.`
      : '';
    if (answer.status === 429 || code === 20429) {
      return new ChannelError(
        'rate-limit',
        'Twilio asked the console to slow down; it will try again shortly.',
        retryAfterMs(answer.headers, this.now()) ?? defaultRateLimitMs,
      );
    }
    if (answer.status === 401 || code === 20003) {
      return new ChannelError(
        'auth',
        `Twilio did not accept the Account SID ${this.config.accountSid} with its auth token. Copy both again from the Twilio Console (the token changes when it is rotated) and reconnect.`,
      );
    }
    // https://www.twilio.com/docs/errors/21610 — the recipient texted STOP; 21211 — not a valid 'To' number.
    if (code === 21610) {
      return new ChannelError(
        'rejected',
        `${to ?? 'The recipient'} has texted STOP to the council's number, so Twilio will not deliver SMS to them until they text START.`,
      );
    }
    if (code === 21211)
      return new ChannelError(
        'rejected',
        `Twilio says ${to ?? 'the recipient'} is not a valid phone number for an SMS.`,
      );
    if (answer.status === 403)
      return new ChannelError('permission', `Twilio refused this for account ${this.config.accountSid}.${said}`);
    if (answer.status >= 500)
      return new ChannelError('unexpected', `Twilio had a server error (${answer.status}).${said}`);
    if (answer.status === 404 && !envelope.success)
      return new ChannelError('rejected', `There is no Twilio API at ${this.root}: check the address.`);
    if (answer.status >= 400)
      return new ChannelError('rejected', `Twilio refused the request (${answer.status}).${said}`);
    return new ChannelError(
      'unexpected',
      `Twilio (${this.host}) answered with something that is not its REST API (HTTP ${answer.status}).`,
    );
  }

  now(): Date {
    return this.config.now?.() ?? new Date();
  }

  private urlOf(path: string, query: Query): URL {
    let url: URL;
    try {
      url = new URL(`${this.root}${path}`);
    } catch {
      throw new ChannelError(
        'rejected',
        `"${this.config.baseUrl}" is not a web address: Twilio's is https://api.twilio.com.`,
      );
    }
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    return url;
  }
}

function formOf(fields: Query): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) form.set(name, String(value));
  return form.toString();
}
