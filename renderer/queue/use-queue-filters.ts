// What the queue shows: the search being typed (debounced), status, channel, one person, and the order.
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
  const [order, setOrder] = usePreference(preferences, 'queueOrder');
  const filters: QueueFilters = useMemo(() => ({ ...choice, search, order }), [choice, search, order]);
  /** Every item of one person, on every channel and in every status. */
  const showPerson = useCallback((person: { id: number; name: string }) => {
    setChoice({ status: 'all', channel: null, person });
    setSearchText('');
  }, []);
  const clear = useCallback(() => {
    setSearchText('');
    setChoice(firstChoice);
  }, []);
  const change = useCallback(
    (next: QueueFilters) => setChoice({ status: next.status, channel: next.channel, person: next.person }),
    [],
  );
  const filtered = search !== '' || choice.channel !== null || choice.status !== 'new';
  return { filters, searchText, setSearchText, setOrder, showPerson, clear, change, filtered };
}
