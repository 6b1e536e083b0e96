// Automation rules the clerk makes: conditions on an incoming item and what to do when they all hold.
// Deleting and blocking are not actions a rule can have: the schemas are strict, so a rule naming them is refused.
import { z } from 'zod';
import { channelSchema, itemKindSchema, policyReasonIdSchema, type Channel, type ItemKind } from './domain';

const phrase = z.string().trim().min(1, 'A word or phrase cannot be empty.').max(200);
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'Give a web address like example.com (no https://, no path).');

/** Every condition is optional; a rule matches an item when all those it has hold. */
export const ruleConditionsSchema = z
  .strictObject({
    channels: z.array(channelSchema).min(1).max(5).optional(),
    kinds: z.array(itemKindSchema).min(1).max(6).optional(),
    /** Any of these words or phrases, as whole words, ignoring case. */
    words: z.array(phrase).min(1).max(50).optional(),
    /** Has a link at all (true), or a link to one of `domains`. */
    hasLink: z.boolean().optional(),
    domains: z.array(domain).min(1).max(20).optional(),
    suggestedReason: z
      .strictObject({ reasonId: policyReasonIdSchema.nullable(), minConfidence: z.enum(['medium', 'high']) })
      .optional(),
    minStrikes: z.number().int().min(1).max(100).optional(),
    senderBlocked: z.literal(true).optional(),
    outsideOfficeHours: z.literal(true).optional(),
  })
  .refine((conditions) => Object.keys(conditions).length > 0, 'Choose at least one condition.');
export type RuleConditions = z.infer<typeof ruleConditionsSchema>;

export const ruleActionsSchema = z
  .strictObject({
    label: z.string().trim().min(1).max(40).optional(),
    priority: z.literal(true).optional(),
    suggestReason: policyReasonIdSchema.optional(),
    /** A canned reply filled in for the item, left for the clerk to review and send. */
    draftReplyTemplateId: z.number().int().positive().optional(),
    /** Sends this canned reply at once, only outside office hours. */
    acknowledgeTemplateId: z.number().int().positive().optional(),
    /** Hides the item on its channel until the clerk has looked at it; only where the channel can unhide. */
    hideUntilReviewed: z.literal(true).optional(),
  })
  .refine((actions) => Object.keys(actions).length > 0, 'Choose at least one thing for the rule to do.');
export type RuleActions = z.infer<typeof ruleActionsSchema>;

export const ruleDefinitionSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the rule a name.').max(80),
  enabled: z.boolean(),
  conditions: ruleConditionsSchema,
  actions: ruleActionsSchema,
});
export type RuleDefinition = z.infer<typeof ruleDefinitionSchema>;

/** The council's office hours, in UK local time (BST in summer). Days: 0 = Sunday … 6 = Saturday. */
export const officeHoursSchema = z
  .strictObject({
    days: z.array(z.number().int().min(0).max(6)).max(7),
    opens: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Give a time like 09:00.'),
    closes: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Give a time like 17:00.'),
  })
  .refine((hours) => hours.opens < hours.closes, 'The office must open before it closes.');
export type OfficeHours = z.infer<typeof officeHoursSchema>;

export const defaultOfficeHours: OfficeHours = { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00' };

export interface RuleView extends RuleDefinition {
  id: number;
  createdAt: string;
  updatedAt: string;
  /** Items it has acted on (still standing, not undone). */
  standing: number;
}

export interface RulesView {
  rules: RuleView[];
  officeHours: OfficeHours;
}

/** One item a dry run would have matched. */
export interface DryRunMatch {
  itemId: number;
  channel: Channel;
  kind: ItemKind;
  authorName: string;
  excerpt: string;
  receivedAt: string;
}

export interface DryRunResult {
  /** Items of the last `days` days the rule would have matched. */
  matched: number;
  looked: number;
  days: number;
  examples: DryRunMatch[];
}

/** What one rule did to an item and still stands, for the detail pane. */
export interface RuleEffectView {
  actionId: number;
  ruleName: string;
  at: string;
  /** In the clerk's words: "Labelled "Spam"", "Hidden on Facebook until reviewed". */
  done: string[];
  /** The reply drafted for review; `templateId` opens the composer with it (null once the canned reply is gone). */
  draft: { templateName: string; templateId: number | null; text: string } | null;
}
