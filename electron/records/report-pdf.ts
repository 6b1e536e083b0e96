// The council-meeting report as a PDF (A4 landscape): the three figures drawn as vector charts and a table.
import { channelNames } from '../api/domain';
import {
  channelColours,
  dayLabel,
  hoursLabel,
  monthLabel,
  niceScale,
  type ReportFigures,
  type Scale,
} from '../api/reports';
import { ukLongDate, ukTime } from '../api/uk-time';
import { requestsReportLine, type RequestsReport } from '../api/requests';
import { loadOnFirstUse } from '../app/load-on-first-use';
import { bold, currentGlyphs, regular, useDejaVuSans } from './pdf-fonts';
import { printable } from './record-pdf';

export const reportTitle = 'Social media and correspondence report';

type Pdf = PDFKit.PDFDocument;

const margin = 40;
const ink = '#1f2328';
const faint = '#6e7781';
const rule = '#d0d7de';

// Loaded when the first report is made: a council that never makes one never pays for pdfkit.
const loadPdfkit = loadOnFirstUse(() => import('pdfkit'));

export async function reportPdf(
  figures: ReportFigures,
  options: { compress?: boolean; madeAt?: Date } = {},
): Promise<Buffer> {
  const { default: PDFDocument } = await loadPdfkit();
  const madeAt = options.madeAt ?? new Date();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin,
    compress: options.compress ?? true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: reportTitle,
      Author: figures.councilName,
      Subject: `${dayLabel(figures.from)} to ${dayLabel(figures.to)}`,
      CreationDate: madeAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  useDejaVuSans(doc);
  doc.font(bold).fontSize(20).fillColor(ink);
  drawText(doc, reportTitle, margin, margin);
  doc.font(regular).fontSize(13);
  drawText(doc, figures.councilName, margin, margin + 28);
  doc.fontSize(10).fillColor(faint);
  drawText(
    doc,
    `${dayLabel(figures.from)} to ${dayLabel(figures.to)} · made ${madeAtLabel(madeAt)}`,
    margin,
    margin + 48,
  );
  messagesChart(doc, figures, margin + 80);

  doc.addPage();
  const afterRemovals = removalsChart(doc, figures, margin);
  firstResponseTable(doc, figures, afterRemovals + 30);
  if (figures.requests) {
    doc.addPage();
    requestsTable(doc, figures.months, figures.requests, margin);
  }

  doc.end();
  return done;
}

/** Draws `text` in the font already selected, with any character that font lacks shown as "?". */
function drawText(doc: Pdf, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(printable(text, currentGlyphs(doc)), x, y, options);
}

function heading(doc: Pdf, text: string, y: number): void {
  doc.font(bold).fontSize(13).fillColor(ink);
  drawText(doc, text, margin, y, { lineBreak: false });
}

function note(doc: Pdf, text: string, y: number): void {
  doc.font(regular).fontSize(10).fillColor(faint);
  drawText(doc, text, margin, y, { width: doc.page.width - 2 * margin });
}

