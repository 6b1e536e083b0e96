// The X API v2 over HTTPS for one council account: bearer sign-in, JSON in and out, failures as ChannelErrors.
import { hostOf } from '../connection-failure';
import { ChannelError } from '../channel-error';
import { errorFromAnswer, errorFromConnection } from './x-errors';

export interface XConnectorConfig {
  /** https://api.x.com; tests point it at a fake. */
  baseUrl: string;
  /** The council's X user id (numeric string). */
  accountId: string;
  /** OAuth 2.0 user-context access token (tweet.read tweet.write tweet.moderate.write users.read dm.read dm.write mute.write). */
  accessToken: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface XAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export type XQuery = Record<string, string | null | undefined>;

const timeoutMs = 30_000;

export class XClient {
  private readonly baseUrl: string;
  readonly host: string;
  readonly now: () => Date;

  constructor(private readonly config: XConnectorConfig) {
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.host = hostOf(config.baseUrl);
    this.now = config.now ?? (() => new Date());
  }

  /** Any HTTP answer from X; throws only when X could not be reached or a success was unreadable. */
  async send(method: string, path: string, options: { query?: XQuery; body?: unknown } = {}): Promise<XAnswer> {
    const url = URL.parse(this.baseUrl + path);
    if (!url) throw new ChannelError('network', `The X API address "${this.baseUrl}" is not a web address. Check the account settings.`);
    for (const [name, value] of Object.entries(options.query ?? {})) if (value !== null && value !== undefined) url.searchParams.set(name, value);
    const headers: Record<string, string> = { authorization: `Bearer ${this.config.accessToken}`, accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let answerHeaders: Headers;
    let text: string;
    try {
      const response = await (this.config.fetch ?? fetch)(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      answerHeaders = response.headers;
      text = await response.text();
    } catch (error) {
      throw errorFromConnection(error, this.host);
    }
    const body = parseJson(text);
    if (status >= 200 && status < 300 && body === undefined) {
      throw new ChannelError('unexpected', `X answered ${method} ${path} with something that is not JSON.`);
    }
    return { status, headers: answerHeaders, body: body ?? null };
  }

  /** The body of a successful answer, or the ChannelError for a refusal. */
  async call(method: string, path: string, action: string, options: { query?: XQuery; body?: unknown } = {}): Promise<unknown> {
    const answer = await this.send(method, path, options);
    if (answer.status >= 200 && answer.status < 300) return answer.body;
    throw this.refusal(answer, action);
  }

  refusal(answer: XAnswer, action: string): ChannelError {
    return errorFromAnswer(answer.status, answer.headers, answer.body, action, this.now());
  }
}

/** undefined when the text is not JSON; null for an empty body. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
