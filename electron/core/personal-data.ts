// Finds personal data in text (UK-focused): emails, phone numbers, postcodes, street addresses, IP addresses.
export type PersonalDataKind = 'email' | 'phone' | 'postcode' | 'street-address' | 'ip-address';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  text: string;
  start: number;
  end: number;
}

const streetWords =
  'Road|Rd|Street|St|Lane|Ln|Close|Avenue|Ave|Drive|Dr|Way|Crescent|Cres|Gardens|Gdns|Court|Ct|Place|Pl|Terrace|Grove|Hill|Row|Mews|Green|Walk|Square|Rise|View|Park';

const patterns: readonly { kind: PersonalDataKind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // +44 or 0, then 9-10 more digits in the usual groupings, with spaces, dashes or brackets.
  { kind: 'phone', pattern: /(?<![\d+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g },
  { kind: 'postcode', pattern: /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[ABD-HJLNP-UW-Z]{2}\b/gi },
  {
    kind: 'street-address',
    pattern: new RegExp(String.raw`\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:${streetWords})\b`, 'g'),
  },
  { kind: 'ip-address', pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
];

/** Digits only, with +44 written as 0, so "+44 7700 900123" and "07700900123" compare equal. */
export function normalisePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.startsWith('44') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
}

function normalised(kind: PersonalDataKind, text: string): string {
  if (kind === 'phone') return normalisePhone(text);
  if (kind === 'postcode') return text.replace(/\s/g, '').toUpperCase();
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function findPersonalData(text: string, options: { allowed?: readonly string[] } = {}): PersonalDataMatch[] {
  const allowed = new Set<string>();
  for (const entry of options.allowed ?? []) {
    for (const kind of ['email', 'phone', 'postcode', 'street-address'] as const)
      allowed.add(`${kind}:${normalised(kind, entry)}`);
    for (const inner of findPersonalData(entry)) allowed.add(`${inner.kind}:${normalised(inner.kind, inner.text)}`);
  }
  const matches: PersonalDataMatch[] = [];
  for (const { kind, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const found = match[0].trim();
      if (kind === 'phone' && normalisePhone(found).length < 10) continue;
      const start = match.index + match[0].indexOf(found);
      if (allowed.has(`${kind}:${normalised(kind, found)}`)) continue;
      if (matches.some((other) => start < other.end && other.start < start + found.length)) continue;
      matches.push({ kind, text: found, start, end: start + found.length });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}
