// The queue's undo: what the header's Undo control offers, and the tracker every action passes through.
import { useEffect } from 'react';
import type { UndoOutcome } from '../../electron/api/undo';
import { useUndo } from '../hooks/use-undo';
import type { UndoOffer } from './UndoControls';

interface Options {
  operatorId: number | null;
  say: (message: string) => void;
  setUndo: (offer: UndoOffer | null) => void;
}

export function useQueueUndo({ operatorId, say, setUndo }: Options, onUndone: (outcome: UndoOutcome) => void) {
  const { recent, offered, undo, after } = useUndo(
    operatorId,
    (outcome) => {
      say(`Undone: ${outcome.description}.`);
      onUndone(outcome);
    },
    say,
  );
  useEffect(
    () => setUndo({ recent, offered, undo: (actionId) => void undo(actionId) }),
    [recent, offered, undo, setUndo],
  );
  useEffect(() => () => setUndo(null), [setUndo]);
  return { undo, track: after };
}
