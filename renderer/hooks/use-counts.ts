// Items per channel under the current status and search, for the channel filter and the summary.
import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../api/queries';
import type { QueueFilters } from './use-queue';

export function useCounts(filters: QueueFilters) {
  const search = filters.search.trim() || undefined;
  const personId = filters.person?.id;
  // The old counts stay while new filters load, as the rows do.
  const query = useApiQuery(
    'queue:counts',
    { status: filters.status, search, personId },
    { placeholderData: keepPreviousData },
  );
  return { counts: query.data ?? null, refresh: query.refetch };
}
