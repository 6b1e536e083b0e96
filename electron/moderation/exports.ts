// Every export is itself part of the record: what, which range, how much — never the content.
import type { DetailsIn } from '../api/recorded-actions';
import type { Write } from './write';

export function recordExportMade(
  change: Write,
  kind: string,
  details: Omit<DetailsIn<'export-made'>, 'export'>,
  personId: number | null,
): number {
  return change.record({ itemId: null, personId, kind: 'export-made', details: { export: kind, ...details } });
}
