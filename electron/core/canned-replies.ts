// Canned replies: the schema for assets/replies/canned-replies.json and the variables a reply may use.
// Validated on load so that a hand-edited file with a typo fails loudly instead of sending braces.
import { z } from 'zod';

/** The only variables a canned reply may use; each is filled from Policy settings or the message. */
export const templateVariables = [
  'senderName',
  'councilName',
  'clerkEmail',
  'policyUrl',
  'consentFormUrl',
  'operatorName',
] as const;
export type TemplateVariable = (typeof templateVariables)[number];

/**
 * `operatorName` in what the console writes while nobody is working (the out-of-office answer, a rule's draft):
 * "Thank you. The Clerk, Ashcombe Parish Council", not the council's name twice.
 */
export const unattendedSignOff = 'The Clerk';

// Same syntax renderTemplate accepts, so the two never disagree about what counts as a variable.
const variablePattern = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The variable names a template uses, in first-use order, without repeats. */
export function variablesUsed(text: string): string[] {
  return [...new Set([...text.matchAll(variablePattern)].map((match) => match[1] ?? ''))];
}

const allowedVariables: ReadonlySet<string> = new Set(templateVariables);

export const cannedReplySchema = z
  .object({
    // Kebab-case ids are stable keys stored with each sent reply; names are what the clerk sees.
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens'),
    name: z.string().trim().min(1),
    text: z.string().trim().min(1),
    // True when sending this reply starts the policy's data consent step.
    setsConsent: z.boolean().optional(),
  })
  .superRefine((reply, context) => {
    for (const name of variablesUsed(reply.text)) {
      if (!allowedVariables.has(name))
        context.addIssue({
          code: 'custom',
          path: ['text'],
          message: `{{${name}}} is not one of ${templateVariables.join(', ')}`,
        });
    }
  });

export type CannedReply = z.infer<typeof cannedReplySchema>;

const cannedRepliesFileSchema = z.object({ templates: z.array(cannedReplySchema) }).superRefine((file, context) => {
  const seen = new Set<string>();
  file.templates.forEach((reply, index) => {
    if (seen.has(reply.id))
      context.addIssue({ code: 'custom', path: ['templates', index, 'id'], message: `duplicate id "${reply.id}"` });
    seen.add(reply.id);
  });
});

export type ParseCannedRepliesResult = { ok: true; templates: CannedReply[] } | { ok: false; message: string };

/** Checks the parsed JSON of a canned-replies file; the message names the field at fault for the clerk. */
export function parseCannedReplies(json: unknown): ParseCannedRepliesResult {
  const result = cannedRepliesFileSchema.safeParse(json);
  if (result.success) return { ok: true, templates: result.data.templates };
  return {
    ok: false,
    message: result.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; '),
  };
}
