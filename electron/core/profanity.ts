// Obscene words, British English: obscenity's maintained English list plus British swearing,
// with its whitelist so that Scunthorpe, Essex and "assess" are left alone.
import { DataSet, englishDataset, englishRecommendedTransformers, pattern, RegExpMatcher } from 'obscenity';

const britishWords = ['bollocks', 'wanker', 'shite', 'tosser', 'bellend', 'arsehole', 'twat', 'pillock', 'piss'];

const dataset = new DataSet<{ originalWord: string }>().addAll(englishDataset);
for (const word of britishWords) {
  dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: word }).addPattern(pattern`|${word}`));
}
// Place names and words that contain a listed word but are not obscene.
for (const innocent of ['Scunthorpe', 'Penistone', 'Cockermouth', 'Middlesex', 'Essex', 'Sussex', 'Wessex', 'assess', 'class', 'therapist', 'Dickens', 'pissarro']) {
  dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: innocent }).addWhitelistedTerm(innocent.toLowerCase()));
}

const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });

/** The obscene words in the text, as written. */
export function findProfanity(text: string): string[] {
  const matches = matcher.getAllMatches(text, true);
  // "shite" also matches "shit": keep only the longest word at each place.
  const outermost = matches.filter(
    (match) => !matches.some((other) => other !== match && other.startIndex <= match.startIndex && other.endIndex >= match.endIndex && other.endIndex - other.startIndex > match.endIndex - match.startIndex),
  );
  return [...new Set(outermost.map((match) => text.slice(match.startIndex, match.endIndex + 1)))];
}
