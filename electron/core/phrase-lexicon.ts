// Finds the phrases of a small lexicon among a message's words, within one sentence. A phrase is words
// separated by spaces: "kill" matches kill, kills, killed, killing (by stem); "=shot" only "shot"; "embezzl*"
// any word starting so; "a|b" either; "..." up to three other words between, "...6" up to six; "@class" any
// phrase of that class. Built-in classes: "@name" (a capitalised word that is not a place or a common word),
// "@price" (a sum of money: "£99", "$49"), "@percent" ("20%").
import removeStopWords from 'wink-nlp-utils/src/tokens-remove-words.js';
import stem from 'wink-porter2-stemmer';
import type { MessageWord, ReadMessage } from './message-words';

type Element =
  | { kind: 'word'; test: (word: MessageWord, message: ReadMessage) => boolean }
  | { kind: 'gap'; most: number }
  | { kind: 'class'; name: string }
  | { kind: 'choice'; members: Element[][] };

export interface Lexicon {
  phrases: { written: string; elements: Element[] }[];
  classes: Map<string, Element[][]>;
}

export interface PhraseMatch {
  phrase: string;
  first: number;
  last: number;
}

// Capitalised words that are not people: places, days, months and the council's own words.
const notNames = new Set(
  (
    'i im ill id ive cllr cllrs councillor councillors council councils parish mr mrs ms miss dr sir madam dear god jesus christ christmas easter ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'england britain british english uk scotland wales welsh scottish ireland irish facebook google instagram twitter whatsapp tiktok youtube bbc ' +
    'road rd street st lane ln close avenue ave drive way crescent gardens court place terrace grove hill row mews green walk square rise view park ' +
    'hall church chapel school primary academy high nursery college office centre center shop pub inn arms lion plough crown station village town city ' +
    'moor bank bridge farm cottage cottages house lodge estate field common beck river canal weir wood woods rec parade market ok okay lol omg please thanks'
  ).split(' '),
);
const placeWords = /^(?:road|rd|street|st|lane|close|avenue|drive|way|crescent|gardens|court|place|terrace|grove|hill|row|mews|green|walk|square|rise|view|park|hall|church|school|primary|academy|arms|inn)$/;

function isName(word: MessageWord, message: ReadMessage): boolean {
  if (!word.capitalised) return false;
  const base = word.text.replace(/'s$/, '');
  if (notNames.has(base) || base.length < 3 || !/^[a-z]/.test(base)) return false;
  const index = message.words.indexOf(word);
  const next = message.words[index + 1];
  return !(next && next.capitalised && placeWords.test(next.text));
}

/** A capitalised first word that is not a common word ("Baxter is a snake", not "This is a disgrace"). */
function isInitialName(word: MessageWord): boolean {
  const base = word.text.replace(/'s$/, '');
  return word.initialCapital && /^[a-z]{3,}$/.test(base) && !notNames.has(base) && removeStopWords([base]).length === 1;
}

const builtIn: Record<string, (word: MessageWord, message: ReadMessage) => boolean> = {
  name: isName,
  possessiveName: (word, message) => word.text.endsWith("'s") && isName(word, message),
  initialName: isInitialName,
  initialPossessive: (word) => word.text.endsWith("'s") && isInitialName(word),
  price: (word, message) => /^[$€£]\d/.test(word.text) || (/^\d/.test(word.text) && /[£$€]\s?$/.test(message.original.slice(Math.max(0, word.start - 2), word.start))),
  percent: (word) => /^\d+(?:\.\d+)?%$/.test(word.text),
};

function wordTest(written: string): (word: MessageWord, message: ReadMessage) => boolean {
  const options = written.split('|').map((option) => {
    if (option.startsWith('=')) {
      const exact = option.slice(1);
      return (word: MessageWord) => word.text === exact;
    }
    if (option.endsWith('*') && option.length > 1) {
      const prefix = option.slice(0, -1);
      return (word: MessageWord) => word.text.startsWith(prefix);
    }
    const stemmed = stem(option.replace(/'s$/, ''));
    return (word: MessageWord) => word.text === option || word.stem === stemmed;
  });
  return (word) => options.some((option) => option(word));
}

function parse(written: string): Element[] {
  return written
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (/^\.\.\.\d*$/.test(part)) return { kind: 'gap', most: part.length > 3 ? Number(part.slice(3)) : 3 };
      const options = part.split('|');
      if (options.length > 1 && options.some((option) => option.startsWith('@'))) return { kind: 'choice', members: options.map(parse) };
      if (part.startsWith('@')) {
        const name = part.slice(1);
        const test = builtIn[name];
        return test ? { kind: 'word', test } : { kind: 'class', name };
      }
      return { kind: 'word', test: wordTest(part) };
    });
}

export function compileLexicon(phrases: readonly string[], classes: Record<string, readonly string[]> = {}): Lexicon {
  return {
    phrases: phrases.map((written) => ({ written, elements: parse(written) })),
    classes: new Map(Object.entries(classes).map(([name, members]) => [name, members.map(parse)])),
  };
}

/** The positions just after each way `elements` can match from word `at`, staying in one sentence. */
function ends(lexicon: Lexicon, elements: readonly Element[], from: number, at: number, message: ReadMessage, depth = 0): number[] {
  if (from === elements.length) return [at];
  const element = elements[from] as Element;
  const sentence = message.words[at]?.sentence;
  if (element.kind === 'gap') {
    const found: number[] = [];
    for (let skip = 0; skip <= element.most; skip++) {
      const word = message.words[at + skip];
      if (skip > 0 && (word === undefined || word.sentence !== sentence)) break;
      found.push(...ends(lexicon, elements, from + 1, at + skip, message, depth));
    }
    return found;
  }
  const word = message.words[at];
  if (word === undefined) return [];
  const previous = message.words[at - 1];
  if (from > 0 && previous !== undefined && previous.sentence !== word.sentence) return [];
  if (element.kind === 'word') return element.test(word, message) ? ends(lexicon, elements, from + 1, at + 1, message, depth) : [];
  const members = element.kind === 'choice' ? element.members : lexicon.classes.get(element.name);
  if (!members) throw new Error(`The lexicon has no class @${element.kind === 'class' ? element.name : ''}`);
  if (depth > 4) return [];
  return members.flatMap((member) => ends(lexicon, member, 0, at, message, depth + 1)).flatMap((end) => ends(lexicon, elements, from + 1, end, message, depth));
}

/** Every place a phrase of the lexicon is in the message, the shortest match at each. */
export function findPhrases(lexicon: Lexicon, message: ReadMessage): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const phrase of lexicon.phrases) {
    for (let start = 0; start < message.words.length; start++) {
      const matched = ends(lexicon, phrase.elements, 0, start, message).filter((end) => end > start);
      if (matched.length === 0) continue;
      const last = Math.min(...matched) - 1;
      found.push({ phrase: phrase.written, first: start, last });
      start = last;
    }
  }
  return found;
}
