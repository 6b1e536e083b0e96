// A PDF's positioned text runs, put back into Markdown: lines, paragraphs, headings (larger or bold type) and lists.

/** One run of text as PDF.js gives it, with what the page says about its font. */
export interface PdfRun {
  text: string;
  x: number;
  /** From the bottom of the page, as PDF coordinates run. */
  y: number;
  width: number;
  size: number;
  bold: boolean;
  endsLine: boolean;
}

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

// Word's bullets arrive as "•", as Symbol/Wingdings private-use characters, or as a dash or "o" for a second level.
const bullet = /^(?:[•●○◦▪■□➢►–\-*·o\uf0b7\uf0a7\uf076\uf0d8\uf0fc])\s+/;
const numbered = /^(?:\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+/i;
const pageNumber = /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i;

function linesOf(runs: readonly PdfRun[]): Line[] {
  const lines: Line[] = [];
  let current: (Line & { right: number; chars: number; boldChars: number }) | null = null;
  const finish = () => {
    if (current && current.text.trim() !== '') {
      lines.push({
        text: current.text.replace(/\s+/g, ' ').trim(),
        x: current.x,
        y: current.y,
        size: current.size,
        bold: current.boldChars > current.chars / 2,
      });
    }
    current = null;
  };
  for (const run of runs) {
    if (current && Math.abs(run.y - current.y) > Math.max(run.size, current.size) * 0.4) finish();
    if (run.text !== '') {
      if (!current)
        current = { text: '', x: run.x, y: run.y, size: run.size, bold: false, right: run.x, chars: 0, boldChars: 0 };
      const gap = run.x - current.right;
      const joined =
        current.text === '' || /\s$/.test(current.text) || /^\s/.test(run.text) || gap < run.size * 0.15 ? '' : ' ';
      current.text += joined + run.text;
      current.right = run.x + run.width;
      current.size = Math.max(current.size, run.size);
      const visible = run.text.replace(/\s/g, '').length;
      current.chars += visible;
      if (run.bold) current.boldChars += visible;
    }
    if (run.endsLine) finish();
  }
  finish();
  return lines;
}

/** The size most of the text is set in: the body text. */
function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines)
    weight.set(Math.round(line.size * 2) / 2, (weight.get(Math.round(line.size * 2) / 2) ?? 0) + line.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 11;
}

/** Markdown for the runs of each page; page numbers ("Page 2 of 5") are left out. */
export function pdfMarkdown(pages: readonly (readonly PdfRun[])[]): string {
  const pageLines = pages.map((runs) => linesOf(runs).filter((line) => !pageNumber.test(line.text)));
  const all = pageLines.flat();
  const body = bodySize(all);
  const headingSizes = [
    ...new Set(
      all.filter((line) => line.size >= body * 1.15 && line.text.length <= 120).map((line) => Math.round(line.size)),
    ),
  ].sort((a, b) => b - a);
  const level = (line: Line): number => {
    if (line.size >= body * 1.15 && line.text.length <= 120)
      return Math.min(headingSizes.indexOf(Math.round(line.size)) + 1, 3);
    // A short bold line on its own, not ending a sentence, is how many councils' documents mark a heading.
    return line.bold && line.text.length <= 80 && !/[.,;:]$/.test(line.text) ? Math.min(headingSizes.length + 1, 4) : 0;
  };

  const blocks: { text: string; list: boolean }[] = [];
  let paragraph: string[] = [];
  let listX: number | null = null;
  const flush = () => {
    if (paragraph.length > 0)
      blocks.push({ text: paragraph.join(' ').replace(/(\w)- (\w)/g, '$1-$2'), list: listX !== null });
    paragraph = [];
    listX = null;
  };
  for (const lines of pageLines) {
    let previous: Line | null = null;
    for (const line of lines) {
      const gap = previous ? previous.y - line.y : 0;
      const headingLevel = level(line);
      if (headingLevel > 0) {
        flush();
        blocks.push({ text: `${'#'.repeat(headingLevel)} ${line.text}`, list: false });
      } else if (bullet.test(line.text) || numbered.test(line.text)) {
        flush();
        const number = numbered.exec(line.text)?.[1] ?? '';
        paragraph = [
          bullet.test(line.text)
            ? `- ${line.text.replace(bullet, '')}`
            : `${/^\d+$/.test(number) ? `${number}.` : '-'} ${line.text.replace(numbered, '')}`,
        ];
        listX = line.x;
      } else if (previous && (gap > line.size * 1.75 || gap < 0 || (listX !== null && line.x <= listX + 2))) {
        flush();
        paragraph = [line.text];
      } else paragraph.push(line.text);
      previous = line;
    }
  }
  flush();
  // Items of one list stay on consecutive lines; everything else is a block of its own.
  return blocks
    .map(
      (block, index) =>
        (index > 0 && block.list && blocks[index - 1]?.list ? '\n' : index > 0 ? '\n\n' : '') + block.text,
    )
    .join('');
}
