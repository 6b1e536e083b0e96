// Renews an OAuth2 access token with a refresh token at the provider's token endpoint (RFC 6749 section 6).
import { z } from 'zod';
import { ChannelError } from './channel-error';
import { connectionFailure, hostOf, retryAfterMs } from './connection-failure';
import { httpExchange, type HttpAnswer } from './http-exchange';

/**
 * The app the council signed in with: its token endpoint, client id and, for a confidential app, secret.
 *
 * The request is RFC 6749 section 6 (https://www.rfc-editor.org/rfc/rfc6749#section-6): a form-encoded POST
 * of grant_type=refresh_token. The client's credentials go in the form body, which section 2.3.1 allows and
 * both providers councils use accept; `scope` is optional and left out, so the new token keeps the scope
 * the council granted.
 * - Microsoft identity platform: answers a new refresh token with each access token, and expires_in.
 *   https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#refresh-the-access-token
 *   https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens
 * - Google: answers no new refresh token; the one the council has stays valid.
 *   https://developers.google.com/identity/protocols/oauth2/web-server#offline
 * A refusal is RFC 6749 section 5.2: HTTP 400 (401 for invalid_client) with { error, error_description }.
 */
export interface OAuthClient {
  tokenUrl: string;
  clientId: string;
  clientSecret?: string;
}

export interface RenewedTokens {
  accessToken: string;
  /** The new refresh token, or the one given when the provider sent none (Google). */
  refreshToken: string;
  /** When the new access token expires, if the provider said (expires_in). */
  expiresAt: Date | null;
}

export interface RefreshOptions {
  /** The account as the clerk knows it, for "Reconnect the … under Settings → Channels", e.g. "email account". */
  account: string;
  now?: () => Date;
  fetch?: typeof fetch;
}

const tokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  // A number in RFC 6749 5.1; some providers send it as a string.
  expires_in: z.union([z.number(), z.string()]).optional(),
});

/** The error code of an RFC 6749 5.2 answer; only a plain code is repeated, never free text. */
const refusalSchema = z.object({ error: z.string().regex(/^[a-z_]{1,40}$/) });

export async function refreshAccessToken(
  client: OAuthClient,
  refreshToken: string,
  options: RefreshOptions,
): Promise<RenewedTokens> {
  const now = options.now ?? (() => new Date());
  const url = URL.parse(client.tokenUrl);
  const host = hostOf(client.tokenUrl);
  if (!url)
    throw new ChannelError(
      'auth',
      `The OAuth2 token address "${client.tokenUrl}" is not a web address. Correct it in the ${options.account} settings.`,
    );
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: client.clientId,
  });
  if (client.clientSecret) form.set('client_secret', client.clientSecret);
  const answer = await httpExchange({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    fetch: options.fetch,
    failure: (error) => connectionFailure(error, `the sign-in service (${host})`, true),
  });
  if (answer.status >= 200 && answer.status < 300) return renewedFrom(answer, refreshToken, host, now());
  throw refusalOf(answer, host, options.account, now());
}

function renewedFrom(answer: HttpAnswer, refreshToken: string, host: string, now: Date): RenewedTokens {
  const tokens = tokenAnswerSchema.safeParse(answer.body);
  if (!tokens.success)
    throw new ChannelError(
      'unexpected',
      `The sign-in service (${host}) answered the renewal of the sign-in in an unknown shape; the console will try again.`,
    );
  const seconds = Number(tokens.data.expires_in);
  return {
    accessToken: tokens.data.access_token,
    refreshToken: tokens.data.refresh_token ?? refreshToken,
    expiresAt: Number.isFinite(seconds) && seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null,
  };
}

function refusalOf(answer: HttpAnswer, host: string, account: string, now: Date): ChannelError {
  const reconnect = `Reconnect the ${account} under Settings → Channels.`;
  if (answer.status === 400 || answer.status === 401) {
    const parsed = refusalSchema.safeParse(answer.body);
    const code = parsed.success ? parsed.data.error : null;
    if (code === 'invalid_client') {
      return new ChannelError(
        'auth',
        `The sign-in service (${host}) refused to renew the council's sign-in because it did not accept the client id or client secret (invalid_client). Check them, or ${lowerFirst(reconnect)}`,
      );
    }
    return new ChannelError(
      'auth',
      `The sign-in service (${host}) refused to renew the council's sign-in${code ? ` (${code})` : ''}: the refresh token has expired, was withdrawn, or belongs to another app. ${reconnect}`,
    );
  }
  if (answer.status === 429) {
    const wait = retryAfterMs(answer.headers, now);
    return new ChannelError(
      'rate-limit',
      `The sign-in service (${host}) asked the console to slow down while renewing the sign-in; it will try again.`,
      wait,
    );
  }
  if (answer.status >= 500)
    return new ChannelError(
      'network',
      `The sign-in service (${host}) had a problem on its side (HTTP ${answer.status}) while renewing the sign-in; the console will try again.`,
    );
  return new ChannelError(
    'auth',
    `The sign-in service (${host}) answered HTTP ${answer.status} when asked to renew the sign-in: check the OAuth2 token address in the ${account} settings.`,
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
