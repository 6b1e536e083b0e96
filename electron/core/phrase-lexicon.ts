// Finds the phrases of a small lexicon among a message's words, within one sentence. A phrase is words
// separated by spaces: "kill" matches kill, kills, killed, killing (by stem); "=shot" only "shot"; "embezzl*"
// any word starting so; "a|b" either; "..." up to three other words between, "...6" up to six; "@class" any
// phrase of that class. Built-in classes: "@name" (a capitalised word that is not a place or a common word),
// "@price" (a sum of money: "£99", "$49"), "@percent" ("20%").
import removeStopWords from 'wink-nlp-utils/src/tokens-remove-words.js';
import stem from 'wink-porter2-stemmer';
import type { MessageWord, ReadMessage } from './message-words';

interface WordKeys {
  texts: string[];
  stems: string[];
  prefixes: string[];
}

type Element =
  | { kind: 'word'; test: (word: MessageWord, message: ReadMessage) => boolean; keys?: WordKeys }
  | { kind: 'gap'; most: number }
  | { kind: 'class'; name: string }
  | { kind: 'choice'; members: Element[][] };

export interface Lexicon {
  phrases: { written: string; elements: Element[] }[];
  classes: Map<string, Element[][]>;
  /**
   * Phrases by the words they can start with ("t:" text, "s:" stem), class members included, so each word is
   * tried only against phrases that could start there: a message with none of them costs a few lookups.
   */
  startingWithText: Map<string, number[]>;
  startingWithStem: Map<string, number[]>;
  /** Phrases starting with a word prefix ("embezzl*"), by the prefix's first letter. */
  startingWithPrefix: Map<string, { prefix: string; phrase: number }[]>;
  /** Phrases that can start with a built-in class ("@name", "@price"): each test run once per word. */
  startingWithTest: Map<WordTest, number[]>;
  /** Phrases that could start anywhere (a class opening with a gap). */
  startingAnywhere: number[];
  /**
   * A word each phrase cannot match without (its first plain word), so that a message with none of a
   * lexicon's words skips it: most messages are ordinary and pay only for these lookups.
   */
  needsText: Map<string, number[]>;
  needsStem: Map<string, number[]>;
  needsPrefix: { prefix: string; phrase: number }[];
  needsNothing: number[];
}

type WordTest = (word: MessageWord, message: ReadMessage) => boolean;

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
const placeWords =
  /^(?:road|rd|street|st|lane|close|avenue|drive|way|crescent|gardens|court|place|terrace|grove|hill|row|mews|green|walk|square|rise|view|park|hall|church|school|primary|academy|arms|inn)$/;

