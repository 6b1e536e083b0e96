// The council's policy settings, with defaults until the clerk fills them in.
import { policySettingsSchema, type PolicySettings } from '../api/policy';
import type { ConsoleStore } from '../store/console-store';

const key = 'policy';

export function readPolicySettings(store: ConsoleStore, councilName: string): PolicySettings {
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

export function writePolicySettings(store: ConsoleStore, settings: PolicySettings, now: string): void {
  store.settings.set(key, settings, now);
}

/** The council's own contact details: allowed in replies, and not a sign of private information in posts. */
export function councilContacts(settings: PolicySettings): string[] {
  return [settings.complaintsEmail, settings.complaintsAddress, settings.clerkEmail].filter(
    (value) => value.trim() !== '',
  );
}
