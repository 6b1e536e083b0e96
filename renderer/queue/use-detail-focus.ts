// Enter, or a double-click on a row, takes the clerk into the detail pane: its heading gets the focus once the
// item has loaded (and the pane opens if the clerk had hidden it).
import { useCallback, useEffect, useRef } from 'react';
import type { ItemDetail } from '../../electron/api/domain';

interface Pane {
  collapsed: boolean;
  setCollapsed: (collapsed: boolean) => void;
}

export function useDetailFocus(detail: ItemDetail | null, pane: Pane) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusWhenLoaded = useRef(false);

  /** Enter: the selected item's heading, now if it has loaded. */
  const open = useCallback(() => {
    if (pane.collapsed) pane.setCollapsed(false);
    if (detail && headingRef.current) headingRef.current.focus();
    else focusWhenLoaded.current = true;
  }, [detail, pane]);

  /** A row double-clicked: it has just been selected, so its item is still to load. */
  const openWhenLoaded = useCallback(() => {
    focusWhenLoaded.current = true;
    if (pane.collapsed) pane.setCollapsed(false);
  }, [pane]);

  useEffect(() => {
    if (detail && focusWhenLoaded.current && headingRef.current) {
      headingRef.current.focus();
      focusWhenLoaded.current = false;
    }
  }, [detail]);

  return { headingRef, open, openWhenLoaded };
}
