// Someone else's personal details published or passed on without their consent: an address, phone, email,
// car registration, workplace, child's school or health, tied to a person (suggestion-words/private-details.json).
// A resident's own details in a private message, the council's contacts and "the pothole outside number 14" are not.
import type { ReadMessage } from './message-words';
import { quote } from './message-words';
import { findPersonalData } from './personal-data';
import { compileLexicon, findPhrases, type PhraseMatch } from './phrase-lexicon';
import words from './suggestion-words/private-details.json';

const links = compileLexicon(words.links, words.classes);
const someone = compileLexicon(['@someone'], words.classes);
const details = compileLexicon(words.details, words.classes);
const publish = compileLexicon(words.publish, words.classes);
const own = compileLexicon(words.own, words.classes);
const consent = compileLexicon(words.consent, words.classes);
const location = compileLexicon(words.location, words.classes);

// UK number plates: current (KX19 ZRT), prefix (A123 BCD) and suffix (ABC 123D) styles.
const numberPlate = /\b(?:[A-Z]{2}\d{2}\s?[A-Z]{3}|[A-Z]\d{1,3}\s?[A-Z]{3}|[A-Z]{3}\s?\d{1,3}[A-Z])\b/g;
const namedHome =
  /\b(?:[A-Z][a-z]+ (?:Cottage|Cottages|Farm|House|Lodge|Barn|Villa)|(?:Flat|Apartment) \d+[a-z]?)\b|(?<=\bat |, )[Nn]umber \d{1,4}\b/g;

export interface PrivateDetails {
  evidence: string[];
  /** Tied to a person and meant to be seen ("…so everyone knows"), or on a public page. */
  confidence: 'high' | 'medium' | null;
}

interface Detail {
  text: string;
  start: number;
}

function wordIndexAt(message: ReadMessage, offset: number): number {
  const index = message.words.findIndex((word) => word.end > offset);
  return index < 0 ? message.words.length - 1 : index;
}

const near = (match: PhraseMatch, index: number, reach: number) =>
  index - match.last <= reach && match.first - index <= reach;

export function findPrivateDetails(
  message: ReadMessage,
  options: { isPublic: boolean; councilContacts: readonly string[]; advertiser: boolean },
): PrivateDetails {
  const found: Detail[] = findPersonalData(message.original, { allowed: options.councilContacts })
    .filter((match) => !(options.advertiser && (match.kind === 'phone' || match.kind === 'email')))
    .map((match) => ({ text: match.text, start: match.start }));
  for (const pattern of [numberPlate, namedHome])
    for (const match of message.original.matchAll(pattern)) found.push({ text: match[0], start: match.index });
  for (const match of findPhrases(details, message))
    found.push({ text: quote(message, match.first, match.last), start: message.words[match.first]?.start ?? 0 });
  if (found.length === 0) return { evidence: [], confidence: null };

  const tied = findPhrases(links, message);
  const people = findPhrases(someone, message);
  const theirs = findPhrases(own, message);
  const places = findPhrases(location, message);
  const kept = found.filter((detail) => {
    const index = wordIndexAt(message, detail.start);
    if (theirs.some((match) => near(match, index, 6) && match.first <= index)) return false;
    const linked = tied.some((match) => near(match, index, 8));
    // "outside number 14 Church Street" is a place, unless someone is said to live there.
    if (!linked && places.some((match) => match.last < index && index - match.last <= 3)) return false;
    return linked || (options.isPublic && people.some((match) => near(match, index, 10)));
  });
  if (kept.length === 0) return { evidence: [], confidence: null };
  const evidence = [...new Set(kept.sort((a, b) => a.start - b.start).map((detail) => detail.text))];
  if (options.isPublic || findPhrases(publish, message).length > 0) return { evidence, confidence: 'high' };
  // Telling the clerk where a neighbour lives is ordinary business; passing on their phone or email is worth a second look.
  const onlyAddresses = kept.every((detail) => !/\d{5,}|@/.test(detail.text.replace(/\s/g, '')));
  if (onlyAddresses || findPhrases(consent, message).length > 0) return { evidence: [], confidence: null };
  return { evidence, confidence: 'medium' };
}
