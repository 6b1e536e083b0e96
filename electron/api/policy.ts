// The council's Social Media Policy as the app uses it: removal reasons and the policy's own settings.
import { z } from 'zod';
import { policyReasonIdSchema, type PolicyReasonId } from './domain';

export const policyResponses = ['ignore', 'inform-of-policy', 'brief-response'] as const;
export type PolicyResponse = (typeof policyResponses)[number];

export interface PolicyReason {
  id: PolicyReasonId;
  /** The key that applies this reason to the selected item, '1' to '8'. */
  key: string;
  /** The policy's own words. */
  wording: string;
  label: string;
  /** What the sender is told, when they are told. */
  explanation: string;
  defaultResponse: PolicyResponse;
  /** Whether "A post breaching … has been removed" is posted by default. */
  removalNotice: boolean;
}

/** The policy document leaves these as placeholders; the clerk fills them in. */
export const policySettingsSchema = z.strictObject({
  councilName: z.string().trim().min(1).max(200),
  policyVersion: z.string().trim().max(50),
  policyAgreedOn: z.union([z.iso.date(), z.literal('')]),
  policyReviewDue: z.union([z.iso.date(), z.literal('')]),
  complaintsAddress: z.string().trim().max(500),
  complaintsEmail: z.union([z.email(), z.literal('')]),
  policyUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
  /** Where replies tell people to write ({{clerkEmail}}). */
  clerkEmail: z.union([z.email(), z.literal('')]),
  /** The data consent form ({{consentFormUrl}}). */
  consentFormUrl: z.union([z.url({ protocol: /^https?$/ }), z.literal('')]),
});
export type PolicySettings = z.infer<typeof policySettingsSchema>;

export interface PolicyView {
  reasons: PolicyReason[];
  removalNotice: string;
  settings: PolicySettings;
  /** Version, agreed date or review date not filled in yet. */
  needsSetup: boolean;
  /** The review date has passed. */
  reviewOverdue: boolean;
  /** Strikes within a window that make a sender a repeat offender. */
  repeatOffenders: { threshold: number; windowMonths: number };
}

export const reasonIdInput = policyReasonIdSchema;
