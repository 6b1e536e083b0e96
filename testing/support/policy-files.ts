// Real policy files made in the test, as a council's PC would make them: Word through the docx package, PDFs
// through pdfkit, and a PNG for the pictures. Nothing binary is committed.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { useDejaVuSans } from '../../electron/records/pdf-fonts';

/** A small opaque PNG (a grey square), built byte by byte. */
export function pngSquare(size = 8): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((size + 1) * size, 0x80);
  for (let row = 0; row < size; row += 1) rows[row * (size + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Word policy with a title, headings, bullets, a numbered list, a bold paragraph, a link and a picture. */
export async function policyDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ashcombe Parish Council Social Media Policy', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('Version 2.1')] }),
          new Paragraph({ text: 'Communications from the Council', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('Communications from the Council will meet the following criteria:')],
          }),
          new Paragraph({ text: 'Be civil, tasteful and relevant;', bullet: { level: 0 } }),
          new Paragraph({ text: 'Not contain any personal information;', bullet: { level: 0 } }),
          new Paragraph({ text: 'How we remove a post', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'The Clerk hides the post.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'The Clerk records the reason.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: 'Parish Council Website', bold: true })] }),
          new Paragraph({
            children: [
              new TextRun('Read the policy on '),
              new ExternalHyperlink({
                link: 'https://ashcombe-pc.example.org/policy',
                children: [new TextRun({ text: 'our website', style: 'Hyperlink' })],
              }),
              new TextRun('. Do not click '),
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('this')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: pngSquare(), transformation: { width: 40, height: 40 } })],
          }),
          new Paragraph({
            children: [
              new TextRun(
                'This policy was agreed at the Full Council meeting on 5 May 2025 and adopted on 12 May 2025, review due by May 2027.',
              ),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

type Pdf = PDFKit.PDFDocument;

/** The bytes of a PDF drawn by `draw`. */
export function pdfBytes(draw: (doc: Pdf) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  draw(doc);
  doc.end();
  return done;
}

const longSentence =
  'The Council has a website, Facebook page, X account and uses email to communicate, and will always try to use the most effective channel for its communications as it seeks to improve and expand the services it delivers.';

/** A two-page policy as Word's "Save as PDF" lays it out: large headings, bullets, page numbers in the footer. */
export function policyPdf(): Promise<Uint8Array> {
  return pdfBytes((doc) => {
    useDejaVuSans(doc);
    const footer = (page: number) =>
      doc.font('DejaVuSans').fontSize(9).text(`Page ${page} of 2`, 56, 780, { lineBreak: false });
    doc.font('DejaVuSans-Bold').fontSize(20).text('Social Media Policy', 56, 56);
    doc
      .font('DejaVuSans')
      .fontSize(11)
      .moveDown(0.5)
      .text('Version 3 · adopted on 01/04/2026; next review: 1 April 2028.');
    doc.moveDown().font('DejaVuSans-Bold').fontSize(15).text('Using our pages');
    doc.font('DejaVuSans').fontSize(11).moveDown(0.5).text(longSentence);
    doc.moveDown().text('We ask you to follow these guidelines:');
    doc.text('•  Be considerate and respectful of others.');
    doc.text('•  Stay on topic.');
    doc.moveDown().font('DejaVuSans-Bold').text('Parish Council email');
    doc.font('DejaVuSans').text('The Clerk is responsible for dealing with email received.');
    footer(1);
    doc.addPage();
    doc.font('DejaVuSans-Bold').fontSize(15).text('Removing posts', 56, 56);
    doc.font('DejaVuSans').fontSize(11).moveDown(0.5).text('1. The Clerk hides the post.');
    doc.text('2. The Clerk records the reason.');
    footer(2);
  });
}
