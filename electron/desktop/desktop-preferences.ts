// The desktop app's own preferences, kept by electron-store in preferences.json in the user-data folder (not the
// data folder, which can change): window placement, the view's layout, and the last data folder used.
import type { Rectangle } from 'electron';
import Store, { type Schema } from 'electron-store';
import { z } from 'zod';
import { defaultViewPreferences, viewPreferencesSchema, type ViewPreferences } from '../api/preferences';
import { windowBounds, type DisplayArea, type WindowBounds } from './window-placement';

const windowPlacementSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(100),
  height: z.number().int().min(100),
  maximized: z.boolean(),
});

export const desktopPreferencesSchema = viewPreferencesSchema.extend({
  window: windowPlacementSchema.nullable(),
  lastDataFolder: z.string().min(1).nullable(),
});
export type DesktopPreferenceValues = z.infer<typeof desktopPreferencesSchema>;
export type DesktopPreferenceKey = keyof DesktopPreferenceValues;

const defaults: DesktopPreferenceValues = { ...defaultViewPreferences, window: null, lastDataFolder: null };

/** What placing and remembering a window needs of it: a BrowserWindow, or a stand-in in tests. */
export interface PlacedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  maximize(): void;
  on(event: 'close', listener: () => void): unknown;
}

export class DesktopPreferences {
  constructor(private readonly store: Pick<Store<DesktopPreferenceValues>, 'get' | 'set'>) {}

  /** The stored value, or the default when what is stored is not a valid one. */
  get<K extends DesktopPreferenceKey>(key: K): DesktopPreferenceValues[K] {
    const parsed = desktopPreferencesSchema.shape[key].safeParse(this.store.get(key));
    return parsed.success ? (parsed.data as DesktopPreferenceValues[K]) : defaults[key];
  }

  /** Throws for a value the schema refuses: that is a bug in the caller, not something to store. */
  set<K extends DesktopPreferenceKey>(key: K, value: DesktopPreferenceValues[K]): void {
    const checked: Partial<DesktopPreferenceValues> = { [key]: desktopPreferencesSchema.shape[key].parse(value) };
    this.store.set(checked);
  }

  /** The keys the renderer lays itself out by. */
  view(): ViewPreferences {
    return {
      detailPaneWidth: this.get('detailPaneWidth'),
      rowDensity: this.get('rowDensity'),
      detailPaneCollapsed: this.get('detailPaneCollapsed'),
      queueOrder: this.get('queueOrder'),
    };
  }

  windowBounds(
    displays: readonly DisplayArea[],
    primary: DisplayArea,
    standard: { width: number; height: number; minWidth: number; minHeight: number },
  ): WindowBounds {
    return windowBounds(this.get('window'), displays, primary, standard);
  }

  /** Maximises the window if it was left maximised, and remembers where it is when it closes. */
  keepPlacement(window: PlacedWindow): void {
    if (this.get('window')?.maximized) window.maximize();
    window.on('close', () => {
      const { x, y, width, height } = window.getNormalBounds();
      this.set('window', {
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(width),
        height: Math.round(height),
        maximized: window.isMaximized(),
      });
    });
  }
}

/**
 * A damaged or hand-edited file that the schema refuses is cleared rather than stopping the app: these are
 * preferences, and the defaults are always fine. `cwd` is for tests; the app uses its user-data folder.
 */
export function openDesktopPreferences(options: { cwd?: string } = {}): DesktopPreferences {
  const store = new Store<DesktopPreferenceValues>({
    name: 'preferences',
    defaults,
    // The same zod schema, as the JSON Schema electron-store checks the file and every write against.
    schema: z.toJSONSchema(desktopPreferencesSchema).properties as Schema<DesktopPreferenceValues>,
    clearInvalidConfig: true,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return new DesktopPreferences(store);
}
