// The record of correspondence as a printable A4 report: a summary and the items, the actions, page numbers.
import { itemStatusName, storedKindName } from '../api/channel-words';
import { loadOnFirstUse } from '../app/load-on-first-use';
import { bold, currentGlyphs, regular, useDejaVuSans, type Glyphs } from './pdf-fonts';
import {
  contentsLine,
  countOf,
  inTimeOrder,
  recordTime,
  type ExportCounts,
  type ExportHeader,
  type RecordActionRow,
  type RecordItemRow,
  type RecordNoteRow,
} from './record-rows';

export interface RecordPdfOptions {
  /** Deflate the page contents (default true); tests switch it off to read the text. */
  compress?: boolean;
  /** Notes about a person, printed after the actions (a subject access request discloses them). */
  notes?: readonly RecordNoteRow[];
}

type Doc = PDFKit.PDFDocument;

// Loaded when the first report is made: a council that never exports never pays for pdfkit.
const loadPdfkit = loadOnFirstUse(() => import('pdfkit'));

const margin = 56;
const grey = '#555555';

// Characters that take no room and mean nothing on paper: format controls such as the zero-width joiner and the
// direction marks, and the variation selector after an emoji. They go before the font is asked, as DejaVu Sans has
// empty glyphs for them. The soft hyphen stays: pdfkit breaks a long word there.
const invisible = /^(?!\u00ad)[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
const combiningMark = /^\p{M}$/u;
// pdfkit lays every line out left to right: a Hebrew or Arabic sentence would come out with its words in the
// wrong order, so those scripts show as "?" although DejaVu Sans has their letters.
const rightToLeft = /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Nko}\p{Script=Syriac}\p{Script=Thaana}]$/u;
const unshowable = '?';

function shownAs(char: string, glyphs: Glyphs): string {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return char;
  if (char === '\t') return '    ';
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || invisible.test(char)) return '';
  if (glyphs.hasGlyphForCodePoint(code) && !rightToLeft.test(char)) return char;
  // An accent the font lacks is left off and its letter kept; any other character it lacks shows as "?".
  return combiningMark.test(char) ? '' : unshowable;
}

/**
 * The text as a font (`glyphs`) can draw it: line ends made plain, tabs as spaces, control characters and invisible
 * joiners dropped. Every character the font has stays; DejaVu Sans has Latin, Greek, Cyrillic and more. A character
 * it lacks (most emoji, Chinese, Japanese, Korean…) or cannot be laid out here (Hebrew, Arabic) becomes "?", so the
 * reader sees that something is missing.
 */
export function printable(text: string, glyphs: Glyphs): string {
  return [...text.normalize('NFC').replace(/\r\n?/g, '\n')].map((char) => shownAs(char, glyphs)).join('');
}

const cannotShow = (text: string, glyphs: Glyphs): boolean =>
  [...text.normalize('NFC')].some((char) => char !== unshowable && shownAs(char, glyphs) === unshowable);
const anyCannotShow = (rows: readonly object[], glyphs: Glyphs): boolean =>
  rows.some((row) => Object.values(row).some((value) => typeof value === 'string' && cannotShow(value, glyphs)));

interface Style {
  font?: string;
  size?: number;
  /** Grey, for explanations around the record rather than the record itself. */
  aside?: boolean;
  indent?: number;
}

function write(doc: Doc, text: string, style: Style = {}): void {
  doc
    .font(style.font ?? regular)
    .fontSize(style.size ?? 10)
    .fillColor(style.aside ? grey : 'black');
  doc.text(printable(text, currentGlyphs(doc)), { indent: style.indent ?? 0 });
}

const bottomOf = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` more points fit, so a heading is never left alone at the foot of a page. */
function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

const heading = (doc: Doc, text: string): void => {
  write(doc, text, { font: bold, size: 16 });
  doc.moveDown(0.5);
};

function titlePage(doc: Doc, header: ExportHeader, counts: ExportCounts, notes: number | null, lossy: boolean): void {
  write(doc, header.councilName, { size: 14 });
  doc.moveDown(0.5);
  write(doc, header.title, { font: bold, size: 22 });
  doc.moveDown(1);
  write(doc, `Period: ${header.range}`, { size: 12 });
  if (header.filters.length === 0) write(doc, 'Filters in force: none (everything in the period).', { size: 12 });
  else {
    write(doc, 'Filters in force:', { size: 12 });
    for (const filter of header.filters) write(doc, `•  ${filter}`, { size: 12, indent: 12 });
  }
  write(doc, `Made on ${recordTime(header.madeAt)} (UK time) by ${header.madeBy}.`, { size: 12 });
  doc.moveDown(1);
  write(doc, contentsLine(counts), { font: bold, size: 12 });
  if (notes !== null) write(doc, `It also contains ${countOf(notes, 'note')} about the person.`, { size: 12 });
  doc.moveDown(1);
  write(doc, 'Times are UK time. Items are in the order they were received; actions in the order they were taken.', {
    aside: true,
  });
  if (lossy) {
    const why = `Some characters (such as emoji) cannot be shown in this report's font and appear as "${unshowable}".`;
    write(doc, `${why} The CSV and JSON exports keep the exact text.`, { aside: true });
  }
}

