// How a channel says no: one error type every connector throws from poll() and maps perform() failures to.
export type ChannelErrorKind =
  /** Credentials wrong, expired or revoked: the account is paused until the clerk reconnects it. */
  | 'auth'
  /** The credentials work but lack a permission the action needs. */
  | 'permission'
  /** The channel asked us to slow down; retryAfterMs says when to come back. */
  | 'rate-limit'
  /** Host not found, refused, timed out, TLS failure: try again later. */
  | 'network'
  /** The channel refused this one request (bad id, already deleted, too long): retrying will not help. */
  | 'rejected'
  /** The channel answered with something we do not understand. */
  | 'unexpected';

export class ChannelError extends Error {
  constructor(
    readonly kind: ChannelErrorKind,
    /** A sentence a clerk can act on, naming the channel; never containing a secret. */
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ChannelError';
  }

  /** Whether the same request may succeed later without the clerk doing anything. */
  get retryable(): boolean {
    return this.kind === 'rate-limit' || this.kind === 'network' || this.kind === 'unexpected';
  }
}

/** A perform() failure from a ChannelError, for the outbox worker. */
export function failureOf(error: ChannelError): {
  ok: false;
  retryable: boolean;
  message: string;
  retryAfterMs?: number;
  kind: ChannelErrorKind;
} {
  return error.retryAfterMs === undefined
    ? { ok: false, retryable: error.retryable, message: error.message, kind: error.kind }
    : {
        ok: false,
        retryable: error.retryable,
        message: error.message,
        retryAfterMs: error.retryAfterMs,
        kind: error.kind,
      };
}
