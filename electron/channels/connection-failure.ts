// What every HTTP connector says when a request got no answer (DNS, refused, timeout, TLS), and Retry-After.
import { ChannelError } from './channel-error';

const tlsCodes = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME_MISMATCH/;

/** The code of a failed connection, wherever undici tucked it (cause, AggregateError members). */
export function connectionCode(error: unknown, depth = 0): string | null {
  if (typeof error !== 'object' || error === null || depth > 4) return null;
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof record.code === 'string') return record.code;
  const fromCause = connectionCode(record.cause, depth + 1);
  if (fromCause) return fromCause;
  return Array.isArray(record.errors) ? (record.errors.map((inner) => connectionCode(inner, depth + 1)).find(Boolean) ?? null) : null;
}

/**
 * The ChannelError for a fetch() that never got an answer; `place` names the service and host, e.g.
 * "Twilio (api.twilio.com)". Anything that is not a failed connection is a bug, and is thrown again.
 */
export function connectionFailure(error: unknown, place: string): ChannelError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new ChannelError('network', `${place} did not answer in time; the console will try again.`);
  }
  const code = connectionCode(error) ?? (error instanceof TypeError && error.message === 'fetch failed' ? 'UNKNOWN' : null);
  if (code === null) throw error;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new ChannelError('network', `${place} could not be found (host not found): check the address and the internet connection.`);
  if (code === 'ECONNREFUSED') return new ChannelError('network', `${place} refused the connection: check the address and any firewall or proxy.`);
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return new ChannelError('network', `${place} did not answer in time; the console will try again.`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new ChannelError('network', `The connection to ${place} was cut off; the console will try again.`);
  if (tlsCodes.test(code)) return new ChannelError('network', `The secure connection to ${place} failed (${code}): check the computer's clock and any proxy that intercepts HTTPS.`);
  return new ChannelError('network', `${place} could not be reached (${code}); the console will try again.`);
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** The host of an API address, for messages; the address itself when it is not a URL. */
export function hostOf(address: string): string {
  try {
    return new URL(address).host;
  } catch {
    return address;
  }
}
