// Is an FOI request valid yet? FOIA s.8(1)(b): it must "state the name of the applicant and an address for
// correspondence". The ICO reads the name as the requester's real name (a pseudonym makes it invalid) and accepts
// "either an email or postal address" ("Recognising a request made under the Freedom of Information Act (section 8)").
// A social-media handle is not an address for correspondence (First-tier Tribunal, Ghafoor v Information
// Commissioner, EA/2015/0076), nor is a phone number. Until both are there the clerk asks for them and the
// clock waits (request-record.ts: 'name-and-address').
import { findPersonalData } from './personal-data';

export interface RequesterDetails {
  /** The display name the channel gave ("Jane Smith", "Ashcombe Truth", "🌻"). */
  name: string;
  handle: string | null;
  email: string | null;
  phone: string | null;
}

export type MissingDetail = 'real name' | 'address for correspondence';

export interface FoiValidity {
  valid: boolean;
  missing: MissingDetail[];
  /** Why, in the clerk's words. */
  evidence: string[];
  /** The real name and address found, to put on the request. */
  name: string | null;
  address: string | null;
}

const titles = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'rev',
  'revd',
  'cllr',
  'councillor',
  'prof',
  'sir',
  'dame',
  'lady',
  'lord',
]);

// Words that make a display name a description rather than a person: "Concerned Resident", "Ashcombe Truth".
const notAPerson = new Set(
  `concerned resident residents villager villagers local locals truth watch news action group community village parish council page official
  admin team voice voices mum mums dad dads taxpayer taxpayers ratepayer anonymous anon neighbour neighbours citizen lover lovers fan fans
  friends supporters save stop says the of for against and info forum hub updates online matters people views unofficial real honest angry
  fed up campaign alliance network exposed uncovered facts`.split(/\s+/),
);
const organisationWords =
  /\b(?:ltd|limited|plc|llp|cic|society|association|club|trust|charity|company|partnership|school|church|committee)\b/i;

export type NameJudgement = { realName: true; kind: 'person' | 'organisation' } | { realName: false; why: string };

/**
 * Whether `name` reads as a real name: a first name or initial and a surname ("Jane Smith", "J. Smith",
 * "Mrs Smith"), or an organisation's name (Ltd, Society…), which the ICO also accepts. `placeNames` are the
 * parish's own names: a display name that starts with one ("Ashcombe Truth") is a page, not a person.
 * `why` completes a sentence that starts with the name in quotes.
 */
