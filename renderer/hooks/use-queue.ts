// The queue's rows for the current filters: first page, more as the clerk scrolls, stale answers ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import type { Channel, ItemStatus, QueueItem, SenderStanding } from '../../electron/api/domain';

export interface QueueFilters {
  status: ItemStatus | 'all' | 'by-rules';
  channel: Channel | null;
  search: string;
  /** Every item of one person (key p), whatever the channel. */
  person: { id: number; name: string } | null;
  order: 'newest' | 'flagged';
}

export interface QueueState {
  items: QueueItem[];
  total: number;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
}

const pageSize = 100;
const sendersPerRequest = 2_000;
const empty: QueueState = { items: [], total: 0, loading: true, error: null, hasMore: false };

export function useQueue(filters: QueueFilters) {
  const api = useApi();
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
      order: filters.order,
    }),
    [filters.status, filters.channel, filters.search, filters.person?.id, filters.order],
  );

  const reload = useCallback(async () => {
    const mine = ++request.current;
    // One render less on every filter change: the rows stay until the new ones arrive.
    setState((previous) => (previous.loading ? previous : { ...previous, loading: true }));
    const result = await api.call('queue:list', input());
    if (mine !== request.current) return;
    if (!result.ok) {
      setState({ items: [], total: 0, loading: false, error: result.error.message, hasMore: false });
      return;
    }
    cursor.current = result.value.nextCursor;
    setState({
      items: result.value.items,
      total: result.value.total,
      loading: false,
      error: null,
      hasMore: result.value.nextCursor !== null,
    });
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
        if (stillMatches)
          return {
            ...previous,
            items: previous.items.map((candidate) => (candidate.id === item.id ? item : candidate)),
          };
        return {
          ...previous,
          items: previous.items.filter((candidate) => candidate.id !== item.id),
          total: Math.max(0, previous.total - 1),
        };
      });
    },
    [filters.status],
  );

  /**
   * Takes an item out of the list at once, before the backend has answered (a removal key moves straight
   * on); the returned function puts it back where it was if the backend refuses.
   */
  const takeOut = useCallback((id: number): (() => void) => {
    let taken: { item: QueueItem; index: number } | null = null;
    setState((previous) => {
      const index = previous.items.findIndex((candidate) => candidate.id === id);
      const item = previous.items[index];
      if (!item) return previous;
      taken = { item, index };
      return {
        ...previous,
        items: previous.items.filter((candidate) => candidate.id !== id),
        total: Math.max(0, previous.total - 1),
      };
    });
    return () =>
      setState((previous) => {
        if (!taken || previous.items.some((candidate) => candidate.id === id)) return previous;
        const items = [...previous.items];
        items.splice(Math.min(taken.index, items.length), 0, taken.item);
        return { ...previous, items, total: previous.total + 1 };
      });
  }, []);

  /** Brings every row of these senders up to date (their person, strikes and block), without a reload. */
  const applySenders = useCallback((standing: readonly SenderStanding[]) => {
    if (standing.length === 0) return;
    const byAuthor = new Map(standing.map((sender) => [sender.authorId, sender]));
    setState((previous) => {
      let changed = false;
      const items = previous.items.map((item) => {
        const now = byAuthor.get(item.author.id);
        if (
          !now ||
          (now.personId === item.personId && now.strikes === item.strikes && now.blocked === item.senderBlocked)
        )
          return item;
        changed = true;
        return { ...item, personId: now.personId, strikes: now.strikes, senderBlocked: now.blocked };
      });
      return changed ? { ...previous, items } : previous;
    });
  }, []);

  const listed = useRef(state.items);
  useEffect(() => {
    listed.current = state.items;
  });

  /**
   * After an action: every listed row of these people (or of everyone, for links and splits, which move
   * senders between people) shows their strikes and block as they are now. One small request, no reload.
   */
  const refreshSenders = useCallback(
    async (personIds: readonly number[] | 'everyone') => {
      const wanted = personIds === 'everyone' ? null : new Set(personIds);
      const authorIds = [
        ...new Set(listed.current.filter((item) => !wanted || wanted.has(item.personId)).map((item) => item.author.id)),
      ];
      for (let start = 0; start < authorIds.length; start += sendersPerRequest) {
        const result = await api.call('queue:senders', {
          authorIds: authorIds.slice(start, start + sendersPerRequest),
        });
        if (result.ok) applySenders(result.value);
      }
    },
    [api, applySenders],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the inputs change is this effect's job
    void reload();
  }, [reload]);

  return { ...state, reload, loadMore, applyChange, takeOut, refreshSenders };
}
