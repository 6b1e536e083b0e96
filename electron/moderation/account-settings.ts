// Per-account moderation settings (removal notice default, Facebook hide or delete).
import type { AccountSummary } from '../api/contract';
import { defaultAccountRemovalSettings, type AccountRemovalSettings } from '../core/removal-plan';
import type { AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';

export function removalSettingsOf(store: Store, accountId: number): AccountRemovalSettings {
  const stored = store.accounts.settings(accountId);
  return {
    removalNotice:
      typeof stored.removalNotice === 'boolean' ? stored.removalNotice : defaultAccountRemovalSettings.removalNotice,
    facebookRemoval: stored.facebookRemoval === 'delete' ? 'delete' : defaultAccountRemovalSettings.facebookRemoval,
  };
}

export function accountSummary(store: Store, account: AccountRow): AccountSummary {
  const { id, name, channel, connector } = account;
  return { id, name, channel, connector, ...removalSettingsOf(store, id) };
}
