// A policy saved from Word (.docx): mammoth turns its styles into HTML, turndown that into Markdown.
// Macros are never run (mammoth reads only the document's XML), pictures are dropped, linked files are not fetched.
import { unzipSync } from 'fflate';
import { loadOnFirstUse } from '../app/load-on-first-use';
import { importFailure, type PolicyText } from './policy-text-result';

const loadMammoth = loadOnFirstUse(() => import('mammoth'));
const loadTurndown = loadOnFirstUse(() => import('turndown'));

/** A .docx is a ZIP; one that would unpack to more than this is not a policy (or is a ZIP bomb). */
export const maxUnpackedDocxBytes = 100 * 1024 * 1024;

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
// Word saves a password-protected .docx, like an old .doc, as an OLE compound file rather than a ZIP.
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((byte, index) => bytes[index] === byte);

const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function docxPolicy(bytes: Uint8Array): Promise<PolicyText> {
  if (startsWith(bytes, compoundFileSignature)) {
    return importFailure(
      'encrypted',
      'This Word file is protected with a password, or is in the old Word 97–2003 format. In Word, remove the password (File, Info, Protect Document) or save it as .docx, or paste the text instead.',
    );
  }
  const notWord = importFailure(
    'unreadable',
    'This file is not a Word document that can be read: it may be damaged. Open it in Word and save it again as .docx, or paste the text instead.',
  );
  if (!startsWith(bytes, zipSignature)) return notWord;
  let unpacked = 0;
  let hasDocument = false;
  try {
    // Reads the sizes the ZIP declares, without unpacking anything.
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (file.name === 'word/document.xml') hasDocument = true;
        return false;
      },
    });
  } catch {
    return notWord;
  }
  if (!hasDocument) return notWord;
  if (unpacked > maxUnpackedDocxBytes) {
    return importFailure(
      'too-large',
      'This Word file unpacks to more than 100 MB, which no policy needs. Save a copy without pictures, or paste the text instead.',
    );
  }

  const mammoth = await loadMammoth();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap,
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    return notWord;
  }
  const markdown = await htmlToPolicyMarkdown(html);
  if (markdown.replace(/[\s#*-]/g, '').length < 20) {
    return importFailure(
      'no-text',
      'This Word document has no text to read: it may hold only pictures of the pages. Paste the text instead.',
    );
  }
  return { ok: true, markdown, format: 'docx' };
}

async function htmlToPolicyMarkdown(html: string): Promise<string> {
  const { default: TurndownService } = await loadTurndown();
  const turndown = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    strongDelimiter: '**',
    codeBlockStyle: 'fenced',
  });
  turndown.remove(['img', 'script', 'style']);
  // Italics and underlining carry no meaning in a policy; links keep their text, and their address only if it is a web or mail address.
  turndown.addRule('plain emphasis', { filter: ['em', 'i', 'u'], replacement: (content) => content });
  turndown.addRule('safe links', {
    filter: 'a',
    replacement: (content, node) => {
      const href = (node as { getAttribute(name: string): string | null }).getAttribute('href') ?? '';
      return /^(https?:|mailto:)/i.test(href) && content.trim() !== '' ? `[${content}](${href})` : content;
    },
  });
  return turndown
    .turndown(html)
    .replace(/^(\s*)-\s+/gm, '$1- ')
    .replace(/^(\s*)(\d+)\.\s+/gm, '$1$2. ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
