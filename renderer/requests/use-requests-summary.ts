// How many requests are overdue, for the header: loaded at start, after each step (invalidated) and every few
// minutes (a day turning over makes a request overdue without anyone touching it).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiQuery } from '../api/queries';

const everyMs = 5 * 60_000;

export function useRequestsSummary(active: boolean) {
  const query = useApiQuery('requests:summary', {}, { enabled: active, refetchInterval: everyMs });
  return { summary: query.data ?? null };
}

/** After a request changed: the register, the header's warning and the item's panel load again. */
export function useRequestsChanged(): () => void {
  const client = useQueryClient();
  return useCallback(() => {
    for (const method of ['requests:summary', 'requests:list', 'requests:forItem', 'requests:get'])
      void client.invalidateQueries({ queryKey: [method] });
  }, [client]);
}
