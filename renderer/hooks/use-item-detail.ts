// The selected item in full, refreshed when it changes.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ItemDetail } from '../../electron/api/domain';
import { useApi } from '../api/api-context';
import { apiKey, callOrThrow, type ApiError } from '../api/queries';

export function useItemDetail(id: number | null) {
  const api = useApi();
  // Keyed by id, so an answer for an item selected before never shows under this one.
  const query = useQuery<ItemDetail, ApiError>({
    queryKey: apiKey('item:get', { id: id ?? 0 }),
    queryFn: () => callOrThrow(api, 'item:get', { id: id ?? 0 }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
    // A new object on every load, even when nothing changed: the sender panel refreshes with it.
    structuralSharing: false,
  });
  const loaded = query.isPlaceholderData ? undefined : query.data;
  return {
    /** The selected item, once loaded: what actions and keys use. */
    detail: loaded && loaded.id === id ? loaded : null,
    /**
     * What the pane draws: the item loaded last, which may still be the one selected before (the pane
     * greys it and takes no clicks until the new one arrives, rather than emptying and filling again).
     */
    shown: id === null || query.isError ? null : (query.data ?? null),
    error: id === null ? null : (query.error?.message ?? null),
    refresh: query.refetch,
  };
}
