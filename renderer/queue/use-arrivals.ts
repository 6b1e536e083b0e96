// New items while the clerk works. With no table (an empty queue) or the clerk at the top, new rows just
// appear; lower down they would move the row under the clerk's eyes, so a notice offers them instead.
import { useCallback, useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { ConsoleEvent } from '../../electron/api/events';
import { useApi } from '../api/api-context';
import type { QueueTableHandle } from './QueueTable';

export function useArrivals(reload: () => Promise<void>, table: RefObject<QueueTableHandle | null>) {
  const api = useApi();
  const [waiting, setWaiting] = useState(false);

  // Counts and the open item follow events in the data layer (api/invalidation.ts); the rows are the queue's call.
  const onEvent = useEffectEvent((event: ConsoleEvent) => {
    const arrived = (event.type === 'queue:changed' && event.cause === 'ingest') || event.type === 'events:connected';
    if (!arrived) return;
    if (!table.current || table.current.isAtTop()) void reload();
    else setWaiting(true);
  });
  // One subscription for the life of the queue; the event reads the latest list and table.
  useEffect(() => api.onEvent((event) => onEvent(event)), [api]);

  /** "Show them": the new rows, from the top. */
  const show = useCallback(() => {
    setWaiting(false);
    void reload();
    table.current?.scrollToIndex(0);
  }, [reload, table]);

  return { waiting, show };
}
