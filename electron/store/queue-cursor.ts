// Keyset cursor for the queue: the last row's received time and id (and flag, for "Flagged first"), opaque to callers.
export interface QueuePosition {
  receivedAt: string;
  id: number;
  /** Only in a "Flagged first" cursor. */
  flag?: number;
}

export function encodeQueueCursor(position: QueuePosition): string {
  const value =
    position.flag === undefined
      ? [position.receivedAt, position.id]
      : [position.receivedAt, position.id, position.flag];
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeQueueCursor(cursor: string): QueuePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1])) {
      if (value.length === 2) return { receivedAt: value[0], id: value[1] as number };
      if (value.length === 3 && Number.isInteger(value[2]))
        return { receivedAt: value[0], id: value[1] as number, flag: value[2] as number };
    }
  } catch {
    // Fall through: a cursor we did not make.
  }
  return null;
}