export function judgeName(name: string, placeNames: readonly string[] = []): NameJudgement {
  const bare = name.replace(/<[^>]*>/g, '');
  const cleaned = bare
    .replace(/[^\p{L}\p{M}\s.'’-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}/u.test(cleaned)) return { realName: false, why: 'has no name in it' };
  if (/[@_\d]/.test(bare)) return { realName: false, why: 'is a handle, not a name' };
  if (organisationWords.test(cleaned)) return { realName: true, kind: 'organisation' };
  const lower = cleaned.split(' ').map((word) => word.toLowerCase().replace(/[.'’]/g, ''));
  const places = new Set(placeNames.map((place) => place.toLowerCase()));
  if (lower.some((word) => notAPerson.has(word)) || places.has(lower[0] ?? ''))
    return { realName: false, why: "is a description or a page's name, not a person's name" };
  const hasTitle = titles.has(lower[0] ?? '');
  const named = hasTitle ? lower.slice(1) : lower;
  if (named.length === 0 || (named.length === 1 && !hasTitle)) return { realName: false, why: 'is a first name only' };
  if (named.length > 5) return { realName: false, why: 'is too long to be a name' };
  return { realName: true, kind: 'person' };
}

const signOff =
  /^(?:kind regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|yours sincerely|yours faithfully|yours|cheers|best)[,.!]?\s*(?<name>.*)$/i;

/** Names the sender gives in the text: "My name is Jane Smith", or under a sign-off. */
function namesInText(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\b[Mm]y name is (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})/gu))
    if (match[1]) names.push(match[1].replace(/[.]$/, ''));
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  lines.forEach((line, index) => {
    const match = signOff.exec(line);
    if (!match) return;
    const sameLine = match.groups?.name?.trim() ?? '';
    const candidate = sameLine !== '' ? sameLine : (lines[index + 1] ?? '');
    if (candidate !== '') names.push(candidate.replace(/^[-–—]\s*/, ''));
  });
  const last = lines.at(-1);
  if (last && /^[-–—]\s*\p{L}/u.test(last)) names.push(last.replace(/^[-–—]\s*/, ''));
  return names;
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}$/;
// An address in the text is the sender's when they say so ("my email is…", "I live at…"), or when it sits in the
// last lines of a longer message, where a letter is signed. Elsewhere it may well be someone else's.
const ownAddressCue =
  /\b(?:my (?:email|e-mail|postal|home)?\s*(?:address )?is|my email is|email me|e-mail me|reply to|write to me|contact me|send (?:it|them|the \w+|your reply|a reply) to|post (?:it|them) to|I live at|address:)(?:\s+at)?\s*[:,-]?\s*$/i;

function isSendersOwn(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (ownAddressCue.test(text.slice(lineStart, start))) return true;
  const lineStarts = [...text.matchAll(/^.*\S.*$/gm)].map((line) => line.index);
  return lineStarts.length >= 4 && start >= (lineStarts.at(-3) ?? 0);
}

export interface ValidityInput {
  author: RequesterDetails;
  text: string;
  /** The parish's own place names, so "Ashcombe Truth" is not taken for a person. */
  placeNames?: readonly string[];
  /** The council's own addresses, never the requester's. */
  councilContacts?: readonly string[];
}

/** Whether an FOI request has what s.8 asks for, judged from who sent it and what they wrote. */
export function checkFoiValidity(input: ValidityInput): FoiValidity {
  const { author, text, placeNames = [], councilContacts = [] } = input;
  const evidence: string[] = [];
  const missing: MissingDetail[] = [];

  let name: string | null = null;
  const shown = author.name.replace(/<[^>]*>/g, '').trim();
  const displayName = judgeName(author.name, placeNames);
  if (displayName.realName) {
    name = shown;
    evidence.push(
      displayName.kind === 'organisation'
        ? `Sent in an organisation's name, ${name}: valid if that is its real name`
        : `Sent by ${name}`,
    );
  } else {
    const said = shown === '' ? 'No name was shown' : `"${shown}" ${displayName.why}`;
    const signed = namesInText(text).find((candidate) => judgeName(candidate, placeNames).realName);
    if (signed) {
      name = signed;
      evidence.push(`Signed ${signed} (${said.charAt(0).toLowerCase()}${said.slice(1)})`);
    } else {
      missing.push('real name');
      evidence.push(`${said}, and the message gives no name`);
    }
  }

  let address: string | null = null;
  const found = findPersonalData(text, { allowed: councilContacts });
  const emailInText = found.find((match) => match.kind === 'email' && isSendersOwn(text, match.start));
  const postal = found.find((match) => match.kind === 'street-address');
  const postcode =
    postal &&
    found.find((match) => match.kind === 'postcode' && match.start >= postal.end && match.start - postal.end < 60);
  if (author.email && emailPattern.test(author.email.trim())) {
    address = author.email.trim();
    evidence.push(`Email address for the reply: ${address}`);
  } else if (emailInText) {
    address = emailInText.text;
    evidence.push(`Gives an email address: ${address}`);
  } else if (postal && (postcode || isSendersOwn(text, postal.start))) {
    address = (postcode ? text.slice(postal.start, postcode.end) : postal.text).replace(/\s+/g, ' ');
    evidence.push(`Gives a postal address: ${address}`);
  } else {
    missing.push('address for correspondence');
    const only = [
      author.handle ? `the handle ${author.handle.startsWith('@') ? author.handle : `@${author.handle}`}` : null,
      author.phone ? 'a phone number' : null,
    ].filter(Boolean);
    const mentioned = postal ? ` (it mentions ${postal.text}: check whether that is the sender's own)` : '';
    evidence.push(
      `${only.length > 0 ? `Only ${only.join(' and ')}: not an email or postal address` : 'No email or postal address'}${mentioned}`,
    );
  }

  return { valid: missing.length === 0, missing, evidence, name, address };
}
