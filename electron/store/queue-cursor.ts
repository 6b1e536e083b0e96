// Keyset cursor for the queue (newest first): the last row's received time and id, opaque to callers.
export interface QueuePosition {
  receivedAt: string;
  id: number;
}

export function encodeQueueCursor(position: QueuePosition): string {
  return Buffer.from(JSON.stringify([position.receivedAt, position.id])).toString('base64url');
}

export function decodeQueueCursor(cursor: string): QueuePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && Number.isInteger(value[1])) {
      return { receivedAt: value[0], id: value[1] as number };
    }
  } catch {
    // Fall through: a cursor we did not make.
  }
  return null;
}
