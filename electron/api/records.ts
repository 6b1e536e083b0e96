// The Records view: the whole record of correspondence, searched and exported (FOI, subject access).
import { z } from 'zod';
import { channelSchema, policyReasonIdSchema } from './domain';

export const recordsFilter = z
  .strictObject({
    from: z.iso.date(),
    to: z.iso.date(),
    channel: channelSchema.optional(),
    personId: z.number().int().positive().optional(),
    operator: z.string().trim().min(1).max(120).optional(),
    reasonId: policyReasonIdSchema.optional(),
    text: z.string().trim().max(200).optional(),
  })
  .refine((filter) => filter.from <= filter.to, {
    message: 'The From date must be on or before the To date.',
    path: ['to'],
  });
export type RecordsFilter = z.infer<typeof recordsFilter>;

export interface RecordItemView {
  id: number;
  receivedAt: string;
  channel: string;
  sender: string;
  subject: string | null;
  text: string;
  status: string;
  removalReason: string | null;
}

export interface RecordActionView {
  id: number;
  at: string;
  operator: string;
  kind: string;
  itemId: number | null;
  summary: string;
}

export interface RecordsPage {
  items: RecordItemView[];
  actions: RecordActionView[];
  itemTotal: number;
  actionTotal: number;
}

/** A file made by an export, base64-encoded to cross the bridge. */
export interface ExportFile {
  name: string;
  type: string;
  base64: string;
}

/** A subject access export, and the items the clerk must read before sending it. */
export interface SubjectAccessFile extends ExportFile {
  /** E.g. "Item 12 (an email address, a phone number)": personal data that may be someone else's. */
  toCheck: string[];
}
