// Racist and hateful generalisations without a slur ("send them all back", "the travellers are all thieves"),
// from suggestion-words/racism.json. Slurs themselves are found with the obscene words.
import type { ReadMessage } from './message-words';
import { quote } from './message-words';
import { compileLexicon, findPhrases } from './phrase-lexicon';
import words from './suggestion-words/racism.json';

const hateful = compileLexicon(words.phrases, words.classes);
const innocent = compileLexicon(words.notRacist, words.classes);

export function findRacistContent(message: ReadMessage): string[] {
  const ruledOut = findPhrases(innocent, message);
  const found = findPhrases(hateful, message).filter(
    (match) => !ruledOut.some((other) => other.first <= match.last && match.first <= other.last),
  );
  return [...new Set(found.map((match) => quote(message, match.first, match.last)))];
}
