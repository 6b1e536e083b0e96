import { useCallback, useEffect, useState } from 'react';

/** The last removal, undoable for `windowMs` (10 s): an Undo button and the z key while it lasts. */
export function useUndoWindow(windowMs = 10_000) {
  const [undoable, setUndoable] = useState<number | null>(null);
  useEffect(() => {
    if (undoable === null) return;
    const timer = setTimeout(() => setUndoable(null), windowMs);
    return () => clearTimeout(timer);
  }, [undoable, windowMs]);
  const offer = useCallback((itemId: number) => setUndoable(itemId), []);
  const take = useCallback(() => {
    const itemId = undoable;
    setUndoable(null);
    return itemId;
  }, [undoable]);
  return { undoable, offer, take };
}
