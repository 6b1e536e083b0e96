// The detail pane's width: dragged or set with the keyboard, collapsed or not, kept for the next time.
import { useCallback } from 'react';
import type { Preferences } from '../preferences/preferences';
import { usePreference } from '../preferences/use-preference';

export const narrowest = 320;
/** The queue keeps at least this much of the window. */
const queueAtLeast = 560;

export function widestDetail(windowWidth: number): number {
  return Math.max(narrowest, windowWidth - queueAtLeast);
}

/** Until the clerk chooses: about a third of the window, so the message has the most room. */
function standardWidth(windowWidth: number): number {
  return Math.round(Math.min(640, Math.max(380, windowWidth * 0.32)));
}

export function useDetailWidth(preferences: Preferences) {
  const [chosen, setChosen] = usePreference(preferences, 'detailPaneWidth');
  const [collapsed, setCollapsed] = usePreference(preferences, 'detailPaneCollapsed');

  const choose = useCallback(
    (next: number) => setChosen(Math.round(Math.min(widestDetail(window.innerWidth), Math.max(narrowest, next)))),
    [setChosen],
  );

  /** The width to draw now: never wider than this window allows. */
  const width = collapsed ? 0 : Math.min(chosen ?? standardWidth(window.innerWidth), widestDetail(window.innerWidth));
  return { width, collapsed, choose, setCollapsed };
}
