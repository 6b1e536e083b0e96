// A subject access request answered as one zip: what the council holds about a person, as data and as a report.
import { loadOnFirstUse } from '../load-on-first-use';
import { exportSummaryLines } from './csv';
import { recordPdf } from './pdf-report';
import { countOf, type ExportHeader, type RecordActionRow, type RecordItemRow, type RecordNoteRow } from './record-rows';

/** One account or address the person has written from. */
export interface SubjectIdentity {
  channel: string;
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  handle: string | null;
}

export interface SubjectPerson {
  name: string;
  identities: SubjectIdentity[];
  consent: string;
}

export interface SubjectAccessInput {
  header: ExportHeader;
  person: SubjectPerson;
  items: RecordItemRow[];
  actions: RecordActionRow[];
  notes: RecordNoteRow[];
}

function readme(header: ExportHeader, input: SubjectAccessInput): string {
  const lines = [
    ...exportSummaryLines(header, { items: input.items.length, actions: input.actions.length }),
    `It also contains ${countOf(input.notes.length, 'note')} about the person.`,
    `Made for: ${input.person.name}`,
    '',
    'The files',
    '- report.pdf: everything below, laid out for reading and printing, with times in UK time.',
    "- person.json: the name the council holds, each account or address the person has written from, and the person's consent.",
    '- items.json: each message, comment, email or text the council received from the person.',
    '- actions.json: each action the council recorded on those items or about the person: when, by whom and what was done.',
    '- notes.json: the notes the clerk or deputy clerk wrote about the person.',
    'The .json files are plain text (JSON, UTF-8) and hold the exact text; their times are UTC, written as ISO 8601.',
  ];
  return lines.join('\r\n') + '\r\n';
}

const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

// Loaded when the first request is answered: a council that never gets one never pays for fflate.
const loadFflate = loadOnFirstUse(() => import('fflate'));

// Zip entries carry MS-DOS times, which start in 1980 and end in 2107.
function zipTime(madeAt: string): { mtime?: Date } {
  const time = new Date(madeAt);
  const year = time.getFullYear();
  return year >= 1980 && year <= 2107 ? { mtime: time } : {};
}

export async function subjectAccessZip(input: SubjectAccessInput): Promise<Uint8Array> {
  const { strToU8, zipSync } = await loadFflate();
  const header = { ...input.header, title: `Subject access request: ${input.person.name}` };
  const report = await recordPdf(header, input.items, input.actions, { notes: input.notes });
  return zipSync(
    {
      'README.txt': strToU8(readme(header, input)),
      'person.json': strToU8(jsonText(input.person)),
      'items.json': strToU8(jsonText(input.items)),
      'actions.json': strToU8(jsonText(input.actions)),
      'notes.json': strToU8(jsonText(input.notes)),
      'report.pdf': new Uint8Array(report.buffer, report.byteOffset, report.byteLength),
    },
    // Dated when the export was made, so the files inside agree with the README.
    zipTime(input.header.madeAt),
  );
}