/** Stacked bars per month, one colour per channel, the month's total above each bar. */
function messagesChart(doc: Pdf, figures: ReportFigures, top: number): void {
  heading(doc, 'Messages received per month, by channel', top);
  const series = figures.messagesPerChannel;
  if (series.length === 0) return note(doc, 'No messages were received in this period.', top + 24);

  let legendX = margin;
  for (const { channel } of series) {
    doc.rect(legendX, top + 24, 10, 10).fill(channelColours[channel]);
    doc.font(regular).fontSize(10).fillColor(ink);
    drawText(doc, channelNames[channel], legendX + 14, top + 25, { lineBreak: false });
    legendX += 24 + doc.widthOfString(channelNames[channel]);
  }

  const plot = {
    left: margin + 50,
    right: doc.page.width - margin,
    top: top + 56,
    bottom: doc.page.height - margin - 44,
  };
  const totals = figures.months.map((_, month) => series.reduce((sum, { counts }) => sum + (counts[month] ?? 0), 0));
  const scale = niceScale(Math.max(...totals));
  const y = (value: number) => plot.bottom - (value / scale.max) * (plot.bottom - plot.top);
  valueAxis(doc, scale, (value) => ({ x: plot.left, y: y(value) }), 'vertical', plot.right);
  axisTitle(doc, 'Messages', plot.left - 44, (plot.top + plot.bottom) / 2, true);

  const slot = (plot.right - plot.left) / figures.months.length;
  const barWidth = Math.min(48, slot * 0.7);
  const labelEvery = Math.ceil(figures.months.length / 18);
  figures.months.forEach((month, index) => {
    const x = plot.left + index * slot + (slot - barWidth) / 2;
    let base = 0;
    for (const { channel, counts } of series) {
      const count = counts[index] ?? 0;
      if (count === 0) continue;
      const height = y(base) - y(base + count);
      doc.rect(x, y(base + count), barWidth, height).fill(channelColours[channel]);
      if (height >= 12 && barWidth >= 18)
        centred(doc, String(count), x, y(base + count) + height / 2 - 4, barWidth, '#ffffff', 8);
      base += count;
    }
    centred(doc, String(totals[index] ?? 0), x - 10, y(base) - 12, barWidth + 20, ink, 9);
    if (index % labelEvery === 0) centred(doc, monthLabel(month), x - 20, plot.bottom + 6, barWidth + 40, ink, 8);
  });
  doc.moveTo(plot.left, plot.bottom).lineTo(plot.right, plot.bottom).lineWidth(1).strokeColor(ink).stroke();
  axisTitle(doc, 'Month', (plot.left + plot.right) / 2, plot.bottom + 24, false);
}

/** Horizontal bars, one per reason, the count at the end of each; returns where the chart ends. */
function removalsChart(doc: Pdf, figures: ReportFigures, top: number): number {
  heading(doc, 'Removals by reason (still in force)', top);
  const reasons = figures.removalsPerReason;
  if (reasons.length === 0) {
    note(doc, 'No removals made in this period are still in force.', top + 24);
    return top + 40;
  }
  const rowHeight = 24;
  const plot = { left: margin + 190, right: doc.page.width - margin - 40, top: top + 28 };
  const bottom = plot.top + reasons.length * rowHeight;
  const scale = niceScale(Math.max(...reasons.map((reason) => reason.count)));
  const x = (value: number) => plot.left + (value / scale.max) * (plot.right - plot.left);
  valueAxis(doc, scale, (value) => ({ x: x(value), y: bottom }), 'horizontal', plot.top);
  reasons.forEach((reason, index) => {
    const rowTop = plot.top + index * rowHeight;
    // The label's box ends 20 points short of the bars, so a right-aligned label never touches its bar.
    placed(doc, reason.label, margin, rowTop + 7, 170, 'right', { colour: ink, size: 10 });
    doc.rect(plot.left, rowTop + 4, x(reason.count) - plot.left, rowHeight - 8).fill('#8c4a2f');
    doc.font(bold).fontSize(10).fillColor(ink);
    drawText(doc, String(reason.count), x(reason.count) + 6, rowTop + 7, { lineBreak: false });
  });
  doc.moveTo(plot.left, plot.top).lineTo(plot.left, bottom).lineWidth(1).strokeColor(ink).stroke();
  axisTitle(doc, 'Removals', (plot.left + plot.right) / 2, bottom + 20, false);
  return bottom + 36;
}

function firstResponseTable(doc: Pdf, figures: ReportFigures, top: number): void {
  const response = figures.firstResponse;
  heading(doc, 'Time to first response', top);
  note(
    doc,
    'From a message arriving to the council first replying to it, removing it or deciding no action was needed (automatic out-of-office answers do not count).',
    top + 20,
  );
  const columns = [
    { title: 'Channel', x: margin, width: 180, align: 'left' as const },
    { title: 'Answered', x: margin + 180, width: 90, align: 'right' as const },
    { title: 'Median time', x: margin + 270, width: 130, align: 'right' as const },
  ];
  // The first cell of a channel's row makes room for its colour swatch.
  const row = (cells: string[], y: number, bold: boolean, indent = 0) => {
    columns.forEach((column, index) => {
      const shift = index === 0 ? indent : 0;
      placed(doc, cells[index] ?? '', column.x + shift, y, column.width - shift, column.align, {
        colour: ink,
        size: 10,
        bold,
      });
    });
  };
  let y = top + 50;
  row(
    columns.map((column) => column.title),
    y,
    true,
  );
  y += 16;
  doc
    .moveTo(margin, y - 3)
    .lineTo(margin + 400, y - 3)
    .lineWidth(0.5)
    .strokeColor(rule)
    .stroke();
  for (const channel of response.perChannel) {
    doc.rect(margin, y + 1, 8, 8).fill(channelColours[channel.channel]);
    row([channelNames[channel.channel], String(channel.answered), hoursLabel(channel.medianHours)], y, false, 14);
    y += 16;
  }
  doc
    .moveTo(margin, y - 3)
    .lineTo(margin + 400, y - 3)
    .lineWidth(0.5)
    .strokeColor(rule)
    .stroke();
  row(['All channels', String(response.answered), hoursLabel(response.medianHours)], y, true);
  note(doc, waitingLabel(response.answered, response.unanswered), y + 24);
}

