// The result envelope: errors cross the boundary as data, never as exceptions.
export const errorCodes = [
  'invalid_input',
  'not_found',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'conflict',
  /** A reply failed the policy's rules for what the council sends; it may be sent with a written reason. */
  'policy_check',
  /** A saved password or token would go somewhere other than where it was saved for: it must be typed again. */
  'secret_needed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: unknown): { ok: false; error: ApiError } {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}
