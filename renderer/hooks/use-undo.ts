// Undo: the operator's recent reversible actions as the backend has them, and undoing exactly one.
// Every action the queue starts is passed through `after`, so z (which waits for them) always undoes
// what the Undo button names, however fast the keys were pressed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import type { UndoableAction, UndoOutcome } from '../../electron/api/undo';

/** How long the Undo button is offered after an action (the Recent actions menu keeps them). */
const offerMs = 10_000;

export interface UndoState {
  recent: UndoableAction[];
  /** The action just done, offered with its own Undo button for a while. */
  offered: UndoableAction | null;
}

export function useUndo(
  operatorId: number | null,
  onUndone: (outcome: UndoOutcome) => void,
  onError: (message: string) => void,
) {
  const api = useApi();
  const [state, setState] = useState<UndoState>({ recent: [], offered: null });
  const latest = useRef<UndoableAction[]>([]);
  const settled = useRef<Promise<void>>(Promise.resolve());
  const undone = useRef(onUndone);
  const failed = useRef(onError);
  useEffect(() => {
    undone.current = onUndone;
    failed.current = onError;
  });

  /** `offer`: after an action, a new latest action gets its Undo button. */
  const load = useCallback(
    async (offer: boolean) => {
      const result = await api.call('actions:recentUndoable', {});
      if (!result.ok) return;
      // Only an action newer than any before is "just done" (after an undo, the next one down is not).
      const offered =
        offer && result.value[0] && result.value[0].actionId > (latest.current[0]?.actionId ?? 0)
          ? result.value[0]
          : null;
      latest.current = result.value;
      setState((previous) => ({
        recent: result.value,
        offered:
          offered ??
          (result.value.some((entry) => entry.actionId === previous.offered?.actionId) ? previous.offered : null),
      }));
    },
    [api],
  );

  /** An action has started: undo waits for it to finish and for the list to follow it. */
  const after = useCallback(
    <T>(work: Promise<T>): Promise<T> => {
      const reload = () => load(true);
      settled.current = settled.current.then(() => work.then(reload, reload));
      return work;
    },
    [load],
  );

  /** Undoes `actionId`, or the most recent action once everything started before has finished. */
  const undo = useCallback(
    async (actionId?: number) => {
      await settled.current;
      const target = actionId ?? latest.current[0]?.actionId;
      if (target === undefined) return failed.current('Nothing of yours to undo.');
      const result = await after(api.call('action:undo', { actionId: target }));
      if (!result.ok) return failed.current(result.error.message);
      undone.current(result.value);
    },
    [api, after],
  );

  useEffect(() => {
    if (!state.offered) return;
    const timer = setTimeout(() => setState((previous) => ({ ...previous, offered: null })), offerMs);
    return () => clearTimeout(timer);
  }, [state.offered]);

  useEffect(() => {
    // A new operator has a list of their own.
    latest.current = [];
    settled.current = settled.current.then(() => load(false));
  }, [load, operatorId]);

  return { ...state, after, undo };
}
