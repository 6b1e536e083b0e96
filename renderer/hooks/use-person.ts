// A sender's person with their history, refreshed when the selected item (or what was done to it) changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { PersonHistory } from '../../electron/api/people';

export function usePerson(api: ApiClient, id: number | null, version: unknown) {
  const [person, setPerson] = useState<PersonHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++request.current;
    if (id === null) {
      setPerson(null);
      return;
    }
    const result = await api.call('person:get', { id });
    if (mine !== request.current) return;
    if (result.ok) {
      setPerson(result.value);
      setError(null);
    } else setError(result.error.message);
  }, [api, id]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the person or their items change is this effect's job
    void refresh();
  }, [refresh, version]);

  /** Shows what a person:* change answered with (the person as they are now). */
  const show = useCallback((next: PersonHistory) => {
    request.current++;
    setPerson(next);
    setError(null);
  }, []);

  return { person, error, setError, refresh, show };
}
