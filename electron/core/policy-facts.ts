// The version, date agreed and review date a policy's own text gives, if it gives them; placeholders are not dates.
import { parseUkDate } from '../api/parse-uk-date';
import type { IsoDate } from '../api/uk-time';

export interface PolicyFacts {
  version: string | null;
  agreedOn: IsoDate | null;
  reviewDue: IsoDate | null;
}

const month = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const datePatterns = [
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)`,
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${month},?\s+\d{4}`,
  String.raw`${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
];
const fullDate = new RegExp(String.raw`\b(?:${datePatterns.join('|')})\b`, 'i');
// "review due by May 2027": a month alone counts from its first day, so the reminder comes early rather than late.
const monthAndYear = new RegExp(String.raw`\b(${month})\s+(\d{4})\b`, 'i');

// Each clause starts at one of these words and runs to the next, so a date is never taken from the clause after.
const clauseWords = /\b(agreed|adopted|approved|ratified|reviewed|review|revised|version|issue)\b/gi;

function firstDate(clause: string): IsoDate | null {
  const monthOnly = monthAndYear.exec(clause);
  const candidate = fullDate.exec(clause)?.[0] ?? (monthOnly ? `1 ${monthOnly[1]} ${monthOnly[2]}` : null);
  if (!candidate) return null;
  const parsed = parseUkDate(candidate.replace(/,/g, ''), '2000-01-01');
  return parsed.ok ? parsed.date : null;
}

function clauses(text: string): { word: string; text: string }[] {
  const starts = [...text.matchAll(clauseWords)].map((match) => ({
    word: (match[1] ?? '').toLowerCase(),
    at: match.index ?? 0,
  }));
  return starts.map((start, index) => {
    const end = Math.min(starts[index + 1]?.at ?? text.length, start.at + 160);
    // A clause ends at the end of its sentence or line too.
    const sentence = text.slice(start.at, end).split(/(?<=[.!?])\s|\n/)[0] ?? '';
    return { word: start.word, text: sentence };
  });
}

const versionPattern = /^(?:version|issue)\s*(?:no\.?|number)?\s*[:\-–]?\s*v?(\d+(?:\.\d+){0,3}[a-z]?)\b/i;

export function policyFacts(markdown: string): PolicyFacts {
  const text = markdown.replace(/[*_`]/g, '').replace(/\\/g, '');
  let version: string | null = null;
  let agreedOn: IsoDate | null = null;
  let adoptedOn: IsoDate | null = null;
  let reviewDue: IsoDate | null = null;
  for (const clause of clauses(text)) {
    if ((clause.word === 'version' || clause.word === 'issue') && version === null)
      version = versionPattern.exec(clause.text)?.[1] ?? null;
    else if (
      (clause.word === 'agreed' || clause.word === 'approved' || clause.word === 'ratified') &&
      agreedOn === null
    )
      agreedOn = firstDate(clause.text);
    else if (clause.word === 'adopted' && adoptedOn === null) adoptedOn = firstDate(clause.text);
    else if ((clause.word === 'review' || clause.word === 'reviewed') && reviewDue === null) {
      // "Reviewed on 3 March 2025" is when it was last reviewed, not when it is due.
      if (!/^reviewed\s+(?:on|in|at)\b/i.test(clause.text)) reviewDue = firstDate(clause.text);
    }
  }
  version ??= /\bv(\d+(?:\.\d+){1,3})\b/.exec(text)?.[1] ?? null;
  return { version, agreedOn: agreedOn ?? adoptedOn, reviewDue };
}
