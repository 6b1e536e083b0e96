// Last check before a reply leaves the console, against the policy's criteria for communications
// from the Council: civil, no personal information, no political advertising.
import { findPersonalData, type PersonalDataKind } from './personal-data';
import { findProfanity } from './profanity';

export type OutboundProblemKind = 'personal-data' | 'uncivil' | 'political';

export interface OutboundProblem {
  kind: OutboundProblemKind;
  /** Tells the clerk what to change and why, in a sentence. */
  message: string;
  /** The words in the reply that caused the problem, as written. */
  evidence: string;
}

export interface OutboundCheck {
  ok: boolean;
  problems: OutboundProblem[];
}

const personalDataLabels: Record<PersonalDataKind, string> = {
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
  'street-address': 'a street address',
  'ip-address': 'an IP address',
};

// Insults and threats aimed at people: profanity alone misses "liar" and "you'll regret this".
// Apostrophes may be straight or curly, as people paste from other apps.
const uncivilPatterns: readonly RegExp[] = [
  /\b(?:idiots?|idiotic|morons?|moronic|imbeciles?|stupid|liars?|clowns?|pathetic|incompetent|useless|disgraceful)\b/gi,
  /\bshut\s+up\b/gi,
  /\bget\s+lost\b/gi,
  /\byou(?:['’]ll|\s+will)\s+regret\b/gi,
  /\bwatch\s+your\s+back\b/gi,
  /\bwe\s+know\s+where\s+you\s+live\b/gi,
];

const parties = String.raw`(?:labour|conservatives?|tory|tories|reform(?:\s+uk)?|lib(?:eral)?\s*dem(?:ocrat)?s?|greens?|green\s+party|snp|plaid(?:\s+cymru)?|ukip)`;
// Political advertising: calls to vote, election imprints, and a party named close to "vote".
// "elect" alone is ordinary council business ("the council will elect a chair"), so it is
// caught only before a person's name or "me/us/our", never before Councillor or Chair.
const politicalPatterns: readonly RegExp[] = [
  /\bvote\s+for\b/gi,
  new RegExp(String.raw`\bvote\b[^.!?\n]{0,40}?\b${parties}\b`, 'gi'),
  new RegExp(String.raw`\b${parties}\b[^.!?\n]{0,40}?\bvote\b`, 'gi'),
  /\bre-?elect\b/gi,
  /\b[Ee]lect\s+(?!Councillor|Chair)(?:me|us|our|[A-Z][a-z]+)\b/g,
  /\bsupport\s+our\s+candidates?\b/gi,
  /\bpolling\s+(?:day|station)\b/gi,
  /\b(?:paid\s+for|promoted)\s+by\b/gi,
];

function matchesOf(text: string, patterns: readonly RegExp[]): string[] {
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

/**
 * Problems that stop a reply being sent. The council's own contact details (councilContacts) are
 * allowed; anyone else's email, phone, postcode, address or IP address is not.
 */
export function checkOutbound(text: string, options: { councilContacts: readonly string[] }): OutboundCheck {
  const problems: OutboundProblem[] = [];
  const seen = new Set<string>();
  const add = (kind: OutboundProblemKind, evidence: string, message: string): void => {
    const key = `${kind}:${evidence.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ kind, evidence, message });
  };

  for (const match of findPersonalData(text, { allowed: options.councilContacts })) {
    add(
      'personal-data',
      match.text,
      `It contains ${personalDataLabels[match.kind]} (${match.text}) that is not the council's own: remove it; the policy forbids passing on personal information.`,
    );
  }
  for (const word of [...findProfanity(text), ...matchesOf(text, uncivilPatterns)]) {
    add(
      'uncivil',
      word,
      `It contains "${word}", which is not civil: reword it; the policy requires communications from the Council to be civil, never abusive, threatening or profane.`,
    );
  }
  for (const phrase of matchesOf(text, politicalPatterns)) {
    add(
      'political',
      phrase,
      `It contains "${phrase}", which reads as political advertising: remove it; the policy forbids using the council's social media for political advertising.`,
    );
  }
  return { ok: problems.length === 0, problems };
}
