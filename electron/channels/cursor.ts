// A connector's saved poll position: JSON it wrote itself, read back through its own schema.
import type { z } from 'zod';

/** The position in `cursor`, or null for a first sync (no cursor, a damaged one, or one another version wrote). */
export function readCursorAs<Schema extends z.ZodType>(schema: Schema, cursor: string | null): z.infer<Schema> | null {
  if (!cursor) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
