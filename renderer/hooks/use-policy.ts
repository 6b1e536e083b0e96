// The policy as the app uses it: reasons, settings, and whether it needs setting up or reviewing.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { PolicyView } from '../../electron/api/policy';

export function usePolicy(api: ApiClient) {
  const [policy, setPolicy] = useState<PolicyView | null>(null);
  const refresh = useCallback(async () => {
    const result = await api.call('policy:get', {});
    if (result.ok) setPolicy(result.value);
  }, [api]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the inputs change is this effect's job
    void refresh();
  }, [refresh]);
  return { policy, setPolicy, refresh };
}
