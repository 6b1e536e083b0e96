// The out-of-office setting: dates and the canned reply sent once per sender while away.
import { z } from 'zod';

export const outOfOfficeInput = z.strictObject({
  enabled: z.boolean(),
  /** Inclusive UK days. */
  from: z.iso.date(),
  to: z.iso.date(),
  templateId: z.number().int().positive().nullable(),
});
export type OutOfOfficeSetting = z.infer<typeof outOfOfficeInput>;
