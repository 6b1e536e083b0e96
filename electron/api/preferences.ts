// How the console is laid out for the person using it (not council settings): the same keys in the desktop app,
// where electron-store keeps them, and in browser mode, where the browser does.
import { z } from 'zod';

export const rowDensities = ['comfortable', 'compact'] as const;

export const viewPreferencesSchema = z.object({
  /** The detail pane's width in CSS pixels; null for the standard layout. */
  detailPaneWidth: z.number().int().min(280).max(2000).nullable(),
  /** How tall the queue's rows are. */
  rowDensity: z.enum(rowDensities),
  /** The detail pane put away: the rows take the whole width (its width is kept for when it comes back). */
  detailPaneCollapsed: z.boolean(),
  /** The queue newest first, or items with a suggested reason first. */
  queueOrder: z.enum(['newest', 'flagged']),
});
export type ViewPreferences = z.infer<typeof viewPreferencesSchema>;
export type ViewPreferenceKey = keyof ViewPreferences;

export const defaultViewPreferences: Readonly<ViewPreferences> = {
  detailPaneWidth: null,
  rowDensity: 'comfortable',
  detailPaneCollapsed: false,
  queueOrder: 'newest',
};

/** The stored value of one key if it is a valid one, otherwise the default: a bad entry never stops the console. */
export function viewPreference<K extends ViewPreferenceKey>(key: K, stored: unknown): ViewPreferences[K] {
  const parsed = viewPreferencesSchema.shape[key].safeParse(stored);
  return parsed.success ? (parsed.data as ViewPreferences[K]) : defaultViewPreferences[key];
}
