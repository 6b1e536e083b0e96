// Reads back the text an uncompressed pdfkit PDF draws, for tests: what a reader would copy out of the file.

/** A font resource of the PDF (F1, F2…): its name, and how its codes become text. */
interface DrawnFont {
  baseFont: string;
  /** Text per glyph code, from the font's ToUnicode map; null for a built-in font, whose codes are Windows-1252. */
  glyphs: Map<number, string> | null;
}

const windows1252 = new TextDecoder('windows-1252');

function objectBody(source: string, id: string): string {
  const start = source.indexOf(`\n${id} 0 obj\n`);
  if (start < 0) throw new Error(`The PDF has no object ${id}.`);
  return source.slice(start, source.indexOf('\nendobj', start));
}

/** pdfkit writes a ToUnicode map as ranges `<first> <last> [<text of first> <text of next> …]`, text in UTF-16. */
function toUnicode(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const [, first, entries] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    [...(entries ?? '').matchAll(/<([0-9a-f ]+)>/g)].forEach(([, units], offset) => {
      const codeUnits = (units ?? '').split(' ').map((unit) => parseInt(unit, 16));
      glyphs.set(parseInt(first ?? '', 16) + offset, String.fromCharCode(...codeUnits));
    });
  }
  return glyphs;
}

/** The fonts the pages use, by resource name; pdfkit gives a font the same name on every page. */
function fontsOf(source: string): Map<string, DrawnFont> {
  const fonts = new Map<string, DrawnFont>();
  for (const [, name = '', id = ''] of source.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    if (fonts.has(name)) continue;
    const dictionary = objectBody(source, id);
    const cmap = /\/ToUnicode (\d+) 0 R/.exec(dictionary)?.[1];
    fonts.set(name, {
      baseFont: /\/BaseFont \/(\S+)/.exec(dictionary)?.[1] ?? '',
      glyphs: cmap ? toUnicode(objectBody(source, cmap)) : null,
    });
  }
  return fonts;
}

function decode(hex: string, font: DrawnFont | undefined): string {
  if (!font) throw new Error('Text was drawn before any font was selected.');
  const { glyphs } = font;
  if (!glyphs) return windows1252.decode(Buffer.from(hex, 'hex'));
  return (hex.match(/.{4}/g) ?? []).map((code) => glyphs.get(parseInt(code, 16)) ?? '\ufffd').join('');
}

/**
 * Every line drawn, in drawing order. pdfkit writes each line as one TJ array of hex strings (glyph codes, with
 * kerning numbers between), in the font chosen by the `/Fn size Tf` before it.
 */
export function drawnLines(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const fonts = fontsOf(source);
  const lines: string[] = [];
  let font: DrawnFont | undefined;
  for (const [, fontName, array] of source.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (fontName) font = fonts.get(fontName);
    else lines.push([...(array ?? '').matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => decode(hex ?? '', font)).join(''));
  }
  return lines;
}

/** The BaseFont of every font the pages use, such as "BZZZZZ+DejaVuSans" (subset prefix, plus, font name). */
export function fontNames(pdf: Buffer): string[] {
  return [...fontsOf(pdf.toString('latin1')).values()].map((font) => font.baseFont);
}
