// Who is working: the profiles, the current operator, choosing (with the handover summary it brings).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { HandoverSummary } from '../../electron/api/operators';
import { useApi } from '../api/api-context';
import { apiKey, useApiQuery } from '../api/queries';

export function useOperators() {
  const api = useApi();
  const client = useQueryClient();
  const query = useApiQuery('operators:list', {});
  /** Chosen in this window: the app asks once per opening, even if someone was working before. */
  const [chosenHere, setChosenHere] = useState(false);
  const [handover, setHandover] = useState<HandoverSummary | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);

  const choose = useCallback(
    async (id: number) => {
      const result = await api.call('operators:choose', { id });
      if (!result.ok) return setChooseError(result.error.message);
      client.setQueryData(apiKey('operators:list', {}), result.value.view);
      setChosenHere(true);
      setChooseError(null);
      const summary = result.value.handover;
      const anything =
        summary.arrivedPerChannel.length +
          summary.othersHandled.length +
          summary.notes.length +
          summary.doneByRules.count +
          summary.failedChannelActions >
        0;
      setHandover(anything ? summary : null);
    },
    [api, client],
  );

  const view = query.data ?? null;
  const current = view?.operators.find((operator) => operator.id === view.currentId) ?? null;
  return {
    view,
    current,
    chosenHere,
    choose,
    handover,
    dismissHandover: () => setHandover(null),
    error: chooseError,
    /** The profiles could not be loaded: shown instead of the chooser. */
    loadError: query.error?.message ?? null,
    reload: query.refetch,
  };
}
