// The real electron-store and its file, with Electron itself mocked away (so the store needs its folder given).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { openDesktopPreferences, type PlacedWindow } from './desktop-preferences';

vi.mock('electron', () => ({ default: {} }));

const tempDir = useTempDirs();
const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const standard = { width: 1440, height: 900, minWidth: 1000, minHeight: 640 };

function fakeWindow(bounds: { x: number; y: number; width: number; height: number }, maximized: boolean) {
  const listeners: (() => void)[] = [];
  const maximize = vi.fn<() => void>();
  const window: PlacedWindow & { close(): void; maximize: typeof maximize } = {
    getNormalBounds: () => bounds,
    isMaximized: () => maximized,
    maximize,
    on: (_event, listener) => listeners.push(listener),
    close: () => listeners.forEach((listener) => listener()),
  };
  return window;
}

describe('desktop preferences', () => {
  it('start from the defaults', () => {
    const preferences = openDesktopPreferences({ cwd: tempDir() });
    expect(preferences.view()).toEqual({
      detailPaneWidth: null,
      rowDensity: 'comfortable',
      detailPaneCollapsed: false,
      queueOrder: 'newest',
    });
    expect(preferences.get('lastDataFolder')).toBeNull();
    expect(preferences.windowBounds([laptop], laptop, standard)).toEqual({ width: 1440, height: 900 });
  });

  it('are kept in preferences.json and read back by the next start', () => {
    const cwd = tempDir();
    const first = openDesktopPreferences({ cwd });
    first.set('rowDensity', 'compact');
    first.set('detailPaneWidth', 520);
    first.set('lastDataFolder', 'D:\\Council\\Console data');
    expect(JSON.parse(readFileSync(join(cwd, 'preferences.json'), 'utf8'))).toMatchObject({
      rowDensity: 'compact',
      detailPaneWidth: 520,
    });
    const next = openDesktopPreferences({ cwd });
    expect(next.view()).toEqual({
      detailPaneWidth: 520,
      rowDensity: 'compact',
      detailPaneCollapsed: false,
      queueOrder: 'newest',
    });
    expect(next.get('lastDataFolder')).toBe('D:\\Council\\Console data');
  });

  it('remember where the window was when it closed, and maximise it again next time', () => {
    const cwd = tempDir();
    const first = openDesktopPreferences({ cwd });
    const window = fakeWindow({ x: 100.4, y: 50, width: 1280, height: 800 }, true);
    first.keepPlacement(window);
    expect(window.maximize).not.toHaveBeenCalled();
    window.close();

    const next = openDesktopPreferences({ cwd });
    expect(next.windowBounds([laptop], laptop, standard)).toEqual({ x: 100, y: 50, width: 1280, height: 800 });
    const reopened = fakeWindow({ x: 100, y: 50, width: 1280, height: 800 }, false);
    next.keepPlacement(reopened);
    expect(reopened.maximize).toHaveBeenCalledOnce();
  });

  it('start from the defaults when the file is damaged or was edited by hand into something invalid', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'preferences.json'), '{ "rowDensity": "compact", ');
    expect(openDesktopPreferences({ cwd }).get('rowDensity')).toBe('comfortable');
    writeFileSync(join(cwd, 'preferences.json'), JSON.stringify({ rowDensity: 'enormous', window: { x: 'left' } }));
    const preferences = openDesktopPreferences({ cwd });
    expect(preferences.get('rowDensity')).toBe('comfortable');
    expect(preferences.get('window')).toBeNull();
  });

  it('keep keys a newer version of the console wrote', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'preferences.json'), JSON.stringify({ rowDensity: 'compact', sidebarOpen: true }));
    expect(openDesktopPreferences({ cwd }).get('rowDensity')).toBe('compact');
  });

  it('refuse to store a value outside the schema', () => {
    const preferences = openDesktopPreferences({ cwd: tempDir() });
    expect(() => preferences.set('detailPaneWidth', 12)).toThrow();
    expect(preferences.get('detailPaneWidth')).toBeNull();
  });
});
