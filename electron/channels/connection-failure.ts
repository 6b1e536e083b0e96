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
  return Array.isArray(record.errors)
    ? (record.errors.map((inner) => connectionCode(inner, depth + 1)).find(Boolean) ?? null)
    : null;
}

/**
 * The ChannelError for a fetch() that never got an answer; `place` names the service and host, e.g.
 * "Twilio (api.twilio.com)"; `addressTyped` when the clerk typed its address. Anything that is not a failed connection is a bug, and is thrown again.
 *
 * A refused, timed-out, cut-off or otherwise failed connection all read the same: the clerk does the same
 * about each (check the address), and Test connection must not tell an open port from a closed or
 * filtered one to whoever calls it. A name that does not exist and a certificate problem are told apart,
 * as the clerk acts differently on them.
 */
export function connectionFailure(error: unknown, place: string, addressTyped = false): ChannelError {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const code = timedOut
    ? 'ETIMEDOUT'
    : (connectionCode(error) ?? (error instanceof TypeError && error.message === 'fetch failed' ? 'UNKNOWN' : null));
  if (code === null) throw error;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new ChannelError(
      'network',
      `${place.charAt(0).toUpperCase()}${place.slice(1)} could not be found (host not found): check the address and the internet connection.`,
    );
  if (tlsCodes.test(code))
    return new ChannelError('network', `The secure connection to ${place} failed: ${certificateProblem(code)}`);
  return unreachable(place, addressTyped);
}

/**
 * The one message for a server that could not be reached, or did not answer as the service would.
 * `addressTyped`: the clerk typed the address (a website, a token address), so it is the first thing to check.
 */
export function unreachable(place: string, addressTyped: boolean): ChannelError {
  const check = addressTyped ? 'Check the address and port' : 'Check the internet connection and any firewall or proxy';
  return new ChannelError('network', `Could not reach ${place}. ${check}; the console will try again.`);
}

/** A TLS failure in the clerk's words, from Node's error code (never the server's own text). */
export function certificateProblem(code: string): string {
  if (code.includes('EXPIRED')) return 'its certificate has expired. Ask whoever runs it to renew the certificate.';
  if (code.includes('ALTNAME') || code.includes('HOSTNAME'))
    return 'its certificate is for another name. Check the address.';
  if (/SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|UNTRUSTED|CERT_/.test(code))
    return "its certificate is not trusted. Check the computer's clock and any proxy that intercepts secure connections.";
  return "the secure connection could not be set up. Check the address and port, the computer's clock and any proxy that intercepts secure connections.";
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
