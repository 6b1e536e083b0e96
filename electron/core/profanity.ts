// Obscene words and slurs, British English: obscenity's maintained English list and transformers (look-alike
// letters, leetspeak, doubled letters), the British words and slurs of suggestion-words/obscene-words.json
// with its innocent words (Scunthorpe, cockpit, faggots and peas), and masked forms such as "f***" and "p*kis".
import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity';
import stem from 'wink-porter2-stemmer';
import { readMessage, type MessageWord, type ReadMessage } from './message-words';
import lists from './suggestion-words/obscene-words.json';

export interface ObsceneWords {
  /** As written, each once. */
  obscene: string[];
  slurs: string[];
}

const notObscene = new Set(lists.notObsceneHere.words);
const slurWords = new Set([...lists.slursInEnglishList, ...Object.keys(lists.slurs)]);

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => notObscene.has(phrase.metadata?.originalWord ?? ''));
for (const [word, patterns] of [...Object.entries(lists.obscene), ...Object.entries(lists.slurs)]) {
  dataset.addPhrase((phrase) => {
    let built = phrase.setMetadata({ originalWord: word });
    for (const written of patterns) built = built.addPattern(parseRawPattern(written));
    return built;
  });
}
for (const innocent of lists.innocent)
  dataset.addPhrase((phrase) => phrase.setMetadata({ originalWord: innocent }).addWhitelistedTerm(innocent));
const built = dataset.build();
const matcher = new RegExpMatcher({ ...built, ...englishRecommendedTransformers });

// The words a masked word may stand for: every listed word of one piece ("fuck", "paki", "bollocks").
const maskable = [...new Set(dataset.build().blacklistedTerms.map((term) => term.id))]
  .map(
    (id) =>
      dataset.getPayloadWithPhraseMetadata({ termId: id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata
        ?.originalWord ?? '',
  )
  .filter((word) => /^[a-z]{3,}$/.test(word));
const likely = lists.likelyUnderMasks.words;
const maskableWords = [...new Set([...likely, ...maskable])];
const maskCharacters = /[*#%_-]/;
const inflections = new Set(['', 's', 'es', 'ing', 'in', 'ed', 'er', 'ers', 'y', 'head', 'heads']);

/**
 * How well `listed` reads into a word with masked letters ("f***ing" is "fuck" and "ing", "p*kis" is "paki"
 * and "s"): letters left over, then masks that hide more or fewer letters than they have characters; -1
 * when it cannot be.
 */
function misfit(word: string, listed: string): number {
  const hyphenOnly = !/[*#%_]/.test(word);
  const fits = (at: number, of: number): number => {
    if (of === listed.length) {
      const rest = word.slice(at);
      // A hyphen is usually just a hyphen ("co-op"): only a plain ending may follow the word it hides.
      if (!/^[a-z]*$/.test(rest) || (hyphenOnly && !inflections.has(rest))) return -1;
      return inflections.has(rest) ? 0 : rest.length * 10;
    }
    if (at === word.length) return -1;
    const character = word[at] as string;
    if (!maskCharacters.test(character)) return character === listed[of] ? fits(at + 1, of + 1) : -1;
    let end = at;
    while (end < word.length && maskCharacters.test(word[end] as string)) end++;
    let best = -1;
    for (let hidden = 1; hidden <= end - at + 2 && of + hidden <= listed.length; hidden++) {
      const rest = fits(end, of + hidden);
      const cost = rest < 0 ? -1 : rest + Math.abs(hidden - (end - at));
      if (cost >= 0 && (best < 0 || cost < best)) best = cost;
    }
    return best;
  };
  return fits(0, 0);
}

function maskedWords(message: ReadMessage): { written: string; word: string; index: number }[] {
  const found: { written: string; word: string; index: number }[] = [];
  for (const [index, candidate] of message.words.entries()) {
    const text = candidate.text;
    if (!maskCharacters.test(text) || !/^[a-z]/.test(text) || text.length < 3) continue;
    let best: { word: string; rest: number } | null = null;
    for (const listed of maskableWords) {
      if (listed[0] !== text[0]) continue;
      const rest = misfit(text, listed);
      if (rest >= 0 && (best === null || rest < best.rest)) best = { word: listed, rest };
    }
    if (best) found.push({ written: message.original.slice(candidate.start, candidate.end), word: best.word, index });
  }
  return found;
}

/** The text without invisible characters and with spaced-out letters closed up, and where each character came from. */
function closedUp(message: ReadMessage): { text: string; from: number[] } {
  const spaced = message.words.filter((word) => /[\s.]/.test(message.original.slice(word.start, word.end)));
  let text = '';
  const from: number[] = [];
  let index = 0;
  for (const character of message.original) {
    const at = index;
    index += character.length;
    if (/\p{Cf}/u.test(character)) continue;
    if (/[\s.]/.test(character) && spaced.some((word) => at > word.start && at < word.end)) continue;
    text += character;
    for (let unit = 0; unit < character.length; unit++) from.push(at + unit);
  }
  return { text, from };
}

export function findObsceneWords(text: string, message: ReadMessage = readMessage(text)): ObsceneWords {
  const { text: closed, from } = closedUp(message);
  const matches = matcher.getAllMatches(closed, true);
  // "shite" also matches "shit": keep only the longest word at each place.
  const outermost = matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.startIndex <= match.startIndex &&
          other.endIndex >= match.endIndex &&
          other.endIndex - other.startIndex > match.endIndex - match.startIndex,
      ),
  );
  const obscene = new Set<string>();
  const slurs = new Set<string>();
  for (const match of outermost) {
    const word = dataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? '';
    // The whole word as written: "pikeys", not the "pikey" the pattern matched.
    let end = match.endIndex;
    while (end + 1 < closed.length && /\p{L}/u.test(closed[end + 1] as string)) end++;
    const written = text.slice(from[match.startIndex], (from[end] as number) + 1).replace(/\p{Cf}/gu, '');
    (slurWords.has(word) ? slurs : obscene).add(written);
  }
  for (const { written, word } of maskedWords(message)) {
    if ([...obscene, ...slurs].some((already) => already.includes(written) || written.includes(already))) continue;
    (slurWords.has(word) ? slurs : obscene).add(written);
  }
  return { obscene: [...obscene], slurs: [...slurs] };
}

/** The message with its masked words read as the words they hide ("c**t" as "cunt"), for the other rules. */
const unmasked = new WeakMap<ReadMessage, ReadMessage>();

export function unmaskWords(message: ReadMessage): ReadMessage {
  const known = unmasked.get(message);
  if (known) return known;
  const masked = maskedWords(message);
  let result = message;
  if (masked.length > 0) {
    const words = [...message.words];
    for (const { word, index } of masked)
      words[index] = { ...(words[index] as MessageWord), text: word, stem: stem(word) };
    result = { ...message, words };
  }
  unmasked.set(message, result);
  return result;
}

/** The obscene words and slurs in the text, as written. */
export function findProfanity(text: string): string[] {
  const { obscene, slurs } = findObsceneWords(text);
  return [...obscene, ...slurs];
}
