// Gives every component the API client and the query cache, and keeps the cache current from the event stream.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../electron/api/client';
import { ApiContext } from './api-context';
import { invalidateFor } from './invalidation';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The backend is on this PC and events say when data changes: no retries (an error shows at
      // once) and no refetch on focus (the clerk's view does not reshuffle when they come back).
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

export function ApiProvider({ api, client, children }: { api: ApiClient; client?: QueryClient; children: ReactNode }) {
  const [queryClient] = useState(() => client ?? newQueryClient());
  useEffect(() => api.onEvent((event) => invalidateFor(queryClient, event)), [api, queryClient]);
  return (
    <ApiContext value={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext>
  );
}
