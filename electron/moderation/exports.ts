// Every export is itself part of the record: what, which range, how much — never the content.
import type { Write } from './write';

export function recordExportMade(
  change: Write,
  kind: string,
  details: Record<string, unknown>,
  personId: number | null,
): number {
  return change.record({ itemId: null, personId, kind: 'export-made', details: { export: kind, ...details } });
}
