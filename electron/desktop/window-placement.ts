// Where the main window opens: where it was last time if that place is still on a connected display, otherwise
// on the primary display. The displays are passed in (Electron's screen), so this is tested without Electron.
import type { Rectangle } from 'electron';

export interface WindowPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface DisplayArea {
  /** The display less the taskbar or dock, in screen coordinates. */
  workArea: Rectangle;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

const overlap = (a: Rectangle, b: Rectangle): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

// The strip a user drags the window by: it must be reachable, or the window cannot be moved back.
const titleBar = (bounds: Rectangle): Rectangle => ({
  x: bounds.x + 40,
  y: bounds.y,
  width: Math.max(0, bounds.width - 80),
  height: 32,
});

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * The bounds to open the window with. `standard` is the size (and minimum size) of a first start; a window larger
 * than its display is shrunk to fit, and one partly off-screen is moved fully on.
 */
export function windowBounds(
  saved: WindowPlacement | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
  standard: { width: number; height: number; minWidth: number; minHeight: number },
): WindowBounds {
  const fit = (area: Rectangle, width: number, height: number) => ({
    width: clamp(width, Math.min(standard.minWidth, area.width), area.width),
    height: clamp(height, Math.min(standard.minHeight, area.height), area.height),
  });
  if (!saved) return fit(primary.workArea, standard.width, standard.height);
  const home = displays
    .map((display) => ({ area: display.workArea, shared: overlap(display.workArea, saved) }))
    .filter(({ area, shared }) => shared > 0 && overlap(area, titleBar(saved)) > 0)
    .sort((a, b) => b.shared - a.shared)[0];
  if (!home) {
    // Its display is gone (a laptop off its docking station): the same size, centred on the primary display.
    const size = fit(primary.workArea, saved.width, saved.height);
    return {
      ...size,
      x: primary.workArea.x + Math.round((primary.workArea.width - size.width) / 2),
      y: primary.workArea.y + Math.round((primary.workArea.height - size.height) / 2),
    };
  }
  const size = fit(home.area, saved.width, saved.height);
  return {
    ...size,
    x: clamp(saved.x, home.area.x, home.area.x + home.area.width - size.width),
    y: clamp(saved.y, home.area.y, home.area.y + home.area.height - size.height),
  };
}
