// The desktop window's layout preferences through the contract: read and saved with electron-store.
import type { HandlerMap } from '../api/dispatch';
import { ok } from '../api/envelope';
import type { ViewPreferenceKey, ViewPreferences } from '../api/preferences';
import type { DesktopPreferences } from './desktop-preferences';

export function preferenceHandlers(
  preferences: DesktopPreferences,
): Pick<HandlerMap, 'preferences:get' | 'preferences:save'> {
  return {
    'preferences:get': () => ok(preferences.view()),
    'preferences:save': ({ changes }) => {
      for (const key of Object.keys(changes) as ViewPreferenceKey[]) {
        const value = changes[key];
        if (value !== undefined) preferences.set(key, value as ViewPreferences[typeof key]);
      }
      return ok(preferences.view());
    },
  };
}
