// A sender's person with their history, refreshed when the selected item (or what was done to it) changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { PersonHistory } from '../../electron/api/people';

/** Moving through the queue with j asks for another person each time; only where the clerk stops is loaded. */
const settleMs = 120;

export function usePerson(api: ApiClient, id: number | null, version: unknown) {
  const [person, setPerson] = useState<PersonHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  const loadedId = useRef<number | null>(null);

  const refresh = useCallback(async () => {
    const mine = ++request.current;
    if (id === null) {
      setPerson(null);
      return;
    }
    const result = await api.call('person:get', { id });
    if (mine !== request.current) return;
    loadedId.current = id;
    if (result.ok) {
      setPerson(result.value);
      setError(null);
    } else setError(result.error.message);
  }, [api, id]);

  useEffect(() => {
    // The same person again (an action on their item): at once. Another person: once the clerk stops on them.
    if (id === loadedId.current) {
      void refresh();
      return;
    }
    const timer = setTimeout(() => void refresh(), settleMs);
    return () => clearTimeout(timer);
  }, [refresh, version, id]);

  /** Shows what a person:* change answered with (the person as they are now). */
  const show = useCallback((next: PersonHistory) => {
    request.current++;
    setPerson(next);
    setError(null);
  }, []);

  // Never another sender's history under this item while theirs loads.
  return { person: person && person.id === id ? person : null, error, setError, refresh, show };
}
