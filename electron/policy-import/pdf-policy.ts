// A policy saved as PDF: its text through PDF.js (unpdf's build, no native parts), with nothing in it run.
import { loadOnFirstUse } from '../app/load-on-first-use';
import { pdfMarkdown, type PdfRun } from './pdf-lines';
import { importFailure, type PolicyText } from './policy-text-result';

const loadUnpdf = loadOnFirstUse(() => import('unpdf'));

interface TextRun {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}
const isTextRun = (item: object): item is TextRun => 'str' in item && 'transform' in item;

export async function pdfPolicy(bytes: Uint8Array): Promise<PolicyText> {
  const { getDocumentProxy } = await loadUnpdf();
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // This build of PDF.js has no eval and runs no document scripts; XFA forms and outside fonts are off too.
    // Verbosity 0: its warnings would go to standard output, which browser mode keeps for its one line.
    document = await getDocumentProxy(bytes.slice(), {
      enableXfa: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      return importFailure(
        'encrypted',
        'This PDF is protected with a password, so its text cannot be read. Open it, save a copy without the password, or paste the text instead.',
      );
    }
    return importFailure(
      'unreadable',
      'This file could not be read as a PDF: it may be damaged or not a PDF at all. Save it again as PDF from the program that made it, or paste the text instead.',
    );
  }
  try {
    const pages: PdfRun[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // The operator list loads the page's fonts, whose names say which runs are bold.
      await page.getOperatorList();
      const fontName = (id: string): string =>
        page.commonObjs.has(id) ? String((page.commonObjs.get(id) as { name?: unknown }).name ?? '') : '';
      pages.push(
        (content.items as object[]).filter(isTextRun).map((run) => ({
          text: run.str,
          x: run.transform[4] ?? 0,
          y: run.transform[5] ?? 0,
          width: run.width,
          size: Math.hypot(run.transform[2] ?? 0, run.transform[3] ?? 0) || 11,
          bold: /bold|black|heavy|semibold|demi/i.test(fontName(run.fontName)),
          endsLine: run.hasEOL,
        })),
      );
      page.cleanup();
    }
    const markdown = pdfMarkdown(pages);
    if (markdown.replace(/[\s#*-]/g, '').length < 20) {
      return importFailure(
        'no-text',
        'This PDF has no text to read: it is probably a scan or a picture of the pages. Open the original document and save it as PDF or .docx again, or paste the text instead.',
      );
    }
    return { ok: true, markdown, format: 'pdf' };
  } finally {
    await document.loadingTask.destroy();
  }
}
