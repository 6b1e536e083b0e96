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
  /** The council's postal address, as the clerk gives it in the first-run setup. */
  councilAddress: z.string().trim().max(500),
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
  /** The council's own policy text, once the clerk has pasted or imported it; null until then. */
  councilPolicy: CouncilPolicy | null;
}

export const policySources = ['pasted', 'docx', 'pdf', 'markdown', 'text'] as const;
export interface CouncilPolicy {
  markdown: string;
  source: (typeof policySources)[number];
  fileName: string | null;
  savedAt: string;
}

export const councilPolicyInput = z.strictObject({
  markdown: z.string().trim().min(20, 'Paste the whole policy: this is too short to be one.').max(300_000),
  source: z.enum(policySources),
  fileName: z.string().trim().max(260).optional(),
});

/** A policy file read for the clerk to check before saving: its text and the version and dates it gives. */
export interface PolicyImportView {
  markdown: string;
  format: 'docx' | 'pdf' | 'markdown' | 'text';
  facts: { version: string | null; agreedOn: string | null; reviewDue: string | null };
}

export const policyImportInput = z.strictObject({
  fileName: z.string().trim().min(1).max(260),
  /** The file's bytes, base64: up to 10 MB of file. */
  contentBase64: z.string().max(14_000_000),
});

export const reasonIdInput = policyReasonIdSchema;
