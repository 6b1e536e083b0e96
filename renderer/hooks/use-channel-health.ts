// Accounts that need the clerk (sign-in refused, spending cap reached) and how many problems wait, kept current by events.
import { useApiQuery } from '../api/queries';

export function useChannelHealth() {
  const accounts = useApiQuery('accounts:list', {});
  const problems = useApiQuery('problems:list', {});
  const troubled = (accounts.data?.accounts ?? []).filter(
    (account) => account.health === 'auth' || account.health === 'capped',
  );
  const problemCount = problems.data ? problems.data.payloads.length + problems.data.failedActions.length : 0;
  const refresh = async () => {
    await Promise.all([accounts.refetch(), problems.refetch()]);
  };
  return { troubled, problemCount, refresh };
}
