import { describe, expect, it } from 'vitest';
import { windowBounds, type DisplayArea } from './window-placement';

const standard = { width: 1440, height: 900, minWidth: 1000, minHeight: 640 };
// A laptop (1920×1080 less a 40 px taskbar) with a second monitor to its right.
const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const monitor: DisplayArea = { workArea: { x: 1920, y: -200, width: 2560, height: 1400 } };

describe('windowBounds', () => {
  it('opens at the standard size, centred by Electron, the first time', () => {
    expect(windowBounds(null, [laptop], laptop, standard)).toEqual({ width: 1440, height: 900 });
  });

  it('shrinks the standard size to a small screen', () => {
    const small: DisplayArea = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
    expect(windowBounds(null, [small], small, standard)).toEqual({ width: 1366, height: 728 });
  });

  it('puts the window back where it was, on the second monitor, while that monitor is connected', () => {
    const saved = { x: 2100, y: -100, width: 1600, height: 1000, maximized: false };
    expect(windowBounds(saved, [laptop, monitor], laptop, standard)).toEqual({
      x: 2100,
      y: -100,
      width: 1600,
      height: 1000,
    });
  });

  it('centres the window on the primary display when its monitor is gone', () => {
    const saved = { x: 2100, y: -100, width: 1600, height: 1000, maximized: false };
    expect(windowBounds(saved, [laptop], laptop, standard)).toEqual({ x: 160, y: 20, width: 1600, height: 1000 });
  });

  it('moves a window partly off the screen fully back on, and shrinks one larger than its display', () => {
    expect(
      windowBounds({ x: 1500, y: 600, width: 1200, height: 800, maximized: false }, [laptop], laptop, standard),
    ).toEqual({ x: 720, y: 240, width: 1200, height: 800 });
    expect(
      windowBounds({ x: -50, y: 0, width: 2400, height: 1300, maximized: false }, [laptop], laptop, standard),
    ).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('does not restore a window whose title bar is off every display, even if a corner still shows', () => {
    // Only its bottom-right corner reaches onto the laptop: it could not be dragged back.
    const saved = { x: -1300, y: -850, width: 1400, height: 900, maximized: false };
    expect(windowBounds(saved, [laptop], laptop, standard)).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('keeps a window no smaller than the minimum size', () => {
    expect(
      windowBounds({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop], laptop, standard),
    ).toEqual({ x: 10, y: 10, width: 1000, height: 640 });
  });
});
