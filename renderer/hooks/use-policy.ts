// The policy as the app uses it: reasons, settings, and whether it needs setting up or reviewing.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PolicyView } from '../../electron/api/policy';
import { apiKey, useApiQuery } from '../api/queries';

export function usePolicy() {
  const query = useApiQuery('policy:get', {});
  const client = useQueryClient();
  /** Shows what a settings change answered with (the policy as it is now). */
  const setPolicy = useCallback(
    (policy: PolicyView) => client.setQueryData(apiKey('policy:get', {}), policy),
    [client],
  );
  return { policy: query.data ?? null, error: query.error?.message ?? null, setPolicy, refresh: query.refetch };
}
