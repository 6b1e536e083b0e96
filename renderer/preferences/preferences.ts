// The person's layout preferences (pane width, row density) behind one interface: kept in the browser's
// localStorage in browser mode, and by the desktop app (electron-store) in the window, through the contract.
import {
  defaultViewPreferences,
  viewPreference,
  type ViewPreferenceKey,
  type ViewPreferences,
} from '../../electron/api/preferences';

export interface Preferences {
  get<K extends ViewPreferenceKey>(key: K): ViewPreferences[K];
  set<K extends ViewPreferenceKey>(key: K, value: ViewPreferences[K]): void;
  /** Called after any change, for useSyncExternalStore; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The part of Storage used here, so a test can pass a Map-backed one. */
export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

const storageKey = 'parish-console.preferences';

function listeners() {
  const all = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      all.add(listener);
      return () => void all.delete(listener);
    },
    notify: () => all.forEach((listener) => listener()),
  };
}

/** Browser mode: one JSON entry in localStorage. Anything unreadable counts as the default; a full or refused storage keeps the change for this visit. */
export function browserPreferences(storage: PreferenceStorage | null): Preferences {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    stored = {};
  }
  const { subscribe, notify } = listeners();
  return {
    get: (key) => viewPreference(key, stored[key] ?? defaultViewPreferences[key]),
    set: (key, value) => {
      stored = { ...stored, [key]: viewPreference(key, value) };
      try {
        storage?.setItem(storageKey, JSON.stringify(stored));
      } catch {
        // Private browsing or a full storage: the preference lasts until the page is closed.
      }
      notify();
    },
    subscribe,
  };
}

/**
 * The desktop window: the values main read from electron-store at start, and a `save` that sends a change back.
 * Not connected yet: the contract has no preferences method; the later wave adds one and passes its call here.
 */
export function desktopPreferences(
  initial: ViewPreferences,
  save: (changes: Partial<ViewPreferences>) => Promise<void>,
  onSaveFailed: (error: unknown) => void,
): Preferences {
  let values: ViewPreferences = { ...initial };
  const { subscribe, notify } = listeners();
  return {
    get: (key) => values[key],
    set: (key, value) => {
      const checked = viewPreference(key, value);
      values = { ...values, [key]: checked };
      notify();
      save({ [key]: checked }).catch(onSaveFailed);
    },
    subscribe,
  };
}
