// A subject access request answered as one zip: what the council holds about a person, as data and as a report.
import { loadOnFirstUse } from '../app/load-on-first-use';
import { exportSummaryLines } from './csv';
import { recordPdf } from './record-pdf';
import {
  countOf,
  type ExportHeader,
  type RecordActionRow,
  type RecordItemRow,
  type RecordNoteRow,
} from './record-rows';

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
  /** Items holding personal data that may be someone else's, described for the clerk ("Item 12 (an email address)"). */
  toCheck: string[];
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
    '',
    'Read before sending',
    ...readBeforeSending(input.toCheck),
  ];
  return lines.join('\r\n') + '\r\n';
}

/**
 * The person may receive their own data only: items quoting others must be read, and others' data withheld or
 * redacted, before the export leaves the council (UK GDPR Art. 15(4)).
 */
function readBeforeSending(toCheck: readonly string[]): string[] {
  const names = 'Names of other people are not searched for: read every item before sending.';
  if (toCheck.length === 0) {
    return [
      "No email address, phone number, postcode, street address or IP address other than the person's own or the council's was found in the items.",
      names,
    ];
  }
  return [
    `${toCheck.length === 1 ? 'This item holds' : `These ${toCheck.length} items hold`} personal data that may be someone else's; withhold or redact it before sending:`,
    ...toCheck.map((entry) => `- ${entry}`),
    names,
  ];
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
