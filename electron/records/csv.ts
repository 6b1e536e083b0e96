// The record of correspondence as spreadsheet files (RFC 4180 CSV) and the README that says what they hold.
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

export const itemColumns: readonly CsvColumn<RecordItemRow>[] = [
  { key: 'id', header: 'Item' },
  { key: 'receivedAt', header: 'Received (UTC)' },
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

export const actionColumns: readonly CsvColumn<RecordActionRow>[] = [
  { key: 'id', header: 'Action' },
  { key: 'at', header: 'When (UTC)' },
  { key: 'operator', header: 'By' },
  { key: 'kind', header: 'Kind' },
  { key: 'itemId', header: 'Item' },
  { key: 'personId', header: 'Person' },
  { key: 'channel', header: 'Channel' },
  { key: 'reason', header: 'Reason' },
  { key: 'summary', header: 'What was done' },
];

/**
 * One CSV of items and one of actions, pure data with no title rows so a spreadsheet can sort and filter them;
 * what the export holds is said by `describeExport` and the PDF report.
 */
export function recordCsv(
  _header: ExportHeader,
  items: readonly RecordItemRow[],
  actions: readonly RecordActionRow[],
): { items: string; actions: string } {
  return { items: toCsv(itemColumns, items), actions: toCsv(actionColumns, actions) };
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

/** README.txt for a record export (CRLF line ends, so Notepad on any Windows shows the lines). */
export function describeExport(header: ExportHeader, counts: ExportCounts): string {
  const lines = [
    ...exportSummaryLines(header, counts),
    '',
    'The spreadsheet files (CSV)',
    '- The items file has one row per item received; the actions file has one row per action the council recorded.',
    '  The first row of each names the columns. An action names its item by the number in the Item column.',
    '- Times are in UTC, written as ISO 8601 (for example 2026-11-03T14:05:00.000Z). UK time is one hour ahead in summer (BST).',
    '- Text is UTF-8. A line break inside a message stays inside its cell.',
    "- A cell that began with =, +, -, @, a tab or a carriage return has an apostrophe (') added at the front,",
    '  so a spreadsheet shows it as text instead of running it as a formula. The apostrophe is not part of what was sent.',
  ];
  return lines.join('\r\n') + '\r\n';
}
