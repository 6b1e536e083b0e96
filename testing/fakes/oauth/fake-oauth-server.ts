// A fake OAuth2 provider on loopback for the email tests: a token endpoint that renews with a refresh token
// (RFC 6749 section 6) and an introspection endpoint (RFC 7662) that Dovecot's oauth2 passdb asks about tokens.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { text } from 'node:stream/consumers';
import { listenOnLoopback, type LoopbackServer } from '../../support/loopback-server';

export interface FakeOAuthOptions {
  /** The mailbox every good token signs in to. */
  user: string;
  clientId: string;
  /** A confidential app's secret, then required in the token request. */
  clientSecret?: string;
  accessToken: string;
  refreshToken: string;
  /** Microsoft gives a new refresh token at each renewal and takes the old one back here; Google keeps it (false). */
  rotateRefreshToken?: boolean;
  expiresInSeconds?: number;
}

/** What the token endpoint answers instead, once, for tests of a provider in trouble. */
export interface TokenFault {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export class FakeOAuthServer {
  /** Renewals the token endpoint granted. */
  renewals = 0;
  /** Every token request's form, as sent. */
  readonly tokenRequests: URLSearchParams[] = [];
  /** Access tokens offered (to Dovecot or the SMTP sink) and refused. */
  refusedTokens = 0;
  private refresh: string;
  private latest: string;
  private readonly activeTokens: Set<string>;
  private issued = 0;
  private faults: TokenFault[] = [];
  private held: Promise<void> | null = null;
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: LoopbackServer,
    private readonly options: FakeOAuthOptions,
  ) {
    this.refresh = options.refreshToken;
    this.latest = options.accessToken;
    this.activeTokens = new Set([options.accessToken]);
  }

  static async start(options: FakeOAuthOptions): Promise<FakeOAuthServer> {
    // No request can come before start() has returned the addresses, so `fake` exists by then.
    const server = await listenOnLoopback((request, response) => void fake.handle(request, response));
    const fake = new FakeOAuthServer(server, options);
    return fake;
  }

  get tokenUrl(): string {
    return `${this.origin}/oauth2/v2.0/token`;
  }

  get introspectionUrl(): string {
    return `${this.origin}/introspect`;
  }

  /** The newest access token issued (working or not). */
  get accessToken(): string {
    return this.latest;
  }

  /** The refresh token that works now. */
  get refreshToken(): string {
    return this.refresh;
  }

  /** Every access token issued so far stops working, as an hour-old one does. */
  expireAccessTokens(): void {
    this.activeTokens.clear();
  }

  /** Whether an access token is good now; a refused one is counted. */
  accepts(token: string): boolean {
    if (this.activeTokens.has(token)) return true;
    this.refusedTokens += 1;
    for (const wake of this.waiters) wake();
    return false;
  }

  /** The token endpoint answers this next, instead of renewing. */
  failNextRenewal(fault: TokenFault): void {
    this.faults.push(fault);
  }

  /** Token requests wait until the returned function is called. */
  holdRenewals(): () => void {
    let release: () => void = () => undefined;
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  /** Resolves once `count` access tokens have been refused in all. */
  whenRefused(count: number): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (this.refusedTokens < count) return;
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Also cuts Dovecot's HTTP connection, which it keeps open between introspections. */
  close(): Promise<void> {
    return this.server.close();
  }

  private get origin(): string {
    return this.server.origin;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await text(request));
    const path = new URL(request.url ?? '/', this.origin).pathname;
    if (request.method === 'POST' && path === '/oauth2/v2.0/token') {
      this.tokenRequests.push(form);
      await this.held;
      this.answerTokenRequest(form, response);
    } else if (request.method === 'POST' && path === '/introspect') {
      // Dovecot's introspection_mode = post sends token=…; the answer's fields are named in its oauth2 config.
      const token = form.get('token') ?? '';
      send(response, 200, this.accepts(token) ? { active: true, username: this.options.user } : { active: false });
    } else {
      send(response, 404, { error: 'not_found' });
    }
  }

  /** RFC 6749 5.1 on success, 5.2 on refusal. */
  private answerTokenRequest(form: URLSearchParams, response: ServerResponse): void {
    const fault = this.faults.shift();
    if (fault) {
      response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      response.end(fault.body);
      return;
    }
    if (form.get('grant_type') !== 'refresh_token')
      return send(response, 400, {
        error: 'unsupported_grant_type',
        error_description: 'Only refresh_token is served here.',
      });
    const secretOk = this.options.clientSecret === undefined || form.get('client_secret') === this.options.clientSecret;
    if (form.get('client_id') !== this.options.clientId || !secretOk)
      return send(response, 401, { error: 'invalid_client', error_description: 'Client authentication failed.' });
    if (form.get('refresh_token') !== this.refresh) {
      return send(response, 400, {
        error: 'invalid_grant',
        error_description: 'The refresh token is invalid, expired, or was already used.',
      });
    }
    this.renewals += 1;
    this.issued += 1;
    const accessToken = `fake-access-token-${this.issued}-${this.options.user}`;
    this.activeTokens.add(accessToken);
    this.latest = accessToken;
    const rotate = this.options.rotateRefreshToken ?? true;
    if (rotate) this.refresh = `fake-refresh-token-${this.issued}`;
    send(response, 200, {
      token_type: 'Bearer',
      access_token: accessToken,
      expires_in: this.options.expiresInSeconds ?? 3600,
      scope: 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send',
      ...(rotate ? { refresh_token: this.refresh } : {}),
    });
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
