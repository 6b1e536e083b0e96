// How the Graph API says no, in the clerk's words: one ChannelError per error envelope or failed connection.
import { connectionFailure } from '../connection-failure';
import { z } from 'zod';
import { ChannelError, type ChannelErrorKind } from '../channel-error';

/**
 * The envelope every Graph API failure comes in, and its codes:
 * https://developers.facebook.com/docs/graph-api/guides/error-handling
 */
const graphErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    type: z.string().optional(),
    code: z.number(),
    error_subcode: z.number().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/** Codes the connector treats specially rather than by class. */
export const graphCodes = {
  /** Bad parameter or missing object; subcode 33 is "does not exist or does not support this operation". */
  invalidParameter: 100,
  objectMissingSubcode: 33,
  /** Private Replies allow one message per comment. */
  alreadyRepliedPrivately: 10900,
  /** Private Replies are allowed only within 7 days of the comment. */
  replyWindowClosed: 10903,
  /**
   * Code 10 with this subcode: "This message is sent outside of allowed window" (the 24 hours, or a tag's 7 days).
   * https://developers.facebook.com/docs/messenger-platform/reference/send-api/error-codes
   */
  outsideMessagingWindowSubcode: 2018278,
  /** Code 551 (subcode 1545041): "This person isn't available right now" (they turned off messages from the Page). */
  personUnavailable: 551,
} as const;

/** A ChannelError that remembers the Graph code, so callers can tell "already done" from a real refusal. */
export class GraphRefusal extends ChannelError {
  constructor(
    kind: ChannelErrorKind,
    message: string,
    retryAfterMs: number | undefined,
    readonly code: number | null,
    readonly subcode: number | null,
  ) {
    super(kind, message, retryAfterMs);
  }
}

const expiredSubcode = 463;
const authCodes = new Set([102, 104, 190]);
// 4 app, 17 user, 32 Page, 613 custom, 80001 Pages business-use-case limits.
const throttleCodes = new Set([4, 17, 32, 613, 80001]);
const defaultRetryAfterMs = 60_000;
const permissionHint = 'pages_read_engagement, pages_read_user_content, pages_manage_engagement and pages_messaging';

/**
 * How long Facebook asks us to wait: the largest `estimated_time_to_regain_access` (minutes) in the
 * usage headers, else Retry-After, else a minute.
 * https://developers.facebook.com/docs/graph-api/overview/rate-limiting/
 */
export function retryAfterFrom(headers: Headers): number {
  let minutes = 0;
  for (const name of ['x-business-use-case-usage', 'x-app-usage', 'x-page-usage']) {
    const value = headers.get(name);
    if (value) minutes = Math.max(minutes, largestRegainMinutes(parseJson(value)));
  }
  if (minutes > 0) return minutes * 60_000;
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : defaultRetryAfterMs;
}

function largestRegainMinutes(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(largestRegainMinutes));
  if (typeof value !== 'object' || value === null) return 0;
  const own = (value as Record<string, unknown>).estimated_time_to_regain_access;
  const nested = Object.values(value).map(largestRegainMinutes);
  return Math.max(typeof own === 'number' ? own : 0, 0, ...nested);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`;
}

/** The ChannelError for a Graph answer that was not a success. `redact` removes the token from any echoed text. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  redact: (text: string) => string,
): GraphRefusal {
  const parsed = graphErrorSchema.safeParse(body);
  const code = parsed.success ? parsed.data.error.code : null;
  const subcode = parsed.success ? (parsed.data.error.error_subcode ?? null) : null;
  const said = parsed.success ? redact(parsed.data.error.message) : null;
  const refusal = (kind: ChannelErrorKind, message: string, retryAfterMs?: number) =>
    new GraphRefusal(kind, message, retryAfterMs, code, subcode);

  if (status === 429 || (code !== null && throttleCodes.has(code))) {
    const wait = retryAfterFrom(headers);
    return refusal(
      'rate-limit',
      `Facebook asked the console to slow down; it will try again in ${minutesText(wait)}.`,
      wait,
    );
  }
  if (code !== null && authCodes.has(code)) {
    return subcode === expiredSubcode
      ? refusal(
          'auth',
          'The Facebook Page access token has expired. Reconnect the Facebook account under Settings with a new Page access token.',
        )
      : refusal(
          'auth',
          'Facebook refused the Page access token: it is wrong or has been revoked. Reconnect the Facebook account under Settings with a new Page access token.',
        );
  }
  if (code === 10 && subcode === graphCodes.outsideMessagingWindowSubcode) {
    return refusal(
      'rejected',
      "Facebook says Messenger is closed for this conversation: the Page may answer only within 24 hours of the person's last message (7 days as a Human Agent reply); nothing was sent.",
    );
  }
  if (code === graphCodes.personUnavailable) {
    return refusal(
      'rejected',
      'Facebook says this person cannot receive messages from the Page just now (they may have turned them off); nothing was sent.',
    );
  }
  if (code === 10 || (code !== null && code >= 200 && code <= 299)) {
    return refusal(
      'permission',
      `The Facebook Page access token lacks a permission this needs (${said}). Reconnect the account with a token granted ${permissionHint}.`,
    );
  }
  if (code === graphCodes.replyWindowClosed) {
    return refusal(
      'rejected',
      'Facebook allows a private reply only within 7 days of the comment; this one is too old.',
    );
  }
  if (status >= 500 || code === 1 || code === 2) {
    return refusal('network', `Facebook had a temporary problem (HTTP ${status}); the console will try again.`);
  }
  if (parsed.success && status >= 400) return refusal('rejected', `Facebook refused the request: ${said}`);
  return refusal('unexpected', `Facebook answered with something the console does not understand (HTTP ${status}).`);
}

/** The ChannelError for a request that never got an answer (DNS, refused, timeout, TLS). */
export function errorFromConnection(error: unknown, host: string): ChannelError {
  return connectionFailure(error, `Facebook (${host})`);
}
