// The first-run setup's progress, loaded when the console opens and saved step by step.
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { SetupStep, SetupView } from '../../electron/api/setup';

export function useSetup() {
  const api = useApi();
  const [view, setView] = useState<SetupView | null>(null);
  /** "Finish later": the setup is shown again when the console next opens. */
  const [later, setLater] = useState(false);
  useEffect(() => {
    void api.call('setup:get', {}).then((result) => result.ok && setView(result.value));
  }, [api]);
  const progress = useCallback(
    async (change: { step?: SetupStep; finished?: boolean }) => {
      const result = await api.call('setup:progress', change);
      if (result.ok) setView(result.value);
      return result.ok ? null : result.error.message;
    },
    [api],
  );
  return { view, showing: Boolean(view?.needed) && !later, progress, finishLater: () => setLater(true) };
}
