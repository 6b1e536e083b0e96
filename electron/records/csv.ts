// The record of correspondence as spreadsheet files (RFC 4180 CSV) and the README that says what they hold.
import { actionKindName } from '../api/action-words';
import { channelName, itemStatusName, storedKindName } from '../api/channel-words';
import { excelDateTime } from '../api/uk-time';
import {
  contentsLine,
  recordTime,
  type ExportCounts,
  type ExportHeader,
  type RecordActionRow,
  type RecordItemRow,
} from './record-rows';

export type CsvValue = string | number | boolean | null;

export interface CsvColumn<Row> {
  key: keyof Row;
  header: string;
}

// Excel reads a CSV without a byte order mark in the PC's legacy code page, mangling "é", "£" and "’".
const byteOrderMark = '\uFEFF';
const lineEnd = '\r\n';
// OWASP "CSV injection": a spreadsheet treats a cell starting with one of these as a formula.
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

function cell(value: CsvValue): string {
  if (value === null) return '';
  // Only text can carry a formula; an id like -1 is a number and stays one.
  const text = typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A UTF-8 CSV (with byte order mark) whose first row is the column headers. */
export function toCsv<Row extends { [K in keyof Row]: CsvValue }>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
): string {
  const lines = [columns.map((column) => cell(column.header))];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column.key])));
  return byteOrderMark + lines.map((fields) => fields.join(',') + lineEnd).join('');
}

/** An item as a spreadsheet row: clerk words, and each time twice (UK time Excel reads, and exact ISO 8601 UTC). */
export interface ItemCsvRow {
  id: number;
  receivedUk: string;
  receivedIso: string;
  channel: string;
  kind: string;
  account: string;
  sender: string;
  senderId: string;
  subject: string | null;
  text: string;
  status: string;
  removalReason: string | null;
}

export interface ActionCsvRow {
  id: number;
  atUk: string;
  atIso: string;
  operator: string;
  kind: string;
  itemId: number | null;
  personId: number | null;
  channel: string | null;
  reason: string | null;
  summary: string;
}

export const itemColumns: readonly CsvColumn<ItemCsvRow>[] = [
  { key: 'id', header: 'Item' },
  { key: 'receivedUk', header: 'Received (UK time)' },
  { key: 'receivedIso', header: 'Received (ISO 8601, UTC)' },
  { key: 'channel', header: 'Channel' },
  { key: 'kind', header: 'Kind' },
  { key: 'account', header: 'Account' },
  { key: 'sender', header: 'Sender' },
  { key: 'senderId', header: 'Sender ID on the channel' },
  { key: 'subject', header: 'Subject' },
  { key: 'text', header: 'Text' },
  { key: 'status', header: 'Status' },
  { key: 'removalReason', header: 'Reason for removal' },
];

export const actionColumns: readonly CsvColumn<ActionCsvRow>[] = [
  { key: 'id', header: 'Action' },
  { key: 'atUk', header: 'When (UK time)' },
  { key: 'atIso', header: 'When (ISO 8601, UTC)' },
  { key: 'operator', header: 'By' },
  { key: 'kind', header: 'Kind' },
  { key: 'itemId', header: 'Item' },
  { key: 'personId', header: 'Person' },
  { key: 'channel', header: 'Channel' },
  { key: 'reason', header: 'Reason' },
  { key: 'summary', header: 'What was done' },
];

const itemCsvRow = (item: RecordItemRow): ItemCsvRow => ({
  id: item.id,
  receivedUk: excelDateTime(item.receivedAt),
  receivedIso: item.receivedAt,
  channel: channelName(item.channel),
  kind: storedKindName(item.channel, item.kind),
  account: item.account,
  sender: item.sender,
  senderId: item.senderId,
  subject: item.subject,
  text: item.text,
  status: itemStatusName(item.status),
  removalReason: item.removalReason,
});

const actionCsvRow = (action: RecordActionRow): ActionCsvRow => ({
  id: action.id,
  atUk: excelDateTime(action.at),
  atIso: action.at,
  operator: action.operator,
  kind: actionKindName(action.kind),
  itemId: action.itemId,
  personId: action.personId,
  channel: action.channel === null ? null : channelName(action.channel),
  reason: action.reason,
  summary: action.summary,
});

/**
 * One CSV of items and one of actions, pure data with no title rows so a spreadsheet can sort and filter them;
 * what the export holds is said by `describeExport` and the PDF report.
 */
export function recordCsv(
  _header: ExportHeader,
  items: readonly RecordItemRow[],
  actions: readonly RecordActionRow[],
): { items: string; actions: string } {
  return { items: toCsv(itemColumns, items.map(itemCsvRow)), actions: toCsv(actionColumns, actions.map(actionCsvRow)) };
}

/** The opening lines of a README: whose record, which period and filters, when made and by whom. */
export function exportSummaryLines(header: ExportHeader, counts: ExportCounts): string[] {
  const filters =
    header.filters.length === 0
      ? ['Filters in force: none (everything in the period).']
      : ['Filters in force:', ...header.filters.map((filter) => `  - ${filter}`)];
  return [
    header.councilName,
    header.title,
    '',
    contentsLine(counts),
    `Period: ${header.range}`,
    ...filters,
    `Made: ${recordTime(header.madeAt)} (UK time) by ${header.madeBy}`,
  ];
}

/** The names of the files an export ZIP holds, for its README. */
export interface ExportFileNames {
  items: string;
  actions: string;
  /** Absent when the clerk left the PDF report out. */
  pdf?: string;
}

const defaultNames: ExportFileNames = { items: 'items.csv', actions: 'actions.csv' };

/** README.txt for a record export (CRLF line ends, so Notepad on any Windows shows the lines). */
export function describeExport(header: ExportHeader, counts: ExportCounts, files = defaultNames): string {
  const lines = [
    ...exportSummaryLines(header, counts),
    '',
    'What the period covers',
    '- Items: every item received in the period (UK days, from midnight to midnight).',
    '- Actions: every action taken in the period, whichever day its item arrived. An item received in the period and',
    '  handled after it shows its status in the items file; the action itself is in the export of the period it was',
    '  taken in.',
    '',
    'The files',
    `- ${files.items}: one row per item received.`,
    `- ${files.actions}: one row per action the council recorded. An action names its item by the number in the Item column.`,
    ...(files.pdf ? [`- ${files.pdf}: the same record laid out for reading and printing, in UK time.`] : []),
    '- README.txt: this file.',
    '',
    'The spreadsheet files (CSV)',
    '- The first row of each names the columns.',
    '- Each time is given twice: in UK time (GMT, or BST in summer) as day/month/year hours:minutes, which Excel on a',
    '  PC set to English (United Kingdom) reads as a date and time (for example 03/11/2026 14:05); and exactly, in',
    '  ISO 8601 in UTC (for example 2026-11-03T14:05:00.000Z), in the column after it.',
    '- Text is UTF-8. A line break inside a message stays inside its cell.',
    "- A cell that began with =, +, -, @, a tab or a carriage return has an apostrophe (') added at the front,",
    '  so a spreadsheet shows it as text instead of running it as a formula. The apostrophe is not part of what was sent.',
  ];
  return lines.join('\r\n') + '\r\n';
}
