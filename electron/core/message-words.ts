// The words of a message as the suggestion rules read them: look-alike letters, leetspeak, zero-width
// characters and spaced-out letters undone, each word keeping where it stands in the text as written.
import { resolveConfusablesTransformer, resolveLeetSpeakTransformer, toAsciiLowerCaseTransformer } from 'obscenity';
import stem from 'wink-porter2-stemmer';

export interface MessageWord {
  /** Lower case, plain letters: "kіll" (Cyrillic і), "k1ll" and "k i l l" all read "kill". */
  text: string;
  stem: string;
  /** Its place among the message's words. */
  index: number;
  /** Where the word stands in the text as written (end exclusive). */
  start: number;
  end: number;
  /** Written with a capital and not at the start of a sentence: possibly someone's name. */
  capitalised: boolean;
  /** Written with a capital at the start of a sentence: a name or just the first word. */
  initialCapital: boolean;
  sentence: number;
  /** The word's sentence ends with a question mark. */
  question: boolean;
}

export interface ReadMessage {
  original: string;
  words: MessageWord[];
}

const confusables = resolveConfusablesTransformer();
const lowerCase = toAsciiLowerCaseTransformer();
const leetSpeak = resolveLeetSpeakTransformer();

// Zero-width spaces, joiners and soft hyphens are format characters: invisible, so they are dropped.
const invisible = /\p{Cf}/u;
const wordCharacter = /[\p{L}\p{N}'’*#@$!%_-]/u;
const letter = /[a-z]/;
const sentenceEnd = /[.!?\n]/;
const singleWords = new Set(['a', 'i', 'u', 'r', 'n', 'x', 'o']);

function plainCharacter(character: string): string {
  const codePoint = character.codePointAt(0) as number;
  const resolved = confusables.transform(codePoint);
  if (resolved === undefined) return '';
  const lower = lowerCase.transform(resolved);
  return lower === undefined ? '' : String.fromCodePoint(lower);
}

/**
 * Digits and symbols inside a word of letters are leetspeak ("g0nna", "sh!t"); a number stays a number, and
 * so do codes in capitals and postcodes ("HG4 2PL", "A629").
 */
function undoLeetSpeak(word: string, written: string): string {
  const letters = [...word].filter((character) => letter.test(character)).length;
  if (letters < 2 || letters === word.length) return word;
  if (written === written.toUpperCase() || /^\d[a-z]{2}$/.test(word)) return word;
  return [...word]
    .map((character) => {
      if (letter.test(character) || character === "'") return character;
      const resolved = leetSpeak.transform(character.codePointAt(0) as number);
      return resolved === undefined ? character : String.fromCodePoint(resolved);
    })
    .join('');
}

interface RawWord {
  text: string;
  written: string;
  start: number;
  end: number;
  firstCharacter: string;
  sentence: number;
}

function rawWords(text: string): RawWord[] {
  const words: RawWord[] = [];
  let sentence = 0;
  let current: RawWord | null = null;
  const finish = () => {
    if (!current) return;
    // Trailing punctuation closes the word ("sorted!" is "sorted"), but "sh!t" keeps its "!".
    const trimmed = current.text.replace(/['’!_-]+$/, '');
    if (trimmed.length > 0)
      words.push({ ...current, text: trimmed, end: current.end - (current.text.length - trimmed.length) });
    current = null;
  };
  let index = 0;
  for (const character of text) {
    const width = character.length;
    if (invisible.test(character)) {
      index += width;
      continue;
    }
    if (wordCharacter.test(character)) {
      const plain = character === '’' ? "'" : plainCharacter(character);
      if (current === null)
        current = { text: '', written: '', start: index, end: index, firstCharacter: character, sentence };
      current.text += plain;
      current.written += character;
      current.end = index + width;
    } else {
      finish();
      if (sentenceEnd.test(character)) sentence++;
    }
    index += width;
  }
  finish();
  return words;
}

/** "s t a b" and "f.u.c.k": three or more single letters in a row are one word. */
function joinSpacedLetters(words: RawWord[], text: string): RawWord[] {
  const joined: RawWord[] = [];
  let run: RawWord[] = [];
  const flush = () => {
    // "u r a" and "i" are words; a run of real spaced letters has others ("s t a b"), maybe after "a" ("is a w a n k e r").
    if (
      run.length >= 4 &&
      (run[0]?.text === 'a' || run[0]?.text === 'i') &&
      !run.slice(1).every((word) => singleWords.has(word.text))
    ) {
      joined.push(run[0] as RawWord);
      run = run.slice(1);
    }
    if (run.length >= 3 && !run.every((word) => singleWords.has(word.text))) {
      const first = run[0] as RawWord;
      const last = run[run.length - 1] as RawWord;
      joined.push({
        ...first,
        text: run.map((word) => word.text).join(''),
        written: run.map((word) => word.written).join(''),
        end: last.end,
      });
    } else joined.push(...run);
    run = [];
  };
  for (const word of words) {
    const previous = run[run.length - 1];
    const single = word.text.length === 1 && letter.test(word.text);
    const adjacent = previous !== undefined && /^[\s.]{1,2}$/.test(text.slice(previous.end, word.start));
    if (single && (run.length === 0 || adjacent)) run.push(word);
    else {
      flush();
      if (single) run.push(word);
      else joined.push(word);
    }
  }
  flush();
  return joined;
}

// Stemming is the dearest part of reading a message, and the words people write are few: each is stemmed once.
const stems = new Map<string, string>();
const mostStems = 50_000;

export function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    if (stems.size >= mostStems) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

// The rules and the classifier read the same message one after the other: the last one read is kept.
let lastRead: ReadMessage | null = null;

export function readMessage(text: string): ReadMessage {
  if (lastRead?.original === text) return lastRead;
  lastRead = readAnew(text);
  return lastRead;
}

function readAnew(text: string): ReadMessage {
  const raw = joinSpacedLetters(rawWords(text), text);
  const questions = new Set<number>();
  for (const [index, word] of raw.entries()) {
    const next = raw[index + 1];
    if (next === undefined || next.sentence !== word.sentence) {
      if (/^[^.!\n]*\?/.test(text.slice(word.end))) questions.add(word.sentence);
    }
  }
  const words = raw.map((word, index): MessageWord => {
    const plain = undoLeetSpeak(word.text, word.written);
    const previous = raw[index - 1];
    const startsSentence = previous === undefined || previous.sentence !== word.sentence;
    return {
      text: plain,
      stem: stemOf(plain.replace(/'s$/, '')),
      index,
      start: word.start,
      end: word.end,
      capitalised: !startsSentence && /^\p{Lu}/u.test(word.firstCharacter),
      initialCapital: startsSentence && /^\p{Lu}/u.test(word.firstCharacter),
      sentence: word.sentence,
      question: questions.has(word.sentence),
    };
  });
  return { original: text, words };
}

/** The text as written from the first word to the last, for evidence in the clerk's words. */
export function quote(message: ReadMessage, first: number, last: number): string {
  const from = message.words[first];
  const to = message.words[last];
  if (!from || !to) return '';
  return message.original
    .slice(from.start, to.end)
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ');
}
