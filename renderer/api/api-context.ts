// The typed API client for every component, from context instead of props (ApiProvider puts it there).
import { createContext, useContext } from 'react';
import type { ApiClient } from '../../electron/api/client';

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiProvider above it.');
  return api;
}
