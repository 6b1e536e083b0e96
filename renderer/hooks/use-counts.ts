// Items per channel under the current status and search, for the channel filter and the summary.
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { QueueCounts } from '../../electron/api/contract';
import type { QueueFilters } from './use-queue';

export function useCounts(api: ApiClient, filters: QueueFilters) {
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const search = filters.search.trim() || undefined;
  const personId = filters.person?.id;
  const refresh = useCallback(async () => {
    const result = await api.call('queue:counts', { status: filters.status, search, personId });
    if (result.ok) setCounts(result.value);
  }, [api, filters.status, search, personId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the inputs change is this effect's job
    void refresh();
  }, [refresh]);
  return { counts, refresh };
}
