// HTTP to a WordPress site's REST API with an application password, and its refusals as ChannelErrors.
import { connectionFailure, hostOf, retryAfterMs, unreachable } from '../connection-failure';
import { z } from 'zod';
import { ChannelError } from '../channel-error';
import { httpExchange, type HttpAnswer } from '../http-exchange';

export interface WordPressConfig {
  /** The site's address, e.g. https://ashcombe-pc.example.org; the REST API lives under /wp-json/. */
  baseUrl: string;
  user: string;
  applicationPassword: string;
  fetch?: typeof fetch;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** Any HTTP answer from the site; its body is undefined when it was empty or not JSON (an HTML page: not the REST API). */
export type WordPressAnswer = HttpAnswer;

type Query = Record<string, string | number>;

const defaultRateLimitMs = 60_000;

// https://developer.wordpress.org/rest-api/using-the-rest-api/global-parameters/ — errors are { code, message, data: { status } }.
// WordPress's codes are identifiers (rest_forbidden, incorrect_password); anything else is not WordPress.
const errorEnvelope = z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{0,60}$/), message: z.string() });

/** Codes WordPress answers when the application password (or the user) is wrong, revoked or not sent at all. */
const authCodes = new Set([
  'rest_not_logged_in',
  'incorrect_password',
  'invalid_username',
  'invalid_email',
  'application_passwords_disabled',
]);

export class WordPressSite {
  readonly host: string;
  private readonly root: string;
  private readonly authorization: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly config: WordPressConfig) {
    this.root = config.baseUrl.trim().replace(/\/+$/, '');
    this.host = hostOf(this.root);
    // https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/ — HTTP Basic, user:application-password.
    this.authorization = `Basic ${Buffer.from(`${config.user}:${config.applicationPassword}`).toString('base64')}`;
    this.fetcher = config.fetch ?? fetch;
  }

  /** Any HTTP answer; throws a ChannelError only when the site could not be reached at all. */
  async send(
    method: string,
    path: string,
    options: { query?: Query; body?: Record<string, unknown> } = {},
  ): Promise<WordPressAnswer> {
    return httpExchange({
      method,
      url: this.urlOf(path, options.query ?? {}),
      headers: {
        Authorization: this.authorization,
        Accept: 'application/json',
        ...(options.body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: options.body ? JSON.stringify(options.body) : null,
      fetch: this.fetcher,
      failure: (error) => connectionFailure(error, this.place, true),
    });
  }

  /** A successful answer; any refusal as a ChannelError. */
  async call(
    method: string,
    path: string,
    options: { query?: Query; body?: Record<string, unknown> } = {},
  ): Promise<WordPressAnswer> {
    const answer = await this.send(method, path, options);
    if (answer.status >= 200 && answer.status < 300 && answer.body !== undefined) return answer;
    throw this.refusal(answer);
  }

  /**
   * What a refusal means for the clerk; the password never appears in it, nor anything else the server
   * wrote (the address was typed in, so it may be any server): only WordPress's own error codes are read.
   * An answer that is not WordPress's reads as an unreachable site, so Test connection cannot be used to
   * find out what else answers on a network.
   */
  refusal(answer: WordPressAnswer): ChannelError {
    const envelope = errorEnvelope.safeParse(answer.body);
    const code = envelope.success ? envelope.data.code : null;
    const site = `WordPress at ${this.host}`;
    if (answer.status === 429) {
      return new ChannelError(
        'rate-limit',
        `${site} asked the console to slow down; it will try again later.`,
        retryAfterMs(answer.headers, this.now()) ?? defaultRateLimitMs,
      );
    }
    if (code === null || code === 'rest_no_route') return unreachable(this.place, true);
    if (answer.status === 401 || authCodes.has(code)) {
      return new ChannelError(
        'auth',
        `${site} did not accept the user name "${this.config.user}" with its application password. Create a new application password under Users → Profile and reconnect the account.`,
      );
    }
    if (answer.status === 403) {
      return new ChannelError(
        'permission',
        `The WordPress user "${this.config.user}" is not allowed to do this on ${this.host}. Give the user the Editor or Administrator role so it can moderate comments.`,
      );
    }
    if (answer.status >= 500)
      return new ChannelError(
        'unexpected',
        `${site} had a server error (${answer.status}); the console will try again.`,
      );
    if (code === 'rest_comment_invalid_id')
      return new ChannelError(
        'rejected',
        `${site} has no such comment any more: it may have been deleted on the site.`,
      );
    if (answer.status >= 400)
      return new ChannelError('rejected', `${site} refused the request (HTTP ${answer.status}).`);
    return unreachable(this.place, true);
  }

  /** The site as messages name it. */
  private get place(): string {
    return `the WordPress site at ${this.host}`;
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
        `"${this.config.baseUrl}" is not a web address: enter the site's address, e.g. https://ashcombe-pc.example.org.`,
      );
    }
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    return url;
  }
}

/** The WordPress error code of a refusal, e.g. 'rest_already_trashed'. */
export function wordPressCode(answer: WordPressAnswer): string | null {
  const envelope = errorEnvelope.safeParse(answer.body);
  return envelope.success ? envelope.data.code : null;
}
