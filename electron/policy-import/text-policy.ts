// A policy as a Markdown or plain-text file: decoded whatever the editor saved it as, with any HTML in it taken out.
import { importFailure, type PolicyFormat, type PolicyText } from './policy-text-result';

function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Notepad on an older Windows PC saves "ANSI": Windows-1252 (£, curly quotes, en dashes).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Markdown as written, less what could run or call out when shown: HTML, scripts, pictures, script links. */
export function safeMarkdown(markdown: string): string {
  return markdown
    .replace(/<(script|style|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<((?:https?:|mailto:)[^>\s]+|[^>\s@]+@[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/\[([^\]]+)\]\((?!https?:|mailto:)(?:[^()]|\([^()]*\))*\)/gi, '$1')
    .replace(/[ \t]+$/gm, '');
}

const bulletLine = /^(\s*)(?:[•·●▪◦o*–-])\s+/;
const isCapitalsHeading = (line: string): boolean =>
  line.length <= 80 && /[A-Z]/.test(line) && !/[a-z]/.test(line) && !/[.,;]$/.test(line);

/** Plain text as Markdown: bullets become list items, a short line in capitals on its own a heading. */
export function plainTextMarkdown(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd());
  return lines
    .map((line, index) => {
      const alone = (lines[index - 1] ?? '').trim() === '' && (lines[index + 1] ?? '').trim() === '';
      if (alone && isCapitalsHeading(line.trim())) return `## ${line.trim()}`;
      if (bulletLine.test(line)) return line.replace(bulletLine, '$1- ');
      // A line that would read as Markdown syntax is kept as the words it is.
      return line.replace(/^(\s*)(#+\s|>\s?)/, '$1\\$2');
    })
    .join('\n');
}

export function textPolicy(bytes: Uint8Array, format: Extract<PolicyFormat, 'markdown' | 'text'>): PolicyText {
  const decoded = decode(bytes);
  if (decoded === null)
    return importFailure(
      'unreadable',
      'This file is not text. Save the policy as .txt, .md, .docx or PDF, or paste the text instead.',
    );
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const markdown = (format === 'markdown' ? safeMarkdown(text) : plainTextMarkdown(text))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (markdown.replace(/[\s#*-]/g, '').length < 20)
    return importFailure(
      'no-text',
      'This file has (almost) no text in it. Choose the file the policy is in, or paste the text instead.',
    );
  return { ok: true, markdown, format };
}
