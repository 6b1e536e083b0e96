// The X API v2 over HTTPS for one council account: bearer sign-in, JSON in and out, failures as ChannelErrors.
import { hostOf } from '../connection-failure';
import { ChannelError } from '../channel-error';
import { z } from 'zod';
import { errorFromAnswer, errorFromConnection, renewalRefused } from './x-errors';
import { httpExchange, type HttpAnswer } from '../http-exchange';
import { billableUses, type XUse } from './x-billing';

export interface XConnectorConfig {
  /** https://api.x.com; tests point it at a fake. */
  baseUrl: string;
  /** The council's X user id (numeric string). */
  accountId: string;
  /** OAuth 2.0 user-context access token (tweet.read tweet.write tweet.moderate.write users.read dm.read dm.write mute.write). */
  accessToken: string;
  /** Present when the console may renew the sign-in by itself (a saved account with a refresh token). */
  renewal?: XRenewal;
  /** Told what each answer cost under X's pay-per-use pricing (a saved account keeps it, for its spend). */
  meter?: (uses: XUse[]) => void;
  fetch?: typeof fetch;
  now?: () => Date;
}

/**
 * What renewing an expired access token needs. X issues a refresh token with the offline.access
 * scope and replaces it at every use, so each new pair must be saved before anything else happens.
 * https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code ("Refresh tokens")
 */
export interface XRenewal {
  refreshToken: string;
  clientId: string;
  /** Confidential X apps authenticate at the token endpoint with Basic client id:secret. */
  clientSecret?: string;
  /** Called with the new pair as soon as X gives it. */
  onRenewed(tokens: { accessToken: string; refreshToken: string }): void;
}

/** Any HTTP answer from X; its body is read as httpExchange says, with null for an empty one. */
export type XAnswer = HttpAnswer;

export type XQuery = Record<string, string | null | undefined>;

const tokenAnswerSchema = z.object({ access_token: z.string().min(1), refresh_token: z.string().min(1).optional() });

export class XClient {
  private readonly baseUrl: string;
  readonly host: string;
  readonly now: () => Date;
  private accessToken: string;
  private refreshToken: string | null;
  /** One renewal at a time: the poller and the outbox share this client, and X accepts a refresh token once. */
  private renewing: Promise<void> | null = null;

  constructor(private readonly config: XConnectorConfig) {
    this.baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.host = hostOf(config.baseUrl);
    this.now = config.now ?? (() => new Date());
    this.accessToken = config.accessToken;
    this.refreshToken = config.renewal?.refreshToken ?? null;
  }

  /** True when an expired sign-in can be renewed here (false for Test connection before Save). */
  get canRenew(): boolean {
    return this.config.renewal !== undefined;
  }

  /**
   * Any HTTP answer from X; throws only when X could not be reached, a success was unreadable, or
   * an expired sign-in could not be renewed. A 401 is retried once after renewing the sign-in.
   */
  async send(method: string, path: string, options: { query?: XQuery; body?: unknown } = {}): Promise<XAnswer> {
    const usedToken = this.accessToken;
    const answer = await this.request(method, path, options);
    if (answer.status !== 401 || !this.config.renewal) return answer;
    await this.renew(usedToken);
    return this.request(method, path, options);
  }

  private async request(method: string, path: string, options: { query?: XQuery; body?: unknown }): Promise<XAnswer> {
    const url = URL.parse(this.baseUrl + path);
    if (!url)
      throw new ChannelError(
        'network',
        `The X API address "${this.baseUrl}" is not a web address. Check the account settings.`,
      );
    for (const [name, value] of Object.entries(options.query ?? {}))
      if (value !== null && value !== undefined) url.searchParams.set(name, value);
    const headers: Record<string, string> = { authorization: `Bearer ${this.accessToken}`, accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const answer = await this.exchange(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    if (answer.status >= 200 && answer.status < 300 && answer.body === undefined) {
      throw new ChannelError('unexpected', `X answered ${method} ${path} with something that is not JSON.`);
    }
    const uses = this.config.meter
      ? billableUses(method, path, answer.status, options.body, answer.body, this.config.accountId)
      : [];
    if (uses.length > 0) this.config.meter?.(uses);
    return { ...answer, body: answer.body ?? null };
  }

  private exchange(
    url: URL,
    init: { method: string; headers: Record<string, string>; body?: string | undefined },
  ): Promise<XAnswer> {
    const failure = (error: unknown): ChannelError => errorFromConnection(error, this.host);
    return httpExchange({ ...init, url, fetch: this.config.fetch, failure, blankBodyAs: null });
  }

  /** Renews the sign-in unless another request already did since `usedToken` was refused. */
  private async renew(usedToken: string): Promise<void> {
    if (this.accessToken !== usedToken) return;
    this.renewing ??= this.exchangeRefreshToken().finally(() => {
      this.renewing = null;
    });
    await this.renewing;
  }

  /** POST /2/oauth2/token with grant_type=refresh_token; the new pair is saved before it is used. */
  private async exchangeRefreshToken(): Promise<void> {
    const renewal = this.config.renewal;
    if (!renewal || this.refreshToken === null) throw renewalRefused();
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: this.refreshToken });
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    if (renewal.clientSecret)
      headers.authorization = `Basic ${Buffer.from(`${renewal.clientId}:${renewal.clientSecret}`).toString('base64')}`;
    else form.set('client_id', renewal.clientId);
    const answer = await this.exchange(new URL(`${this.baseUrl}/2/oauth2/token`), {
      method: 'POST',
      headers,
      body: form.toString(),
    });
    if (answer.status === 400 || answer.status === 401) throw renewalRefused();
    if (answer.status < 200 || answer.status >= 300)
      throw this.refusal({ ...answer, body: answer.body ?? null }, "renew the council's X sign-in");
    const tokens = tokenAnswerSchema.safeParse(answer.body);
    if (!tokens.success)
      throw new ChannelError(
        'unexpected',
        'X answered the sign-in renewal in an unknown shape; the console will try again.',
      );
    // X normally sends a new refresh token and retires the old one; keep the old one if it did not.
    const renewed = {
      accessToken: tokens.data.access_token,
      refreshToken: tokens.data.refresh_token ?? this.refreshToken,
    };
    renewal.onRenewed(renewed);
    this.accessToken = renewed.accessToken;
    this.refreshToken = renewed.refreshToken;
  }

  /** The body of a successful answer, or the ChannelError for a refusal. */
  async call(
    method: string,
    path: string,
    action: string,
    options: { query?: XQuery; body?: unknown } = {},
  ): Promise<unknown> {
    const answer = await this.send(method, path, options);
    if (answer.status >= 200 && answer.status < 300) return answer.body;
    throw this.refusal(answer, action);
  }

  refusal(answer: XAnswer, action: string): ChannelError {
    return errorFromAnswer(answer.status, answer.headers, answer.body, action, this.now());
  }
}
