// A range of the record as one ZIP, ready to send for a Freedom of Information request: items and actions as
// CSV, a README saying what they hold, and the PDF report if the clerk wants it.
import { loadOnFirstUse } from '../app/load-on-first-use';
import { describeExport, recordCsv, type ExportFileNames } from './csv';
import { recordPdf } from './record-pdf';
import type { ExportHeader, RecordActionRow, RecordItemRow } from './record-rows';

export interface RecordExportInput {
  header: ExportHeader;
  items: readonly RecordItemRow[];
  actions: readonly RecordActionRow[];
  /** The file names start with this, e.g. "record-2026-11-01-to-2026-11-30". */
  stem: string;
  includePdf: boolean;
}

// Loaded at the first export: a council that never exports never pays for fflate.
const loadFflate = loadOnFirstUse(() => import('fflate'));

// Zip entries carry MS-DOS times, which start in 1980 and end in 2107.
function zipTime(madeAt: string): { mtime?: Date } {
  const time = new Date(madeAt);
  const year = time.getFullYear();
  return year >= 1980 && year <= 2107 ? { mtime: time } : {};
}

export async function recordExportZip(input: RecordExportInput): Promise<Uint8Array> {
  const { strToU8, zipSync } = await loadFflate();
  const names: ExportFileNames = {
    items: `${input.stem}-items.csv`,
    actions: `${input.stem}-actions.csv`,
    ...(input.includePdf ? { pdf: `${input.stem}.pdf` } : {}),
  };
  const csv = recordCsv(input.header, input.items, input.actions);
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8(
      describeExport(input.header, { items: input.items.length, actions: input.actions.length }, names),
    ),
    [names.items]: strToU8(csv.items),
    [names.actions]: strToU8(csv.actions),
  };
  if (names.pdf) {
    const pdf = await recordPdf(input.header, input.items, input.actions);
    files[names.pdf] = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  }
  // Dated when the export was made, so the files inside agree with the README.
  return zipSync(files, zipTime(input.header.madeAt));
}
