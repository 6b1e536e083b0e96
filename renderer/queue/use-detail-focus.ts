// Enter or a double click opens the detail pane and moves the focus to its heading, once the item has loaded.
import { useCallback, useEffect, useRef } from 'react';
import type { ItemDetail } from '../../electron/api/domain';

interface Pane {
  collapsed: boolean;
  setCollapsed: (collapsed: boolean) => void;
}

export function useDetailFocus(detail: ItemDetail | null, pane: Pane) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A flag, not a callback: set by a key press, used up by the load that follows it.
  const focusWhenReady = useRef(false);
  const openDetail = useCallback(() => {
    if (pane.collapsed) pane.setCollapsed(false);
    if (detail && headingRef.current) headingRef.current.focus();
    else focusWhenReady.current = true;
  }, [detail, pane]);
  useEffect(() => {
    if (detail && focusWhenReady.current && headingRef.current) {
      headingRef.current.focus();
      focusWhenReady.current = false;
    }
  }, [detail]);
  /** The item is being selected now: its heading takes the focus when it arrives. */
  const focusOnLoad = () => {
    focusWhenReady.current = true;
    if (pane.collapsed) pane.setCollapsed(false);
  };
  return { headingRef, openDetail, focusOnLoad };
}
