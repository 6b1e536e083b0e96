// How the X API says no, in the clerk's words: one ChannelError per error answer or failed connection.
import { connectionFailure } from '../connection-failure';
import { z } from 'zod';
import { ChannelError } from '../channel-error';

/**
 * X answers failures as problem details ({ title, detail, type, status }), sometimes with an `errors`
 * list, and a few endpoints still in the v1.1 shape ({ errors: [{ code, message }] }).
 * https://docs.x.com/x-api/fundamentals/response-codes-and-errors
 */
const problemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  errors: z.array(z.object({ message: z.string().optional(), detail: z.string().optional() })).optional(),
});

const reconnect = 'Reconnect the X account under Settings, signed in as the council.';

/** What X said, in one short sentence fragment (X's own words; they never echo the token). */
export function xSaid(body: unknown, status: number): string {
  const parsed = problemSchema.safeParse(body);
  const first = parsed.success ? parsed.data.errors?.[0] : undefined;
  const said = parsed.success
    ? (parsed.data.detail ?? first?.message ?? first?.detail ?? parsed.data.title)
    : undefined;
  return (said ?? `HTTP ${status}`).replace(/\.+$/, '').slice(0, 300);
}

/** X refuses a post whose text repeats one the account posted recently, with a 403. */
export function isDuplicateContent(status: number, body: unknown): boolean {
  return status === 403 && /duplicate content/i.test(xSaid(body, status));
}

/**
 * How long X asks us to wait: x-rate-limit-reset (the window's end, in epoch seconds) minus now, or the
 * 24-hour caps' own reset headers when those are spent (POST /2/tweets, DMs).
 * https://docs.x.com/x-api/fundamentals/rate-limits
 */
export function retryAfterFrom(headers: Headers, now: Date): number | undefined {
  const seconds = Number(headers.get('retry-after'));
  if (headers.get('retry-after') !== null && Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const windows = [
    ['x-rate-limit-remaining', 'x-rate-limit-reset'],
    ['x-user-limit-24hour-remaining', 'x-user-limit-24hour-reset'],
    ['x-app-limit-24hour-remaining', 'x-app-limit-24hour-reset'],
  ] as const;
  const epochOf = (name: string): number | null => {
    const value = Number(headers.get(name));
    return headers.get(name) !== null && Number.isFinite(value) && value > 0 ? value : null;
  };
  const spent = windows.filter(([remaining]) => headers.get(remaining) === '0').map(([, reset]) => epochOf(reset));
  const resets = spent.filter((reset): reset is number => reset !== null);
  const reset = resets.length > 0 ? Math.max(...resets) : epochOf('x-rate-limit-reset');
  return reset === null ? undefined : Math.max(0, reset * 1000 - now.getTime());
}

function waitText(ms: number | undefined): string {
  if (ms === undefined) return 'later';
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes === 1 ? 'in about a minute' : `in about ${minutes} minutes`;
}

/** The ChannelError for an X answer that was not a success; `action` says what the console was doing. */
export function errorFromAnswer(
  status: number,
  headers: Headers,
  body: unknown,
  action: string,
  now: Date,
): ChannelError {
  const said = xSaid(body, status);
  if (status === 401) {
    return new ChannelError(
      'auth',
      `X no longer accepts the council's sign-in (the access token is wrong or has expired; without a refresh token it lasts two hours). ${reconnect}`,
    );
  }
  if (status === 429) {
    const wait = retryAfterFrom(headers, now);
    return new ChannelError(
      'rate-limit',
      `X's rate limit was reached while trying to ${action}; the console will try again ${waitText(wait)}.`,
      wait,
    );
  }
  if (status === 403 && /deleted or not visible/i.test(said)) {
    return new ChannelError(
      'rejected',
      `X refused to ${action}: the post is deleted or not visible to the council's account.`,
    );
  }
  if (status === 403) {
    return new ChannelError(
      'permission',
      `X refused to ${action}: ${said}. Check that the X app has this permission, or reconnect the X account granting it.`,
    );
  }
  if (status >= 500)
    return new ChannelError(
      'network',
      `X had a problem on its side (HTTP ${status}) while the console tried to ${action}; it will try again.`,
    );
  if (status >= 400) return new ChannelError('rejected', `X refused to ${action}: ${said}.`);
  return new ChannelError(
    'unexpected',
    `X answered with something the console does not understand (HTTP ${status}) while trying to ${action}.`,
  );
}

/** X would not renew the sign-in: the refresh token was revoked, already used, or belongs to another app. */
export function renewalRefused(): ChannelError {
  return new ChannelError(
    'auth',
    `X refused to renew the council's sign-in (the refresh token was withdrawn, already used, or is for a different X app). ${reconnect}`,
  );
}

/** The ChannelError for a request that never got an answer (DNS, refused, timeout, TLS). */
export function errorFromConnection(error: unknown, host: string): ChannelError {
  return connectionFailure(error, `X (${host})`);
}
