import { describe, expect, it, vi } from 'vitest';
import { defaultViewPreferences } from '../../electron/api/preferences';
import { browserPreferences, desktopPreferences, type PreferenceStorage } from './preferences';

function memoryStorage(initial: Record<string, string> = {}): PreferenceStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('browserPreferences', () => {
  it('start from the defaults and keep a change for the next visit', () => {
    const storage = memoryStorage();
    const first = browserPreferences(storage);
    expect(first.get('rowDensity')).toBe('comfortable');
    expect(first.get('detailPaneWidth')).toBeNull();
    first.set('rowDensity', 'compact');
    first.set('detailPaneWidth', 480);
    const next = browserPreferences(storage);
    expect(next.get('rowDensity')).toBe('compact');
    expect(next.get('detailPaneWidth')).toBe(480);
  });

  it('take anything unreadable or out of range as the default', () => {
    expect(browserPreferences(memoryStorage({ 'parish-console.preferences': '{not json' })).get('rowDensity')).toBe(
      'comfortable',
    );
    const odd = browserPreferences(
      memoryStorage({ 'parish-console.preferences': JSON.stringify({ rowDensity: 'tiny', detailPaneWidth: 5 }) }),
    );
    expect(odd.get('rowDensity')).toBe('comfortable');
    expect(odd.get('detailPaneWidth')).toBeNull();
  });

  it('tell subscribers about a change', () => {
    const preferences = browserPreferences(memoryStorage());
    const listener = vi.fn();
    const stop = preferences.subscribe(listener);
    preferences.set('rowDensity', 'compact');
    stop();
    preferences.set('rowDensity', 'comfortable');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keep a change for this visit when the browser refuses to store it', () => {
    const refusing: PreferenceStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const preferences = browserPreferences(refusing);
    preferences.set('rowDensity', 'compact');
    expect(preferences.get('rowDensity')).toBe('compact');
    expect(browserPreferences(null).get('rowDensity')).toBe('comfortable');
  });
});

describe('desktopPreferences', () => {
  it('answer from what main sent at start and send each change back', async () => {
    const save = vi.fn(async () => undefined);
    const preferences = desktopPreferences(
      { ...defaultViewPreferences, detailPaneWidth: 520, rowDensity: 'compact' },
      save,
      () => undefined,
    );
    expect(preferences.get('detailPaneWidth')).toBe(520);
    preferences.set('rowDensity', 'comfortable');
    expect(preferences.get('rowDensity')).toBe('comfortable');
    expect(save).toHaveBeenCalledWith({ rowDensity: 'comfortable' });
  });

  it('report a change the desktop could not save', async () => {
    const failed = vi.fn();
    const preferences = desktopPreferences(
      { ...defaultViewPreferences },
      () => Promise.reject(new Error('disk full')),
      failed,
    );
    preferences.set('detailPaneWidth', 600);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(new Error('disk full')));
  });
});
