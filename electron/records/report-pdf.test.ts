import { describe, expect, it } from 'vitest';
import { durationAxis, niceScale, type ReportFigures } from '../api/reports';
import { drawnLines as drawnText, fontNames } from '../../testing/support/pdf-text';
import { reportPdf, reportTitle } from './report-pdf';

const figures: ReportFigures = {
  from: '2026-01-01',
  to: '2026-03-31',
  councilName: 'Ashcombe Parish Council',
  months: ['2026-01', '2026-02', '2026-03'],
  messagesPerChannel: [
    { channel: 'facebook', counts: [17, 9, 0] },
    { channel: 'email', counts: [0, 4, 23] },
  ],
  removalsPerReason: [
    { reasonId: 'personal-attack', label: 'Personal attack', count: 11 },
    { reasonId: 'commercial-spam', label: 'Spam or advertising', count: 3 },
  ],
  firstResponse: {
    medianHours: 5,
    answered: 40,
    unanswered: 1,
    perChannel: [
      { channel: 'facebook', medianHours: 2.5, answered: 26 },
      { channel: 'email', medianHours: 26.3, answered: 14 },
    ],
  },
};
const madeAt = new Date('2026-04-15T09:30:00.000Z');

/** A string entry of the document information dictionary. */
function infoEntry(pdf: Buffer, key: string): string | undefined {
  const source = pdf.toString('latin1');
  const object = (id: string | undefined) =>
    source.match(new RegExp(`\\n${id} 0 obj\\n([\\s\\S]*?)\\nendobj`))?.[1] ?? '';
  const info = object(source.match(/\/Info (\d+) 0 R/)?.[1]);
  return object(info.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1]).match(/^\((.*)\)$/)?.[1];
}

/** Whether `sequence` was drawn one right after another. */
function drawnInOrder(text: string[], sequence: string[]): boolean {
  return text.some((_, start) => sequence.every((piece, offset) => text[start + offset] === piece));
}

describe('the report as a PDF', () => {
  it('is an A4 landscape PDF of two pages, titled in its document information', async () => {
    const pdf = await reportPdf(figures, { madeAt });
    const source = pdf.toString('latin1');
    expect(source.startsWith('%PDF-')).toBe(true);
    expect(source.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(source.match(/\/MediaBox \[0 0 841.89 595.28\]/g)).toHaveLength(2);
    expect(infoEntry(pdf, 'Title')).toBe('Social media and correspondence report');
    expect(infoEntry(pdf, 'Author')).toBe('Ashcombe Parish Council');
  });

  it('writes the title, the council, the range and when it was made', async () => {
    const text = drawnText(await reportPdf(figures, { compress: false, madeAt }));
    expect(text.slice(0, 3)).toEqual([
      reportTitle,
      'Ashcombe Parish Council',
      '1 January 2026 to 31 March 2026 · made 15 April 2026 at 10:30 (UK time)',
    ]);
  });

  it('writes each month’s channel counts on its bars, then the month’s total and name', async () => {
    const text = drawnText(await reportPdf(figures, { compress: false, madeAt }));
    expect(text).toContain('Messages received per month, by channel');
    expect(text).toEqual(expect.arrayContaining(['Facebook', 'Email', 'Messages', 'Month']));
    expect(drawnInOrder(text, ['17', '17', 'Jan 2026'])).toBe(true);
    expect(drawnInOrder(text, ['9', '4', '13', 'Feb 2026'])).toBe(true);
    expect(drawnInOrder(text, ['23', '23', 'Mar 2026'])).toBe(true);
  });

  it('writes each removal reason with its count, and the first-response table', async () => {
    const text = drawnText(await reportPdf(figures, { compress: false, madeAt }));
    expect(drawnInOrder(text, ['Personal attack', '11'])).toBe(true);
    expect(drawnInOrder(text, ['Spam or advertising', '3'])).toBe(true);
    expect(drawnInOrder(text, ['Facebook', '26', '2 hours 30 minutes'])).toBe(true);
    expect(drawnInOrder(text, ['Email', '14', '1 day 2 hours'])).toBe(true);
    expect(drawnInOrder(text, ['All channels', '40', '5 hours'])).toBe(true);
    expect(text).toContain('1 message received in the period not dealt with yet.');
  });

  it('says so when a period has nothing to chart', async () => {
    const empty: ReportFigures = {
      ...figures,
      messagesPerChannel: [],
      removalsPerReason: [],
      firstResponse: { medianHours: null, answered: 0, unanswered: 0, perChannel: [] },
    };
    const text = drawnText(await reportPdf(empty, { compress: false, madeAt }));
    expect(text).toContain('No removals made in this period are still in force.');
    expect(text.filter((line) => line === 'No messages were received in this period.')).toHaveLength(2);
    expect(drawnInOrder(text, ['All channels', '0', 'none answered'])).toBe(true);
  });

  it('writes Polish, Cyrillic and Greek exactly as written, and "?" for an emoji its font lacks', async () => {
    const reasons = [
      { reasonId: 'insult', label: 'Оскорбление', count: 4 },
      { reasonId: 'abuse', label: 'Προσβολή', count: 2 },
      { reasonId: 'spam', label: 'Spam 🦔', count: 1 },
    ];
    const text = drawnText(
      await reportPdf(
        { ...figures, councilName: 'Rada Gminy Łańcut, Żółkiewka', removalsPerReason: reasons },
        { compress: false, madeAt },
      ),
    );
    expect(text[1]).toBe('Rada Gminy Łańcut, Żółkiewka');
    expect(drawnInOrder(text, ['Оскорбление', '4'])).toBe(true);
    expect(drawnInOrder(text, ['Προσβολή', '2'])).toBe(true);
    expect(drawnInOrder(text, ['Spam ?', '1'])).toBe(true);
  });

  it('is drawn in DejaVu Sans, embedded', async () => {
    const fonts = fontNames(await reportPdf(figures, { compress: false, madeAt }));
    expect(fonts).toHaveLength(2);
    expect(fonts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^[A-Z]{6}\+DejaVuSans$/),
        expect.stringMatching(/^[A-Z]{6}\+DejaVuSans-Bold$/),
      ]),
    );
  });
});

