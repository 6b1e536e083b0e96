// The queue's rows for the current filters: first page, more as the clerk scrolls, stale answers ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { Channel, ItemStatus, QueueItem } from '../../electron/api/domain';

export interface QueueFilters {
  status: ItemStatus | 'all';
  channel: Channel | null;
  search: string;
  /** Every item of one person (key p), whatever the channel. */
  person: { id: number; name: string } | null;
}

export interface QueueState {
  items: QueueItem[];
  total: number;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
}

const pageSize = 100;
const empty: QueueState = { items: [], total: 0, loading: true, error: null, hasMore: false };

export function useQueue(api: ApiClient, filters: QueueFilters) {
  const [state, setState] = useState<QueueState>(empty);
  const cursor = useRef<string | null>(null);
  const request = useRef(0);
  const loadingMore = useRef(false);

  const input = useCallback(
    (after?: string) => ({
      status: filters.status,
      channel: filters.channel ?? undefined,
      search: filters.search.trim() || undefined,
      personId: filters.person?.id,
      limit: pageSize,
      cursor: after,
    }),
    [filters.status, filters.channel, filters.search, filters.person?.id],
  );

  const reload = useCallback(async () => {
    const mine = ++request.current;
    setState((previous) => ({ ...previous, loading: true }));
    const result = await api.call('queue:list', input());
    if (mine !== request.current) return;
    if (!result.ok) {
      setState({ items: [], total: 0, loading: false, error: result.error.message, hasMore: false });
      return;
    }
    cursor.current = result.value.nextCursor;
    setState({ items: result.value.items, total: result.value.total, loading: false, error: null, hasMore: result.value.nextCursor !== null });
  }, [api, input]);

  const loadMore = useCallback(async () => {
    if (loadingMore.current || !cursor.current) return;
    loadingMore.current = true;
    const mine = request.current;
    const result = await api.call('queue:list', input(cursor.current));
    loadingMore.current = false;
    if (mine !== request.current || !result.ok) return;
    cursor.current = result.value.nextCursor;
    setState((previous) => ({
      ...previous,
      items: [...previous.items, ...result.value.items],
      total: result.value.total,
      hasMore: result.value.nextCursor !== null,
    }));
  }, [api, input]);

  /** Reflects a change the clerk just made, without waiting for a reload. */
  const applyChange = useCallback(
    (item: QueueItem) => {
      setState((previous) => {
        const stillMatches = filters.status === 'all' || item.status === filters.status;
        const index = previous.items.findIndex((candidate) => candidate.id === item.id);
        if (index < 0) return previous;
        if (stillMatches) return { ...previous, items: previous.items.map((candidate) => (candidate.id === item.id ? item : candidate)) };
        return { ...previous, items: previous.items.filter((candidate) => candidate.id !== item.id), total: Math.max(0, previous.total - 1) };
      });
    },
    [filters.status],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the inputs change is this effect's job
    void reload();
  }, [reload]);

  return { ...state, reload, loadMore, applyChange };
}
