// Commercial spam, copied or pirated material, and links or posts unrelated to the parish
// (suggestion-words/promotions.json). Spam needs two kinds of signal (an offer and a call to act, a trade
// and a price…), so "can anyone recommend a roofer?" is not an advert.
import type { ReadMessage } from './message-words';
import { quote } from './message-words';
import { compileLexicon, findPhrases, type Lexicon } from './phrase-lexicon';
import words from './suggestion-words/promotions.json';

const spamKinds = Object.entries(words.spam).map(([kind, phrases]) => ({ kind, lexicon: compileLexicon(phrases) }));
const notSpam = compileLexicon(words.notSpam);
const copiedStrong = compileLexicon(words.copyright.strong);
const copiedWeak = compileLexicon(words.copyright.weak);
const offTopic = compileLexicon(words.offTopic);
const parishTopics = compileLexicon(words.parishTopics);

const linkPattern =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b(?:[a-z0-9-]+\.)+(?:com|co\.uk|org|net|io|me|uk|live|shop|info|ly|be|tv)(?:\/[^\s<>"]*)?/gi;

export interface Link {
  written: string;
  domain: string;
}

export function findLinks(text: string): Link[] {
  // A web address inside an email address (clerk@council.gov.uk) is not a link.
  return [...text.matchAll(linkPattern)]
    .filter((match) => text[match.index - 1] !== '@')
    .map((match) => {
      const written = match[0].replace(/[.,;:!?)]+$/, '');
      const domain =
        written
          .replace(/^https?:\/\//i, '')
          .replace(/^www\./i, '')
          .split(/[/?#]/)[0]
          ?.toLowerCase() ?? '';
      return { written, domain };
    });
}

/** Links to the council's own site or to public services (GOV.UK, the police, the NHS) are on topic. */
export function isTrustedLink(link: Link, councilDomains: readonly string[]): boolean {
  return [...words.trustedDomains, ...councilDomains].some(
    (domain) => link.domain === domain || link.domain.endsWith(`.${domain}`),
  );
}

const quoted = (message: ReadMessage, lexicon: Lexicon) =>
  findPhrases(lexicon, message).map((match) => quote(message, match.first, match.last));

export interface SpamSignals {
  evidence: string[];
  /** How many kinds of signal: call to act, offer, money scheme, product or trade. */
  kinds: number;
}

export function findSpam(message: ReadMessage, untrustedLinks: readonly Link[]): SpamSignals {
  if (findPhrases(notSpam, message).length > 0) return { evidence: [], kinds: 0 };
  const evidence: string[] = [];
  let kinds = 0;
  for (const { kind, lexicon } of spamKinds) {
    const found = quoted(message, lexicon);
    if (kind === 'call' && untrustedLinks.length > 0) found.push(untrustedLinks[0]?.written ?? '');
    if (found.length === 0) continue;
    // A money scheme says it twice over ("crypto trading signals"): it counts for two kinds.
    kinds += kind === 'money' && found.length >= 2 ? 2 : 1;
    evidence.push(...found);
  }
  return { evidence: [...new Set(evidence)], kinds };
}

export function findCopying(message: ReadMessage): { evidence: string[]; strong: boolean } {
  const strong = quoted(message, copiedStrong);
  const weak = quoted(message, copiedWeak);
  const copyrightSign = /©/.test(message.original) ? ['©'] : [];
  const all = [...copyrightSign, ...strong, ...weak];
  return { evidence: [...new Set(all)], strong: strong.length + copyrightSign.length > 0 || weak.length >= 2 };
}

export function findOffTopic(message: ReadMessage): string[] {
  return [...new Set(quoted(message, offTopic))];
}

export function mentionsParish(message: ReadMessage): boolean {
  return findPhrases(parishTopics, message).length > 0;
}
