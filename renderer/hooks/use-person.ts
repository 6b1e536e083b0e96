// A sender's person with their history, refreshed when the selected item (or what was done to it) changes.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonHistory } from '../../electron/api/people';
import { apiKey, useApiQuery } from '../api/queries';

/** Moving through the queue with j asks for another person each time; only where the clerk stops is loaded. */
const settleMs = 120;

export function usePerson(id: number | null, version: unknown) {
  const client = useQueryClient();
  // The person to load: another one once the clerk stops on them.
  const [wanted, setWanted] = useState(id);
  useEffect(() => {
    if (id === wanted) return;
    const timer = setTimeout(() => setWanted(id), settleMs);
    return () => clearTimeout(timer);
  }, [id, wanted]);
  const query = useApiQuery('person:get', { id: wanted ?? 0 }, { enabled: wanted !== null });

  // The same person again (an action on their item): at once.
  const seenVersion = useRef(version);
  useEffect(() => {
    if (seenVersion.current === version) return;
    seenVersion.current = version;
    if (wanted !== null && wanted === id) void client.invalidateQueries({ queryKey: apiKey('person:get', { id }) });
  }, [client, version, wanted, id]);

  /** Shows what a person:* change answered with (the person as they are now). */
  const show = useCallback(
    (next: PersonHistory) => client.setQueryData(apiKey('person:get', { id: next.id }), next),
    [client],
  );

  const person = query.data ?? null;
  // Never another sender's history under this item while theirs loads.
  return {
    person: person && person.id === id ? person : null,
    error: wanted === id ? (query.error?.message ?? null) : null,
    refresh: query.refetch,
    show,
  };
}
