// New rows from the channels: shown at once when the clerk is at the top, offered by a notice lower down.
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import type { ConsoleEvent } from '../../electron/api/events';
import { useApi } from '../api/api-context';
import type { QueueTableHandle } from './QueueTable';

export function useArrivals(table: RefObject<QueueTableHandle | null>, reload: () => Promise<unknown>) {
  const api = useApi();
  const [waiting, setWaiting] = useState(false);
  // With no table (an empty queue) or the clerk at the top, new rows just appear; lower down
  // they would move the row under the clerk's eyes, so a notice offers them instead.
  // Counts and the open item follow events in the data layer (api/invalidation.ts); the rows are this view's call.
  const onEvent = useEffectEvent((event: ConsoleEvent) => {
    if (!((event.type === 'queue:changed' && event.cause === 'ingest') || event.type === 'events:connected')) return;
    if (!table.current || table.current.isAtTop()) void reload();
    else setWaiting(true);
  });
  // One subscription for the life of the view.
  useEffect(() => api.onEvent((event) => onEvent(event)), [api]);
  const show = () => {
    setWaiting(false);
    void reload();
    table.current?.scrollToIndex(0);
  };
  return { waiting, show };
}
