// Typed loads and changes over the contract: a query is keyed by [method, input], so invalidating a method refetches every view of it.
import { useMutation, useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../electron/api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/contract';
import { useApi } from './api-context';

/** A refused or failed call; `message` is the backend's words for the clerk. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function apiKey<M extends MethodName>(method: M, input: MethodInput<M>): QueryKey {
  return [method, input];
}

/** Calls one method and answers its value, or throws ApiError with the backend's message. */
export async function callOrThrow<M extends MethodName>(
  api: ApiClient,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await api.call(method, input);
  if (!result.ok) throw new ApiError(result.error.message, result.error.code);
  return result.value;
}

type QueryOptions<M extends MethodName, T> = Omit<
  UseQueryOptions<MethodOutput<M>, ApiError, T>,
  'queryKey' | 'queryFn'
>;

export function useApiQuery<M extends MethodName, T = MethodOutput<M>>(
  method: M,
  input: MethodInput<M>,
  options: QueryOptions<M, T> = {},
) {
  const api = useApi();
  return useQuery<MethodOutput<M>, ApiError, T>({
    queryKey: apiKey(method, input),
    queryFn: () => callOrThrow(api, method, input),
    ...options,
  });
}

/**
 * A change through the contract. `invalidates`: the loads it makes stale, refetched on success
 * (a change's own answer can also be put straight into the cache with useQueryClient().setQueryData).
 */
export function useApiMutation<M extends MethodName>(
  method: M,
  options: {
    invalidates?: readonly MethodName[];
    onSuccess?: (value: MethodOutput<M>, input: MethodInput<M>) => void;
  } = {},
) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => callOrThrow(api, method, input),
    onSuccess: async (value, input) => {
      options.onSuccess?.(value, input);
      await Promise.all((options.invalidates ?? []).map((stale) => client.invalidateQueries({ queryKey: [stale] })));
    },
  });
}
