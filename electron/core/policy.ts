// Reads the policy's removal reasons from assets/policy and answers questions about the policy's dates.
import { z } from 'zod';
import { policyReasonIds, policyReasonIdSchema, type PolicyReasonId } from '../api/domain';
import { policyResponses, type PolicyReason, type PolicySettings } from '../api/policy';

const reasonsFileSchema = z.strictObject({
  reasons: z
    .array(
      z.strictObject({
        id: policyReasonIdSchema,
        key: z.string().regex(/^[1-8]$/),
        wording: z.string().min(1),
        label: z.string().min(1).max(40),
        explanation: z.string().min(1),
        defaultResponse: z.enum(policyResponses),
        removalNotice: z.boolean(),
      }),
    )
    .length(policyReasonIds.length),
  removalNotice: z.string().min(1),
  complaintReply: z.string().min(1),
});

export interface PolicyData {
  reasons: PolicyReason[];
  removalNotice: string;
  complaintReply: string;
}

export function parsePolicyData(json: unknown): PolicyData {
  const data = reasonsFileSchema.parse(json);
  const ids = new Set(data.reasons.map((reason) => reason.id));
  const keys = new Set(data.reasons.map((reason) => reason.key));
  if (ids.size !== policyReasonIds.length || keys.size !== policyReasonIds.length) {
    throw new Error('assets/policy/removal-reasons.json must list each of the eight reasons once, with keys 1 to 8');
  }
  return { ...data, reasons: [...data.reasons].sort((a, b) => a.key.localeCompare(b.key)) };
}

export function reasonById(policy: PolicyData, id: PolicyReasonId): PolicyReason {
  const reason = policy.reasons.find((candidate) => candidate.id === id);
  if (!reason) throw new Error(`Unknown policy reason ${id}`);
  return reason;
}

export function policyNeedsSetup(settings: PolicySettings): boolean {
  return settings.policyVersion === '' || settings.policyAgreedOn === '' || settings.policyReviewDue === '';
}

/** Overdue from the day after the review date, in the council's calendar (dates are YYYY-MM-DD). */
export function policyReviewOverdue(settings: PolicySettings, today: string): boolean {
  return settings.policyReviewDue !== '' && today > settings.policyReviewDue;
}
