// The council's own policy from a file the clerk chooses (.docx, .pdf, .md, .txt): its text as Markdown, and the
// version and dates the text gives. Nothing in the file is run; what cannot be read says why and what to do.
import { policyFacts, type PolicyFacts } from '../core/policy-facts';
import { docxPolicy } from './docx-policy';
import { pdfPolicy } from './pdf-policy';
import type { PolicyFormat, PolicyImportProblem } from './policy-text-result';
import { textPolicy } from './text-policy';

/** A policy is a few pages; anything past this is a different document, or one full of pictures. */
export const maxPolicyFileBytes = 10 * 1024 * 1024;
/** About a hundred pages of text. */
export const maxPolicyCharacters = 300_000;

export interface PolicyFile {
  fileName: string;
  bytes: Uint8Array;
}

export type PolicyImport =
  | { ok: true; markdown: string; format: PolicyFormat; facts: PolicyFacts }
  | { ok: false; problem: PolicyImportProblem; message: string };

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

// Formats a clerk may well have, each with what to do about it.
const otherFormats: Readonly<Record<string, string>> = {
  doc: 'This is an old Word 97–2003 document (.doc). Open it in Word and save it as .docx, or paste the text instead.',
  odt: 'This is an OpenDocument file (.odt). Save it as .docx or PDF, or paste the text instead.',
  rtf: 'This is a Rich Text file (.rtf). Save it as .docx or PDF, or paste the text instead.',
  pages: 'This is an Apple Pages file. Export it as Word (.docx) or PDF, or paste the text instead.',
  html: 'This is a web page. Save the policy as .docx or PDF, or paste the text instead.',
  htm: 'This is a web page. Save the policy as .docx or PDF, or paste the text instead.',
};

export async function importPolicy(file: PolicyFile): Promise<PolicyImport> {
  const extension = /\.([a-z0-9]+)$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? '';
  if (file.bytes.byteLength > maxPolicyFileBytes) {
    return {
      ok: false,
      problem: 'too-large',
      message: `This file is ${megabytes(file.bytes.byteLength)}; a policy file can be up to ${megabytes(maxPolicyFileBytes)}. Save a copy without pictures, or paste the text instead.`,
    };
  }
  const read =
    extension === 'docx'
      ? await docxPolicy(file.bytes)
      : extension === 'pdf'
        ? await pdfPolicy(file.bytes)
        : extension === 'md' || extension === 'markdown'
          ? textPolicy(file.bytes, 'markdown')
          : extension === 'txt'
            ? textPolicy(file.bytes, 'text')
            : null;
  if (read === null) {
    return {
      ok: false,
      problem: 'not-supported',
      message:
        otherFormats[extension] ??
        'The policy can be read from a Word (.docx), PDF, Markdown (.md) or text (.txt) file. Save it as one of those, or paste the text instead.',
    };
  }
  if (!read.ok) return read;
  if (read.markdown.length > maxPolicyCharacters) {
    return {
      ok: false,
      problem: 'too-long',
      message: `This document has ${read.markdown.length.toLocaleString('en-GB')} characters of text, more than any policy (up to ${maxPolicyCharacters.toLocaleString('en-GB')}). Check it is the right file, or paste the policy's text instead.`,
    };
  }
  return { ok: true, markdown: read.markdown, format: read.format, facts: policyFacts(read.markdown) };
}
