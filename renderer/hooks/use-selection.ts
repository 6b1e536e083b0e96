// Bulk selection in the queue: checkboxes, shift-click for a range, x for the current row.
import { useCallback, useState } from 'react';

export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  /** Toggles one id; with `range`, selects everything between the last toggled row and this one. */
  const toggle = useCallback(
    (ids: readonly number[], index: number, range: boolean) => {
      const id = ids[index];
      if (id === undefined) return;
      setSelected((previous) => {
        const next = new Set(previous);
        if (range && anchor !== null) {
          const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
          for (const rangeId of ids.slice(from, to + 1)) next.add(rangeId);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      setAnchor(index);
    },
    [anchor],
  );

  const clear = useCallback(() => {
    setSelected(new Set());
    setAnchor(null);
  }, []);

  return { selected, toggle, clear };
}
