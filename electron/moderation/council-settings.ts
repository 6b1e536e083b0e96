// The council's policy settings, with defaults until the clerk fills them in.
import { policySettingsSchema, type PolicySettings } from '../api/policy';
import type { Store } from '../store/store';

const key = 'policy';

export function readPolicySettings(store: Store, councilName: string): PolicySettings {
  const empty: PolicySettings = {
    councilName,
    policyVersion: '',
    policyAgreedOn: '',
    policyReviewDue: '',
    complaintsAddress: '',
    complaintsEmail: '',
    policyUrl: '',
    clerkEmail: '',
    consentFormUrl: '',
  };
  const stored = policySettingsSchema.partial().safeParse(store.settings.get(key) ?? {});
  return { ...empty, ...(stored.success ? stored.data : {}) };
}

export function writePolicySettings(store: Store, settings: PolicySettings, now: string): void {
  store.settings.set(key, settings, now);
}

/** The council's own contact details: allowed in replies, and not a sign of private information in posts. */
export function councilContacts(settings: PolicySettings): string[] {
  return [settings.complaintsEmail, settings.complaintsAddress, settings.clerkEmail].filter(
    (value) => value.trim() !== '',
  );
}
