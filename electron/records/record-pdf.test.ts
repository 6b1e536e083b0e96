import { describe, expect, it } from 'vitest';
import { drawnLines, fontNames } from '../../testing/support/pdf-text';
import { currentGlyphs, useDejaVuSans, type Glyphs } from './pdf-fonts';
import { printable, recordPdf } from './record-pdf';
import type { ExportHeader, RecordActionRow, RecordItemRow } from './record-rows';

/** All the drawn text as one string, so a check does not depend on where a line wraps. */
const drawnText = (pdf: Buffer): string => drawnLines(pdf).join(' ').replace(/\s+/g, ' ');

const pageCount = (pdf: Buffer): number => Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
const pageObjects = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type \/Page\n/g)?.length ?? 0;

/** A string from the document information dictionary (pdfkit writes it as an indirect literal string). */
function infoString(pdf: Buffer, key: string): string {
  const source = pdf.toString('latin1');
  const reference = new RegExp(`/${key} (\\d+) 0 R`).exec(source)?.[1];
  const literal =
    new RegExp(`\\n${reference} 0 obj\\n\\(((?:[^\\\\)]|\\\\.)*)\\)\\nendobj`, 's').exec(source)?.[1] ?? '';
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const raw = literal.replace(/\\(.)/gs, (_, char: string) => escapes[char] ?? char);
  const bytes = Buffer.from(raw, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? new TextDecoder('utf-16be').decode(bytes.subarray(2)) : raw;
}

const header: ExportHeader = {
  title: 'Correspondence, November 2026',
  councilName: 'West End Parish Council',
  madeAt: '2026-12-01T09:30:00.000Z',
  madeBy: 'Jane Clerk',
  range: '1 November 2026 to 30 November 2026',
  filters: ['Channel: Facebook', 'Status: any'],
};

let nextId = 100;
const item = (receivedAt: string, text: string, overrides: Partial<RecordItemRow> = {}): RecordItemRow => ({
  id: nextId++,
  receivedAt,
  channel: 'Facebook',
  kind: 'comment',
  account: 'West End PC page',
  sender: 'Sam Resident',
  senderId: 'fb-1001',
  subject: null,
  text,
  status: 'handled',
  removalReason: null,
  ...overrides,
});
const action = (at: string, summary: string, overrides: Partial<RecordActionRow> = {}): RecordActionRow => ({
  id: nextId++,
  at,
  operator: 'Jane Clerk',
  kind: 'removed',
  itemId: 12,
  personId: null,
  channel: 'facebook',
  reason: null,
  summary,
  ...overrides,
});

const items = [
  item('2026-11-20T10:00:00.000Z', 'Third: thank you for the litter pick.'),
  item('2026-11-02T08:00:00.000Z', 'First: the streetlight on Mill Lane is out.', { subject: 'Streetlight' }),
  item('2026-11-10T17:45:00.000Z', 'Second: buy cheap watches at example.biz', {
    status: 'removed',
    removalReason: 'Commercial promotions or spam',
  }),
];
const actions = [
  action('2026-11-10T18:00:00.000Z', 'Removed: Commercial promotions or spam; hidden on the channel'),
  action('2026-11-03T09:00:00.000Z', 'Replied by email', { operator: 'Deputy Clerk', itemId: 13 }),
];
const readable = (rows = items, rowsOfActions = actions) => recordPdf(header, rows, rowsOfActions, { compress: false });

describe('recordPdf', () => {
  it('is a PDF whose document title is the export title', async () => {
    const pdf = await readable();
    expect(pdf.subarray(0, 7).toString('latin1')).toBe('%PDF-1.');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\n?$/);
    expect(infoString(pdf, 'Title')).toBe('Correspondence, November 2026');
    expect(infoString(pdf, 'Author')).toBe('West End Parish Council');
  });

  it('opens with a title page saying what the export contains, when it was made and by whom', async () => {
    const text = drawnText(await readable());
    expect(text).toContain('West End Parish Council Correspondence, November 2026');
    expect(text).toContain('Period: 1 November 2026 to 30 November 2026');
    expect(text).toContain('Filters in force: • Channel: Facebook • Status: any');
    expect(text).toContain('Made on 1 Dec 2026, 09:30 (UK time) by Jane Clerk.');
    expect(text).toContain('This export contains 3 items and 2 actions.');
  });

  it('says when no filter was in force', async () => {
    const text = drawnText(await recordPdf({ ...header, filters: [] }, items, actions, { compress: false }));
    expect(text).toContain('Filters in force: none (everything in the period).');
  });

  it('lists the items oldest first, each with its date, channel, sender, subject, text and status', async () => {
    const text = drawnText(await readable());
    const first = text.indexOf('First: the streetlight');
    const second = text.indexOf('Second: buy cheap watches');
    const third = text.indexOf('Third: thank you');
    expect(first).toBeGreaterThan(text.indexOf('This export contains'));
    expect(first).toBeLessThan(second);
    expect(second).toBeLessThan(third);
    expect(text).toContain(`Item ${items[1]?.id} · 2 Nov 2026, 08:00 · Facebook comment · West End PC page`);
    expect(text).toContain('From: Sam Resident (fb-1001) Subject: Streetlight');
    expect(text).toContain('Status: Removed. Reason for removal: Commercial promotions or spam');
    expect(text).toContain('Status: Handled');
  });

  it('wraps a long message over several lines and keeps its paragraphs', async () => {
    const long = `${'The verge outside the village hall needs cutting before the fete. '.repeat(12)}\nSecond paragraph.`;
    const pdf = await readable([item('2026-11-05T12:00:00.000Z', long)], []);
    const lines = drawnLines(pdf);
    const wrapped = lines.filter((line) => line.includes('verge outside') || line.includes('village hall'));
    expect(wrapped.length).toBeGreaterThan(4);
    expect(lines).toContain('Second paragraph.');
    expect(drawnText(pdf)).toContain(long.replace(/\s+/g, ' ').trim());
  });

  it('lists the actions oldest first in a table of when, by whom and what was done', async () => {
    const text = drawnText(await readable());
    expect(text).toContain(
      'Actions When By What was done ' +
        '3 Nov 2026, 09:00 Deputy Clerk Replied by email (item 13) ' +
        '10 Nov 2026, 18:00 Jane Clerk Removed: Commercial promotions or spam; hidden on the channel (item 12)',
    );
  });

  it('numbers every page "Page X of Y", and grows by pages as the record grows', async () => {
    const small = await readable();
    expect(pageCount(small)).toBe(2); // summary and items, actions
    expect(pageObjects(small)).toBe(2);
    // The first page holds the record, not a title alone.
    const firstPage = drawnText(small).split('Page 1 of 2')[0] ?? '';
    expect(firstPage).toContain('Third: thank you for the litter pick.');

    const many = Array.from({ length: 150 }, (_, index) =>
      item(`2026-11-01T10:${String(index % 60).padStart(2, '0')}:00.000Z`, `Message number ${index}.`),
    );
    const manyActions = Array.from({ length: 150 }, (_, index) =>
      action('2026-11-02T10:00:00.000Z', `No action needed (${index})`),
    );
    const large = await readable(many, manyActions);
    const pages = pageCount(large);
    expect(pages).toBeGreaterThan(6);
    expect(pageObjects(large)).toBe(pages);
    const footers = drawnLines(large).filter((line) => /^Page \d+ of \d+$/.test(line));
    expect(footers).toEqual(Array.from({ length: pages }, (_, index) => `Page ${index + 1} of ${pages}`));
    // The table's header row is repeated on every page the actions run onto.
    const actionPages = drawnLines(large).filter((line) => line === 'What was done').length;
    expect(actionPages).toBeGreaterThan(1);
    expect(drawnText(large)).toContain('No action needed (149)');
  });

  it('prints Polish, Cyrillic and Greek names and text exactly as written', async () => {
    const residents = [
      item('2026-11-05T12:00:00.000Z', 'Dzień dobry, śmieci na ulicy Żółkiewskiego nie zostały zabrane.', {
        sender: 'Łukasz Wójcik',
        subject: 'Śmieci',
      }),
      item('2026-11-06T12:00:00.000Z', 'Когда будет следующее собрание совета?', { sender: 'Ольга Петрова' }),
      item('2026-11-07T12:00:00.000Z', 'Ευχαριστώ πολύ για τη γρήγορη απάντηση.', { sender: 'Ζωή Παπαδοπούλου' }),
    ];
    const replies = [action('2026-11-08T09:00:00.000Z', 'Replied to Łukasz Wójcik by email', { operator: 'Zoë Żak' })];
    const notes = [{ at: '2026-11-09T09:00:00.000Z', operator: 'Zoë Żak', text: 'Ольга Петрова prefers letters.' }];
    const text = drawnText(
      await recordPdf({ ...header, madeBy: 'Zoë Żak' }, residents, replies, { compress: false, notes }),
    );
    expect(text).toContain(
      'From: Łukasz Wójcik (fb-1001) Subject: Śmieci Dzień dobry, śmieci na ulicy Żółkiewskiego nie zostały zabrane.',
    );
    expect(text).toContain('From: Ольга Петрова (fb-1001) Когда будет следующее собрание совета?');
    expect(text).toContain('From: Ζωή Παπαδοπούλου (fb-1001) Ευχαριστώ πολύ για τη γρήγορη απάντηση.');
    expect(text).toContain('by Zoë Żak.');
    expect(text).toContain('Zoë Żak Replied to Łukasz Wójcik by email');
    expect(text).toContain('Zoë Żak Ольга Петрова prefers letters.');
    expect(text).not.toContain('keep the exact text');
  });

  it('is drawn in DejaVu Sans, embedded', async () => {
    const fonts = fontNames(await readable());
    expect(fonts).toHaveLength(2);
    expect(fonts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^[A-Z]{6}\+DejaVuSans$/),
        expect.stringMatching(/^[A-Z]{6}\+DejaVuSans-Bold$/),
      ]),
    );
  });

  it('shows "?" for characters its font lacks, and says where the exact text is', async () => {
    const text = drawnText(
      await readable(
        [item('2026-11-05T12:00:00.000Z', 'Diolch yn fawr 👍 — Gŵyl y pentref costs €5 “inc.” café. Ζωή 🦔')],
        [],
      ),
    );
    expect(text).toContain('Diolch yn fawr ? — Gŵyl y pentref costs €5 “inc.” café. Ζωή ?');
    expect(text).toContain('appear as "?". The CSV and JSON exports keep the exact text.');

    const plain = drawnText(
      await readable([item('2026-11-05T12:00:00.000Z', 'Costs €5 “inc.” café — £2 ? maybe')], []),
    );
    expect(plain).toContain('Costs €5 “inc.” café — £2 ? maybe');
    expect(plain).not.toContain('keep the exact text');
  });

  it('prints notes about a person when given them', async () => {
    const notes = [{ at: '2026-11-04T09:00:00.000Z', operator: 'Jane Clerk', text: 'Asked for replies by post only.' }];
    const text = drawnText(await recordPdf(header, items, actions, { compress: false, notes }));
    expect(text).toContain('It also contains 1 note about the person.');
    expect(text).toContain('Notes about the person 4 Nov 2026, 09:00 · Jane Clerk Asked for replies by post only.');
  });

  it('compresses the page contents by default', async () => {
    const pdf = await recordPdf(header, items, actions);
    expect(pdf.toString('latin1')).toContain('/Filter /FlateDecode');
    expect(drawnLines(pdf)).toEqual([]);
    expect(pageCount(pdf)).toBe(2);
  });
});

