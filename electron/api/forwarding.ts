// Forwarding an item to a councillor or an outside agency, from the council's address book.
import { z } from 'zod';

export const contactKinds = ['councillor', 'agency'] as const;

export const addressBookSchema = z
  .array(
    z.strictObject({
      id: z.string().trim().min(1).max(40),
      name: z.string().trim().min(1).max(120),
      email: z.email(),
      kind: z.enum(contactKinds),
    }),
  )
  .max(200);
export type AddressBook = z.infer<typeof addressBookSchema>;
export type Contact = AddressBook[number];

export interface ForwardPreview {
  to: Contact;
  subject: string;
  /** Exactly what the councillor or agency will receive. */
  text: string;
  redacted: boolean;
  /** What was taken out, e.g. [{ kind: 'email', count: 2 }]. */
  removed: { kind: string; count: number }[];
  /** Why it cannot be sent unredacted (no consent recorded), when that was asked. */
  consentProblem: string | null;
}
