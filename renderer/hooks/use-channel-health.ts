// Accounts that need the clerk (sign-in refused, spending cap reached) and how many problems wait, kept current by events.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { AccountView } from '../../electron/api/accounts';

export function useChannelHealth(api: ApiClient) {
  const [troubled, setTroubled] = useState<AccountView[]>([]);
  const [problemCount, setProblemCount] = useState(0);
  const refresh = useCallback(async () => {
    const [accounts, problems] = await Promise.all([api.call('accounts:list', {}), api.call('problems:list', {})]);
    if (accounts.ok)
      setTroubled(
        accounts.value.accounts.filter((account) => account.health === 'auth' || account.health === 'capped'),
      );
    if (problems.ok) setProblemCount(problems.value.payloads.length + problems.value.failedActions.length);
  }, [api]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the app opens is this effect's job
    void refresh();
    return api.onEvent((event) => {
      const relevant =
        event.type === 'events:connected' || event.type === 'accounts:changed' || event.type === 'outbox:changed';
      if (relevant || (event.type === 'queue:changed' && event.cause === 'ingest')) void refresh();
    });
  }, [api, refresh]);
  return { troubled, problemCount, refresh };
}
