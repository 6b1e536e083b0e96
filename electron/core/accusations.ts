// Accusations of wrongdoing against someone who can be identified (potentially libellous: a council as a
// body cannot be libelled, its councillors and clerk can), and allegations of a breach of policy or the law
// (suggestion-words/accusations.json). A question ("is it legal to park here?") is not an allegation.
import type { ReadMessage } from './message-words';
import { quote } from './message-words';
import { compileLexicon, findPhrases, type PhraseMatch } from './phrase-lexicon';
import words from './suggestion-words/accusations.json';

const accusations = compileLexicon(words.accusations, words.classes);
const weakAccusations = compileLexicon(words.weakAccusations, words.classes);
const identified = compileLexicon(['@identified'], words.classes);
const allegations = compileLexicon(words.allegations, words.classes);
const notAllegations = compileLexicon(words.notAllegations, words.classes);

const overlaps = (a: PhraseMatch, b: PhraseMatch) => a.first <= b.last && b.first <= a.last;
const askingWords = new Set([
  'is',
  'does',
  'do',
  'can',
  'could',
  'should',
  'would',
  'are',
  'will',
  'has',
  'have',
  'what',
  'how',
  'when',
  'where',
  'who',
  'which',
  'am',
  'if',
]);

export interface Accusation {
  evidence: string[];
  /** It names or points at someone ("Cllr Baxter", "he", "the builders"), not the council as a body. */
  identified: boolean;
}

export function findAccusations(message: ReadMessage): Accusation {
  const strong = findPhrases(accusations, message);
  const weakWords = findPhrases(weakAccusations, message);
  // Who it is about matters only once there is an accusation: most messages stop here.
  if (strong.length === 0 && weakWords.length === 0) return { evidence: [], identified: false };
  const someone = findPhrases(identified, message);
  const weak = someone.length > 0 ? weakWords : [];
  const evidence = [...strong, ...weak].map((match) => quote(message, match.first, match.last));
  return { evidence: [...new Set(evidence)], identified: someone.length > 0 };
}

function inQuestion(message: ReadMessage, match: PhraseMatch): boolean {
  const word = message.words[match.first];
  if (!word?.question) return false;
  const first = message.words.find((candidate) => candidate.sentence === word.sentence);
  return first !== undefined && askingWords.has(first.text);
}

export function findAllegations(message: ReadMessage): string[] {
  const ruledOut = findPhrases(notAllegations, message);
  const found = findPhrases(allegations, message).filter(
    (match) => !inQuestion(message, match) && !ruledOut.some((other) => overlaps(other, match)),
  );
  return [...new Set(found.map((match) => quote(message, match.first, match.last)))];
}
