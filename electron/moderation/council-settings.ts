// The council's policy settings, with defaults until the clerk fills them in.
import { z } from 'zod';
import { councilPolicyInput, policySettingsSchema, type CouncilPolicy, type PolicySettings } from '../api/policy';
import type { Store } from '../store/store';
import type { Write } from './write';

const key = 'policy';

export function readPolicySettings(store: Store, councilName: string): PolicySettings {
  const empty: PolicySettings = {
    councilName,
    councilAddress: '',
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

const councilPolicyKey = 'councilPolicy';

/** The council's own policy as the clerk pasted or imported it; null until then. */
export function readCouncilPolicy(store: Store): CouncilPolicy | null {
  const stored = store.settings.get(councilPolicyKey);
  const parsed = councilPolicyInput.extend({ savedAt: z.string() }).safeParse(stored);
  return parsed.success ? { ...parsed.data, fileName: parsed.data.fileName ?? null } : null;
}

/** Saves the council's own policy text; the record says that it changed and where it came from, not the text. */
export function saveCouncilPolicy(change: Write, policy: Omit<CouncilPolicy, 'savedAt'>): void {
  const { markdown, source, fileName } = policy;
  change.store.settings.set(
    councilPolicyKey,
    { markdown, source, fileName: fileName ?? undefined, savedAt: change.now },
    change.now,
  );
  change.record({
    itemId: null,
    kind: 'settings-changed',
    details: { changed: ['policyText'], source, fileName, characters: markdown.length },
  });
}
