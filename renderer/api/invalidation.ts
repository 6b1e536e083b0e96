// Which loads each backend event makes stale: the one place the renderer turns events into refetches.
import type { QueryClient } from '@tanstack/react-query';
import type { MethodName } from '../../electron/api/contract';
import type { ConsoleEvent } from '../../electron/api/events';

/** What each event makes stale. The queue's rows are not here: new arrivals are the queue view's call (notice or reload). */
export function staleFor(event: ConsoleEvent): MethodName[] | 'everything' {
  switch (event.type) {
    case 'queue:changed':
      // An arrival may bring unreadable messages (Problems) or show a channel is working again.
      return event.cause === 'ingest' ? ['queue:counts', 'accounts:list', 'problems:list'] : ['queue:counts'];
    case 'outbox:changed':
      // A request's steps say whether the email they sent (the subject access export) has gone.
      return ['accounts:list', 'problems:list', 'requests:get'];
    case 'accounts:changed':
      return ['accounts:list', 'problems:list'];
    case 'operator:changed':
      return [];
    case 'events:connected':
      // The stream was away (or only now opened): anything shown may be stale.
      return 'everything';
  }
}

export function invalidateFor(client: QueryClient, event: ConsoleEvent): void {
  const stale = staleFor(event);
  if (stale === 'everything') {
    void client.invalidateQueries();
    return;
  }
  for (const method of stale) void client.invalidateQueries({ queryKey: [method] });
  if (event.type === 'outbox:changed')
    // Only the open items the channel action was for: their "sent" and "failed" lines.
    for (const id of event.itemIds) void client.invalidateQueries({ queryKey: ['item:get', { id }] });
}