// The items follow the summary on the first page, so the page a reader opens first already holds the record.
function itemsSection(doc: Doc, items: readonly RecordItemRow[]): void {
  doc.moveDown(1.5);
  keepTogether(doc, 120);
  heading(doc, 'Items');
  if (items.length === 0) write(doc, 'No items.');
  for (const item of inTimeOrder(items, (row) => row.receivedAt)) {
    keepTogether(doc, 72);
    write(
      doc,
      `Item ${item.id}  ·  ${recordTime(item.receivedAt)}  ·  ${storedKindName(item.channel, item.kind)}  ·  ${item.account}`,
      { font: bold },
    );
    write(doc, `From: ${item.sender} (${item.senderId})`);
    if (item.subject) write(doc, `Subject: ${item.subject}`);
    doc.moveDown(0.3);
    write(doc, item.text);
    doc.moveDown(0.3);
    write(
      doc,
      `Status: ${itemStatusName(item.status)}${item.removalReason ? `. Reason for removal: ${item.removalReason}` : ''}`,
      {
        size: 9,
        aside: true,
      },
    );
    doc.moveDown(1);
  }
}

const actionTable = { titles: ['When', 'By', 'What was done'], fixedWidths: [100, 90], gap: 8 };

function actionCells(action: RecordActionRow): string[] {
  const refs = [
    action.itemId === null ? '' : `item ${action.itemId}`,
    action.personId === null ? '' : `person ${action.personId}`,
  ].filter(Boolean);
  const reason = action.reason && !action.summary.includes(action.reason) ? `. Reason: ${action.reason}` : '';
  return [
    recordTime(action.at),
    action.operator,
    `${action.summary}${reason}${refs.length > 0 ? ` (${refs.join(', ')})` : ''}`,
  ];
}

/** Draws one row of the actions table; a row that does not fit goes to a new page under a repeated header. */
function tableRow(doc: Doc, cells: readonly string[], isHeader = false): void {
  const fixed = actionTable.fixedWidths;
  const widths = [...fixed, doc.page.width - 2 * margin - fixed.reduce((sum, width) => sum + width, 0)];
  doc
    .font(isHeader ? bold : regular)
    .fontSize(9)
    .fillColor('black');
  const glyphs = currentGlyphs(doc);
  const texts = cells.map((cell) => printable(cell, glyphs));
  const height = Math.max(
    ...texts.map((text, index) => doc.heightOfString(text, { width: (widths[index] ?? 0) - actionTable.gap })),
  );
  if (doc.y + height > bottomOf(doc)) {
    doc.addPage();
    if (!isHeader) tableRow(doc, actionTable.titles, true);
    doc.font(isHeader ? bold : regular).fontSize(9);
  }
  const top = doc.y;
  let x = margin;
  texts.forEach((text, index) => {
    const width = widths[index] ?? 0;
    doc.text(text, x, top, { width: width - actionTable.gap });
    x += width;
  });
  doc.x = margin;
  doc.y = top + height + 4;
}

function actionsSection(doc: Doc, actions: readonly RecordActionRow[]): void {
  doc.addPage();
  heading(doc, 'Actions');
  if (actions.length === 0) {
    write(doc, 'No actions.');
    return;
  }
  tableRow(doc, actionTable.titles, true);
  for (const action of inTimeOrder(actions, (row) => row.at)) tableRow(doc, actionCells(action));
}

function notesSection(doc: Doc, notes: readonly RecordNoteRow[]): void {
  doc.addPage();
  heading(doc, 'Notes about the person');
  if (notes.length === 0) write(doc, 'No notes.');
  for (const note of inTimeOrder(notes, (row) => row.at)) {
    keepTogether(doc, 40);
    write(doc, `${recordTime(note.at)}  ·  ${note.operator}`, { font: bold });
    write(doc, note.text);
    doc.moveDown(0.8);
  }
}

function pageFooters(doc: Doc, header: ExportHeader): void {
  const { start, count } = doc.bufferedPageRange();
  const width = doc.page.width - 2 * margin;
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin / 2 - 8;
    doc.font(regular).fontSize(8).fillColor(grey);
    doc.text(printable(`${header.councilName}: ${header.title}`, currentGlyphs(doc)), margin, y, {
      width: width - 90,
      height: 10,
      ellipsis: true,
      lineBreak: false,
    });
    doc.text(`Page ${index - start + 1} of ${count}`, margin, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

function bytesOf(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function recordPdf(
  header: ExportHeader,
  items: readonly RecordItemRow[],
  actions: readonly RecordActionRow[],
  options: RecordPdfOptions = {},
): Promise<Buffer> {
  const { default: PDFDocument } = await loadPdfkit();
  const madeAt = new Date(header.madeAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    compress: options.compress ?? true,
    info: {
      Title: header.title,
      Author: header.councilName,
      Subject: header.range,
      Creator: 'Parish Council Moderation Console',
      // The time the export was made, not the time pdfkit ran, so the file says the same as its title page.
      ...(Number.isNaN(madeAt.getTime()) ? {} : { CreationDate: madeAt }),
    },
  });
  const bytes = bytesOf(doc);
  useDejaVuSans(doc);
  // Asked of the regular face; the bold one differs from it only in some mathematical letters and private-use signs.
  const lossy = anyCannotShow(
    [header, ...header.filters.map((filter) => ({ filter })), ...items, ...actions, ...(options.notes ?? [])],
    currentGlyphs(doc),
  );
  titlePage(
    doc,
    header,
    { items: items.length, actions: actions.length },
    options.notes ? options.notes.length : null,
    lossy,
  );
  itemsSection(doc, items);
  actionsSection(doc, actions);
  if (options.notes) notesSection(doc, options.notes);
  pageFooters(doc, header);
  doc.end();
  return bytes;
}
