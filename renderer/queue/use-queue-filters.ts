// What the queue lists: the search as typed (and once it settles), status, channel, one person's items, the order.
import { useCallback, useMemo, useState } from 'react';
import { useDebounced } from '../hooks/use-debounced';
import type { QueueFilters } from '../hooks/use-queue';
import type { Preferences } from '../preferences/preferences';
import { usePreference } from '../preferences/use-preference';

type Choice = Omit<QueueFilters, 'search' | 'order'>;
const firstChoice: Choice = { status: 'new', channel: null, person: null };

export function useQueueFilters(preferences: Preferences) {
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText, 150);
  const [choice, setChoice] = useState<Choice>(firstChoice);
  // Kept for next time, like the detail pane's width.
  const [order, setOrder] = usePreference(preferences, 'queueOrder');
  const filters: QueueFilters = useMemo(() => ({ ...choice, search, order }), [choice, search, order]);

  /** The status, channel or person chosen above the queue (the search and the order have their own). */
  const choose = useCallback(
    (next: QueueFilters) => setChoice({ status: next.status, channel: next.channel, person: next.person }),
    [],
  );

  /** Every item of one person, on every channel and in every status. */
  const showPerson = useCallback((person: { id: number; name: string }) => {
    setChoice({ status: 'all', channel: null, person });
    setSearchText('');
  }, []);

  /** Back to the queue as it opens: new items, every channel, no search. */
  const clear = useCallback(() => {
    setSearchText('');
    setChoice(firstChoice);
  }, []);

  return {
    filters,
    searchText,
    setSearchText,
    choose,
    setOrder,
    showPerson,
    clear,
    /** The clerk has narrowed the queue, so an empty one offers to clear the filters. */
    narrowed: search !== '' || choice.channel !== null || choice.status !== 'new',
  };
}
