import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import reasonsJson from '../../assets/policy/removal-reasons.json';
import { policyReasonIds } from '../api/domain';
import type { PolicySettings } from '../api/policy';
import { parsePolicyData, policyNeedsSetup, policyReviewOverdue } from './policy';

const policyText = readFileSync(new URL('../../assets/policy/social-media-policy.md', import.meta.url), 'utf8');
const policy = parsePolicyData(reasonsJson);

describe('the policy as data', () => {
  it("has the eight removal reasons in the policy's order, keys 1 to 8", () => {
    expect(policy.reasons.map((reason) => reason.id)).toEqual([...policyReasonIds]);
    expect(policy.reasons.map((reason) => reason.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it("uses the policy's own wording for every reason and for the removal notice", () => {
    const flat = policyText.replace(/\s+/g, ' ');
    for (const reason of policy.reasons) expect(flat).toContain(`- ${reason.wording}`);
    expect(flat).toContain(`'${policy.removalNotice}'`);
  });

  it('has the labels the removal buttons are named after', () => {
    expect(policy.reasons.map((reason) => `Remove: ${reason.label}`)).toContain('Remove: Obscene or racist');
    expect(new Set(policy.reasons.map((reason) => reason.label)).size).toBe(8);
  });

  it("asks reason 8's sender for a formal complaint or a report to the Police", () => {
    expect(policy.complaintReply).toMatch(/formal complaint/);
    expect(policy.complaintReply).toMatch(/Police/);
    expect(policy.reasons.find((reason) => reason.id === 'alleged-breach')?.defaultResponse).toBe('brief-response');
  });

  it('refuses a reasons file with a reason missing or a key used twice', () => {
    expect(() => parsePolicyData({ ...reasonsJson, reasons: reasonsJson.reasons.slice(1) })).toThrow();
    const twice = reasonsJson.reasons.map((reason, index) => (index === 1 ? { ...reason, key: '1' } : reason));
    expect(() => parsePolicyData({ ...reasonsJson, reasons: twice })).toThrow(/keys 1 to 8/);
  });
});

describe('policy dates', () => {
  const settings: PolicySettings = {
    councilName: 'Ashcombe Parish Council',
    councilAddress: '',
    policyVersion: '2.1',
    policyAgreedOn: '2025-05-12',
    policyReviewDue: '2026-11-23',
    complaintsAddress: '',
    complaintsEmail: '',
    policyUrl: '',
    clerkEmail: '',
    consentFormUrl: '',
  };

  it('needs setting up until version and both dates are filled in', () => {
    expect(policyNeedsSetup(settings)).toBe(false);
    expect(policyNeedsSetup({ ...settings, policyVersion: '' })).toBe(true);
    expect(policyNeedsSetup({ ...settings, policyReviewDue: '' })).toBe(true);
  });

  it('is overdue from the day after the review date', () => {
    expect(policyReviewOverdue(settings, '2026-11-23')).toBe(false);
    expect(policyReviewOverdue(settings, '2026-11-24')).toBe(true);
    expect(policyReviewOverdue({ ...settings, policyReviewDue: '' }, '2030-01-01')).toBe(false);
  });
});