function isName(word: MessageWord, message: ReadMessage): boolean {
  if (!word.capitalised) return false;
  const base = word.text.replace(/'s$/, '');
  if (notNames.has(base) || base.length < 3 || !/^[a-z]/.test(base)) return false;
  const next = message.words[word.index + 1];
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
  price: (word, message) =>
    /^[$€£]\d/.test(word.text) ||
    (/^\d/.test(word.text) && /[£$€]\s?$/.test(message.original.slice(Math.max(0, word.start - 2), word.start))),
  percent: (word) => /^\d+(?:\.\d+)?%$/.test(word.text),
};

function wordElement(written: string): Element {
  const keys: WordKeys = { texts: [], stems: [], prefixes: [] };
  for (const option of written.split('|')) {
    if (option.startsWith('=')) keys.texts.push(option.slice(1));
    else if (option.endsWith('*') && option.length > 1) keys.prefixes.push(option.slice(0, -1));
    else {
      keys.texts.push(option);
      keys.stems.push(stem(option.replace(/'s$/, '')));
    }
  }
  const texts = new Set(keys.texts);
  const stems = new Set(keys.stems);
  return {
    kind: 'word',
    keys,
    test: (word) =>
      texts.has(word.text) || stems.has(word.stem) || keys.prefixes.some((prefix) => word.text.startsWith(prefix)),
  };
}

function parse(written: string): Element[] {
  return written
    .trim()
    .split(/\s+/)
    .map((part): Element => {
      if (/^\.\.\.\d*$/.test(part)) return { kind: 'gap', most: part.length > 3 ? Number(part.slice(3)) : 3 };
      const options = part.split('|');
      if (options.length > 1 && options.some((option) => option.startsWith('@')))
        return { kind: 'choice', members: options.map(parse) };
      if (part.startsWith('@')) {
        const name = part.slice(1);
        const test = builtIn[name];
        return test ? { kind: 'word', test } : { kind: 'class', name };
      }
      return wordElement(part);
    });
}

// Lexicons made from the same classes share them, so a class is matched once per place in a message.
const compiledClasses = new WeakMap<object, Map<string, Element[][]>>();
const matchedClasses = new WeakMap<ReadMessage, Map<Element[][], Map<number, number[]>>>();

export function compileLexicon(phrases: readonly string[], classes: Record<string, readonly string[]> = {}): Lexicon {
  let compiled = compiledClasses.get(classes);
  if (!compiled) {
    compiled = new Map(Object.entries(classes).map(([name, members]) => [name, members.map(parse)]));
    compiledClasses.set(classes, compiled);
  }
  const lexicon: Lexicon = {
    phrases: [],
    classes: compiled,
    startingWithText: new Map(),
    startingWithStem: new Map(),
    startingWithPrefix: new Map(),
    startingWithTest: new Map(),
    startingAnywhere: [],
    needsText: new Map(),
    needsStem: new Map(),
    needsPrefix: [],
    needsNothing: [],
  };
  const push = <K>(map: Map<K, number[]>, key: K, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  };
  for (const [index, written] of phrases.entries()) {
    const elements = parse(written);
    lexicon.phrases.push({ written, elements });
    const needed = phraseNeeds(elements, compiled);
    if (needed) {
      for (const text of needed.texts) push(lexicon.needsText, text, index);
      for (const stemmed of needed.stems) push(lexicon.needsStem, stemmed, index);
      for (const prefix of needed.prefixes) lexicon.needsPrefix.push({ prefix, phrase: index });
    } else lexicon.needsNothing.push(index);
    const first = elements[0];
    const opens = first ? opening(first, compiled) : null;
    if (!opens) {
      lexicon.startingAnywhere.push(index);
      continue;
    }
    for (const text of opens.texts) push(lexicon.startingWithText, text, index);
    for (const stemmed of opens.stems) push(lexicon.startingWithStem, stemmed, index);
    for (const prefix of opens.prefixes) {
      const list = lexicon.startingWithPrefix.get(prefix[0] ?? '') ?? [];
      list.push({ prefix, phrase: index });
      lexicon.startingWithPrefix.set(prefix[0] ?? '', list);
    }
    for (const test of opens.tests) push(lexicon.startingWithTest, test, index);
  }
  return lexicon;
}

/** Words one of which any match of the phrase must contain: those of its first element that has them. */
function phraseNeeds(elements: readonly Element[], classes: Map<string, Element[][]>, depth = 0): WordKeys | null {
  for (const element of elements) {
    const keys = elementNeeds(element, classes, depth);
    if (keys) return keys;
  }
  return null;
}

function elementNeeds(element: Element, classes: Map<string, Element[][]>, depth: number): WordKeys | null {
  if (element.kind === 'word') return element.keys ?? null;
  if (element.kind === 'gap' || depth > 6) return null;
  const members = element.kind === 'choice' ? element.members : classes.get(element.name);
  if (!members) return null;
  const all: WordKeys = { texts: [], stems: [], prefixes: [] };
  // A class is needed words only if every one of its members needs some.
  for (const member of members) {
    const keys = phraseNeeds(member, classes, depth + 1);
    if (!keys) return null;
    all.texts.push(...keys.texts);
    all.stems.push(...keys.stems);
    all.prefixes.push(...keys.prefixes);
  }
  return all;
}

interface Opening {
  texts: string[];
  stems: string[];
  prefixes: string[];
  tests: WordTest[];
}

/** The words an element can start with, or null when it could start anywhere. */
function opening(element: Element, classes: Map<string, Element[][]>, depth = 0): Opening | null {
  if (element.kind === 'word')
    return element.keys
      ? { texts: element.keys.texts, stems: element.keys.stems, prefixes: element.keys.prefixes, tests: [] }
      : { texts: [], stems: [], prefixes: [], tests: [element.test] };
  if (element.kind === 'gap' || depth > 6) return null;
  const members = element.kind === 'choice' ? element.members : classes.get(element.name);
  if (!members) return null;
  const all: Opening = { texts: [], stems: [], prefixes: [], tests: [] };
  for (const member of members) {
    const first = member[0];
    const found = first ? opening(first, classes, depth + 1) : null;
    if (!found) return null;
    all.texts.push(...found.texts);
    all.stems.push(...found.stems);
    all.prefixes.push(...found.prefixes);
    all.tests.push(...found.tests);
  }
  return { ...all, tests: [...new Set(all.tests)] };
}

/** Where the members of a class can end when they start at word `at`, worked out once per message. */
function classEnds(lexicon: Lexicon, members: Element[][], at: number, message: ReadMessage, depth: number): number[] {
  let byClass = matchedClasses.get(message);
  if (!byClass) {
    byClass = new Map();
    matchedClasses.set(message, byClass);
  }
  let byPlace = byClass.get(members);
  if (!byPlace) {
    byPlace = new Map();
    byClass.set(members, byPlace);
  }
  let found = byPlace.get(at);
  if (!found) {
    found = [...new Set(members.flatMap((member) => ends(lexicon, member, 0, at, message, depth + 1)))];
    byPlace.set(at, found);
  }
  return found;
}

/** The positions just after each way `elements` can match from word `at`, staying in one sentence. */
function ends(
  lexicon: Lexicon,
  elements: readonly Element[],
  from: number,
  at: number,
  message: ReadMessage,
  depth = 0,
): number[] {
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
  if (element.kind === 'word')
    return element.test(word, message) ? ends(lexicon, elements, from + 1, at + 1, message, depth) : [];
  const members = element.kind === 'choice' ? element.members : lexicon.classes.get(element.name);
  if (!members) throw new Error(`The lexicon has no class @${element.kind === 'class' ? element.name : ''}`);
  if (depth > 4) return [];
  return classEnds(lexicon, members, at, message, depth).flatMap((end) =>
    ends(lexicon, elements, from + 1, end, message, depth),
  );
}

/** The phrases whose needed word is in the message: the only ones that can match. */
function possiblePhrases(lexicon: Lexicon, message: ReadMessage): Set<number> {
  const possible = new Set<number>(lexicon.needsNothing);
  for (const word of message.words) {
    for (const index of lexicon.needsText.get(word.text) ?? []) possible.add(index);
    for (const index of lexicon.needsStem.get(word.stem) ?? []) possible.add(index);
  }
  for (const { prefix, phrase } of lexicon.needsPrefix)
    if (!possible.has(phrase) && message.words.some((word) => word.text.startsWith(prefix))) possible.add(phrase);
  return possible;
}

/** Every place a phrase of the lexicon is in the message, the shortest match at each. */
export function findPhrases(lexicon: Lexicon, message: ReadMessage): PhraseMatch[] {
  const possible = possiblePhrases(lexicon, message);
  if (possible.size === 0) return [];
  const tests = [...lexicon.startingWithTest].filter(([, indexes]) => indexes.some((index) => possible.has(index)));
  const found: PhraseMatch[] = [];
  const nextStart = new Map<number, number>();
  for (const [start, word] of message.words.entries()) {
    const candidates: number[] = [];
    for (const index of lexicon.startingAnywhere) if (possible.has(index)) candidates.push(index);
    for (const index of lexicon.startingWithText.get(word.text) ?? []) if (possible.has(index)) candidates.push(index);
    for (const index of lexicon.startingWithStem.get(word.stem) ?? []) if (possible.has(index)) candidates.push(index);
    for (const { prefix, phrase } of lexicon.startingWithPrefix.get(word.text[0] ?? '') ?? [])
      if (possible.has(phrase) && word.text.startsWith(prefix)) candidates.push(phrase);
    for (const [test, indexes] of tests)
      if (test(word, message)) for (const index of indexes) if (possible.has(index)) candidates.push(index);
    if (candidates.length === 0) continue;
    for (const index of [...new Set(candidates)].sort((a, b) => a - b)) {
      if ((nextStart.get(index) ?? 0) > start) continue;
      const phrase = lexicon.phrases[index] as Lexicon['phrases'][number];
      const matched = ends(lexicon, phrase.elements, 0, start, message).filter((end) => end > start);
      if (matched.length === 0) continue;
      const last = Math.min(...matched) - 1;
      found.push({ phrase: phrase.written, first: start, last });
      nextStart.set(index, last + 1);
    }
  }
  return found;
}
