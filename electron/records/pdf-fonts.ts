// The font both council PDFs are drawn in: DejaVu Sans (Latin, Greek, Cyrillic and more), embedded from dejavu-fonts-ttf.
import { createRequire } from 'node:module';

type Doc = PDFKit.PDFDocument;

/** What printable() asks of a font. */
export interface Glyphs {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The names the PDFs select the fonts by, once useDejaVuSans() has registered them on a document. */
export const regular = 'DejaVuSans';
export const bold = 'DejaVuSans-Bold';

/**
 * A require that resolves packages the way Node does from where this code runs. From the sources and from
 * dist/preview.mjs that is an ES module, and import.meta.url says where it is. In dist/electron/main.cjs esbuild
 * leaves import.meta empty, so createRequire throws and the CommonJS bundle's own require is used instead.
 */
function nodeRequire(): NodeJS.Require {
  try {
    return createRequire(import.meta.url);
  } catch {
    return require;
  }
}

let files: { regular: string; bold: string } | undefined;

/**
 * Where the two font files are. Found by module resolution, not by a path relative to this file: the bundles live
 * in dist/, and in the installed app the package sits in the asar archive's node_modules.
 */
export function dejaVuSansFiles(): { regular: string; bold: string } {
  if (files) return files;
  const resolve = nodeRequire().resolve;
  files = {
    regular: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
  return files;
}

/** Registers regular and bold on `doc` and selects regular. pdfkit embeds only the glyphs a document uses. */
export function useDejaVuSans(doc: Doc): void {
  const { regular: regularFile, bold: boldFile } = dejaVuSansFiles();
  doc.registerFont(regular, regularFile).registerFont(bold, boldFile).font(regular);
}

const hasGlyphCheck = (font: unknown): font is Glyphs =>
  typeof font === 'object' && font !== null && typeof (font as Partial<Glyphs>).hasGlyphForCodePoint === 'function';

/**
 * The glyphs of the font `doc` is drawing in now. pdfkit keeps the fontkit font it opened as `doc._font.font`,
 * which is not in its types; asking that object means the check and the drawing use the very same font.
 */
export function currentGlyphs(doc: Doc): Glyphs {
  const font = (doc as unknown as { _font?: { font?: unknown } })._font?.font;
  if (!hasGlyphCheck(font))
    throw new Error(
      'pdfkit no longer keeps its fontkit font at doc._font.font: printable() cannot ask the font which characters it has.',
    );
  return font;
}
