// Undo from the queue: z and the status line's button (which App draws) undo the same action, and the queue
// then shows the item brought back, selected.
import { useEffect } from 'react';
import type { useQueue } from '../hooks/use-queue';
import { useUndo } from '../hooks/use-undo';
import type { UndoOffer } from './UndoControls';

interface Options {
  /** Who is working: undo offers their own actions. */
  operatorId: number | null;
  queue: Pick<ReturnType<typeof useQueue>, 'reload' | 'refreshSenders'>;
  /** Selects the item an undo brought back. */
  choose: (id: number) => void;
  refreshCounts: () => void;
  say: (message: string) => void;
  /** The status line's Undo button and Recent actions menu. */
  setUndo: (offer: UndoOffer | null) => void;
}

export function useQueueUndo({ operatorId, queue, choose, refreshCounts, say, setUndo }: Options) {
  const { recent, offered, undo, after } = useUndo(
    operatorId,
    (outcome) => {
      say(`Undone: ${outcome.description}.`);
      void queue.reload().then(() => {
        if (outcome.itemIds[0] !== undefined) choose(outcome.itemIds[0]);
        void queue.refreshSenders('everyone');
      });
      refreshCounts();
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