describe('chart axes', () => {
  it('run to a round number in steps of 1, 2 or 5 (times ten, a hundred…)', () => {
    expect(niceScale(23)).toEqual({ max: 25, step: 5 });
    expect(niceScale(140)).toEqual({ max: 150, step: 50 });
    expect(niceScale(3)).toEqual({ max: 3, step: 1 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
  });

  it('count durations in hours up to two days and in days beyond ("243.2 hours" reads as about 10 days)', () => {
    expect(durationAxis(47.9)).toEqual({ unit: 'hours', hoursPer: 1 });
    expect(durationAxis(243.2)).toEqual({ unit: 'days', hoursPer: 24 });
    expect(niceScale(243.2 / durationAxis(243.2).hoursPer)).toEqual({ max: 15, step: 5 });
  });
});

describe('the report with requests (issue 16)', () => {
  const withRequests: ReportFigures = {
    ...figures,
    requests: {
      perMonth: [
        { type: 'foi', typeName: 'FOI request', counts: [2, 0, 1] },
        { type: 'sar', typeName: 'Subject access request', counts: [0, 1, 0] },
        { type: 'complaint', typeName: 'Complaint', counts: [0, 0, 0] },
      ],
      closed: 3,
      closedOnTime: 2,
      onTimeShare: 2 / 3,
      medianWorkingDays: 12,
    },
  };

  it('adds a page of requests per month by type, the share on time and the median working days', async () => {
    const pdf = await reportPdf(withRequests, { compress: false, madeAt });
    expect(pdf.toString('latin1').match(/\/MediaBox \[0 0 841.89 595.28\]/g)).toHaveLength(3);
    const text = drawnText(pdf);
    expect(text).toContain('Requests: Freedom of Information, subject access and complaints');
    expect(drawnInOrder(text, ['Type', 'Jan ’26', 'Feb ’26', 'Mar ’26', 'Total'])).toBe(true);
    expect(drawnInOrder(text, ['FOI request', '2', '0', '1', '3'])).toBe(true);
    expect(drawnInOrder(text, ['Subject access request', '0', '1', '0', '1'])).toBe(true);
    expect(text.join(' ')).toContain(
      '3 closed in the period; 2 on time (67% of those with a due date). Median 12 working days from receipt to the answer.',
    );
  });
});
