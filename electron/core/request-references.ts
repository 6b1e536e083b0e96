// Request references the clerk can quote in a letter: FOI-2026-014, SAR-2026-003, COMP-2026-007, numbered per type per year.
import type { RequestType } from './request-clock';

const prefixes: Readonly<Record<RequestType, string>> = { foi: 'FOI', sar: 'SAR', complaint: 'COMP' };
const referencePattern = /^(FOI|SAR|COMP)-(\d{4})-(\d{3,})$/;

export interface RequestReference {
  type: RequestType;
  year: number;
  number: number;
}

export function parseReference(reference: string): RequestReference | null {
  const match = referencePattern.exec(reference.trim().toUpperCase());
  if (!match) return null;
  const type = (Object.keys(prefixes) as RequestType[]).find((key) => prefixes[key] === match[1]);
  return type === undefined ? null : { type, year: Number(match[2]), number: Number(match[3]) };
}

export function formatReference({ type, year, number }: RequestReference): string {
  return `${prefixes[type]}-${year}-${String(number).padStart(3, '0')}`;
}

/** The next reference of `type` in `year` (the year the request was received): one more than the highest so far. */
export function nextReference(type: RequestType, year: number, existing: readonly string[]): string {
  let highest = 0;
  for (const reference of existing) {
    const parsed = parseReference(reference);
    if (parsed && parsed.type === type && parsed.year === year) highest = Math.max(highest, parsed.number);
  }
  return formatReference({ type, year, number: highest + 1 });
}
