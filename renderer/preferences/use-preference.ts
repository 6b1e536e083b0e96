// One preference as React state that follows every change, wherever it is made.
import { useCallback, useSyncExternalStore } from 'react';
import type { ViewPreferenceKey, ViewPreferences } from '../../electron/api/preferences';
import type { Preferences } from './preferences';

export function usePreference<K extends ViewPreferenceKey>(
  preferences: Preferences,
  key: K,
): [ViewPreferences[K], (value: ViewPreferences[K]) => void] {
  const value = useSyncExternalStore(preferences.subscribe, () => preferences.get(key));
  const set = useCallback((next: ViewPreferences[K]) => preferences.set(key, next), [preferences, key]);
  return [value, set];
}