describe('printable', () => {
  /** The glyphs of DejaVu Sans as pdfkit opened it for a document. */
  async function dejaVuSans(): Promise<Glyphs> {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument();
    useDejaVuSans(doc);
    return currentGlyphs(doc);
  }

  it('keeps what DejaVu Sans can draw and drops invisible joiners and control characters', async () => {
    const font = await dejaVuSans();
    expect(printable('Tab\there\r\nnew line\u0007', font)).toBe('Tab    here\nnew line');
    expect(printable('Łukasz Wójcik, Ольга Петрова, Ζωή, Gŵyl, Şükrü', font)).toBe(
      'Łukasz Wójcik, Ольга Петрова, Ζωή, Gŵyl, Şükrü',
    );
    // The heart is in the font; the variation selector asking for its emoji form is not drawn.
    expect(printable('e\u0301 and \u2764\ufe0f', font)).toBe('é and ❤');
    expect(printable('zero\u200bwidth, joined\u200d, \u200emarked', font)).toBe('zerowidth, joined, marked');
    // An accent with no precomposed letter is kept when the font has it, and left off when not.
    expect(printable('ẹ́ and a\u0350', font)).toBe('\u1eb9\u0301 and a');
  });

  it('shows "?" for each character DejaVu Sans lacks', async () => {
    const font = await dejaVuSans();
    expect(printable('Thanks 👍 from 東京', font)).toBe('Thanks ? from ??');
    expect(printable('Ζωή 👨\u200d👩', font)).toBe('Ζωή ??');
  });

  it('shows "?" for Hebrew and Arabic, which pdfkit would draw with the words in the wrong order', async () => {
    const font = await dejaVuSans();
    expect(printable('Ζωή: שלום, مرحبا', font)).toBe('Ζωή: ????, ?????');
  });
});