/** Requests received per month by type, then how many were closed on time and the median working days. */
function requestsTable(doc: Pdf, months: readonly string[], report: RequestsReport, top: number): void {
  heading(doc, 'Requests: Freedom of Information, subject access and complaints', top);
  note(doc, 'Requests received per month, by the day they arrived.', top + 20);
  const typeWidth = 170;
  const cell = Math.min(60, (doc.page.width - 2 * margin - typeWidth - 50) / Math.max(1, months.length));
  const row = (cells: string[], y: number, bold: boolean) =>
    cells.forEach((text, index) => {
      const x = index === 0 ? margin : margin + typeWidth + (index - 1) * cell;
      placed(doc, text, x, y, index === 0 ? typeWidth : cell, index === 0 ? 'left' : 'right', {
        colour: ink,
        size: 9,
        bold,
      });
    });
  let y = top + 44;
  row(['Type', ...months.map((month) => monthLabel(month).replace(/ \d{2}(\d{2})$/, ' ’$1')), 'Total'], y, true);
  y += 16;
  for (const line of report.perMonth) {
    row([line.typeName, ...line.counts.map(String), String(line.counts.reduce((a, b) => a + b, 0))], y, false);
    y += 16;
  }
  note(doc, requestsReportLine(report), y + 12);
}

function waitingLabel(answered: number, waiting: number): string {
  if (answered + waiting === 0) return 'No messages were received in this period.';
  if (waiting === 0) return 'Every message received in the period has been dealt with.';
  return `${waiting} ${waiting === 1 ? 'message' : 'messages'} received in the period not dealt with yet.`;
}

/** Gridlines and their values, from 0 to the scale's maximum. */
function valueAxis(
  doc: Pdf,
  scale: Scale,
  at: (value: number) => { x: number; y: number },
  direction: 'vertical' | 'horizontal',
  far: number,
): void {
  for (let value = 0; value <= scale.max; value += scale.step) {
    const point = at(value);
    if (direction === 'vertical') {
      doc.moveTo(point.x, point.y).lineTo(far, point.y).lineWidth(0.5).strokeColor(rule).stroke();
      placed(doc, String(value), point.x - 34, point.y - 3, 30, 'right', { colour: faint, size: 8 });
    } else {
      doc.moveTo(point.x, far).lineTo(point.x, point.y).lineWidth(0.5).strokeColor(rule).stroke();
      centred(doc, String(value), point.x - 15, point.y + 4, 30, faint, 8);
    }
  }
}

function axisTitle(doc: Pdf, text: string, x: number, y: number, rotated: boolean): void {
  doc.save();
  if (rotated) doc.rotate(-90, { origin: [x, y] });
  centred(doc, text, x - 60, y - 4, 120, faint, 9);
  doc.restore();
}

function centred(doc: Pdf, text: string, x: number, y: number, width: number, colour: string, size: number): void {
  placed(doc, text, x, y, width, 'center', { colour, size });
}

/** One line of text aligned within a box. */
function placed(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'center' | 'right',
  style: { colour: string; size: number; bold?: boolean },
): void {
  doc
    .font(style.bold ? bold : regular)
    .fontSize(style.size)
    .fillColor(style.colour);
  drawText(doc, text, x, y, { width, align, lineBreak: false });
}

function madeAtLabel(at: Date): string {
  return `${ukLongDate(at)} at ${ukTime(at)} (UK time)`;
}
