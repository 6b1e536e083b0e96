// Who is working: the profiles, the current operator, choosing (with the handover summary it brings).
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { HandoverSummary, OperatorsView } from '../../electron/api/operators';

export function useOperators(api: ApiClient) {
  const [view, setView] = useState<OperatorsView | null>(null);
  /** Chosen in this window: the app asks once per opening, even if someone was working before. */
  const [chosenHere, setChosenHere] = useState(false);
  const [handover, setHandover] = useState<HandoverSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.call('operators:list', {});
    if (result.ok) setView(result.value);
  }, [api]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching when the app opens is this effect's job
    void load();
  }, [load]);

  const choose = useCallback(
    async (id: number) => {
      const result = await api.call('operators:choose', { id });
      if (!result.ok) return setError(result.error.message);
      setView(result.value.view);
      setChosenHere(true);
      setError(null);
      const summary = result.value.handover;
      const anything =
        summary.arrivedPerChannel.length +
          summary.othersHandled.length +
          summary.notes.length +
          summary.failedChannelActions >
        0;
      setHandover(anything ? summary : null);
    },
    [api],
  );

  const current = view?.operators.find((operator) => operator.id === view.currentId) ?? null;
  return { view, current, chosenHere, choose, handover, dismissHandover: () => setHandover(null), error, reload: load };
}
