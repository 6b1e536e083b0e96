// The row the clerk is on: the one they chose while it is listed, otherwise the first, so something is always
// selected; j and k move it. An action's error is about that row, so choosing another clears it.
import { useCallback, useState, type RefObject } from 'react';
import type { QueueItem } from '../../electron/api/domain';
import type { QueueTableHandle } from './QueueTable';

export function useQueueCursor(items: readonly QueueItem[], table: RefObject<QueueTableHandle | null>) {
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const chosenIndex = items.findIndex((item) => item.id === chosenId);
  const selectedIndex = chosenIndex >= 0 ? chosenIndex : items.length > 0 ? 0 : -1;
  const selectedId = items[selectedIndex]?.id ?? null;

  const select = useCallback((id: number | null) => {
    setChosenId(id);
    setActionError(null);
  }, []);

  /** To the row at `index` (kept within the list), scrolled into view. */
  const moveTo = useCallback(
    (index: number) => {
      const item = items[Math.max(0, Math.min(items.length - 1, index))];
      if (!item) return;
      select(item.id);
      table.current?.scrollToIndex(items.indexOf(item));
    },
    [items, select, table],
  );

  return {
    selectedIndex,
    selectedId,
    select,
    /** Selects without clearing the last action's error (after an undo, the row it brought back). */
    choose: setChosenId,
    moveTo,
    actionError,
    setActionError,
  };
}
