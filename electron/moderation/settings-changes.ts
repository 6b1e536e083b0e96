// The council's settings, changed and recorded together: the record says what changed, when and by whom.
import type { OutOfOfficeSetting } from '../api/out-of-office';
import type { PolicySettings } from '../api/policy';
import type { RetentionSettings } from '../core/retention-policy';
import type { StrikeSettings } from '../core/strikes';
import type { AccountRow } from '../store/accounts-repo';
import { readPolicySettings, writePolicySettings } from './council-settings';
import { writeOutOfOffice } from './out-of-office';
import { readStrikeSettings, writeStrikeSettings } from './repeat-offenders';
import { writeRetention } from './safekeeping';
import type { Write } from './write';

/** Saves the policy settings; a save that changes nothing records nothing. */
export function updatePolicySettings(change: Write, changes: Partial<PolicySettings>, councilName: string): void {
  const before = readPolicySettings(change.store, councilName);
  const after = { ...before, ...changes };
  const changedKeys = Object.keys(changes).filter(
    (key) => before[key as keyof typeof before] !== after[key as keyof typeof after],
  );
  if (changedKeys.length === 0) return;
  writePolicySettings(change.store, after, change.now);
  change.record({ itemId: null, kind: 'settings-changed', details: { changed: changedKeys, after } });
}

export function updateStrikeSettings(change: Write, changes: Partial<StrikeSettings>): void {
  const before = readStrikeSettings(change.store);
  const after = { ...before, ...changes };
  if (after.threshold === before.threshold && after.windowMonths === before.windowMonths) return;
  writeStrikeSettings(change.store, after, change.now);
  change.record({ itemId: null, kind: 'settings-changed', details: { changed: ['repeatOffenders'], before, after } });
}

export function updateRemovalSettings(
  change: Write,
  account: AccountRow,
  changes: { removalNotice?: boolean | undefined; facebookRemoval?: 'hide' | 'delete' | undefined },
): void {
  change.store.accounts.updateSettings(account.id, changes);
  change.record({ itemId: null, kind: 'account-settings-changed', details: { accountId: account.id, ...changes } });
}

export function saveOutOfOffice(change: Write, setting: OutOfOfficeSetting, templateName: string | null): void {
  writeOutOfOffice(change.store, setting, change.now);
  change.record({
    itemId: null,
    kind: 'settings-changed',
    details: { changed: ['outOfOffice'], after: { ...setting, templateName } },
  });
}

export function saveRetention(change: Write, settings: RetentionSettings): void {
  writeRetention(change.store, settings, change.now);
  change.record({ itemId: null, kind: 'settings-changed', details: { changed: ['retention'], after: settings } });
}
