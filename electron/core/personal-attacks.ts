// Threats and insults aimed at people (suggestion-words/attacks.json): a violent act near a person or their
// property, said with intent; veiled threats ("it'd be a shame if your car got scratched"); insults said of
// or to someone. Criticism of a decision or of "the council" is not an attack.
import type { ReadMessage } from './message-words';
import { quote } from './message-words';
import { compileLexicon, findPhrases, type PhraseMatch } from './phrase-lexicon';
import words from './suggestion-words/attacks.json';

const acts = compileLexicon(words.acts, words.classes);
const notThreats = compileLexicon(words.notThreats, words.classes);
const targets = compileLexicon(['@target'], words.classes);
const intents = compileLexicon(['@intent'], words.classes);
const veiled = compileLexicon(words.veiled, words.classes);
const veiledCues = compileLexicon(words.veiledCues, words.classes);
const insultClasses = { ...words.classes, ...words.insultClasses };
const insults = compileLexicon(words.insults, insultClasses);
const notInsults = compileLexicon(words.notInsults, insultClasses);

const overlaps = (a: PhraseMatch, b: PhraseMatch) => a.first <= b.last && b.first <= a.last;
// A threat's target stands close to the act: "burn your house down", "Okafor should be dragged out".
const reach = 6;

/** The threats in the message, each in the words that make it one. */
export function findThreats(message: ReadMessage): string[] {
  const found: string[] = [];
  const violent = findPhrases(acts, message);
  // Targets and intent are looked for only near a violent act: most messages have none.
  const idioms = violent.length > 0 ? findPhrases(notThreats, message) : [];
  const near = violent.length > 0 ? findPhrases(targets, message) : [];
  const meant = violent.length > 0 ? findPhrases(intents, message) : [];
  for (const act of violent) {
    if (idioms.some((idiom) => overlaps(idiom, act))) continue;
    const sentence = message.words[act.first]?.sentence;
    const inReach = near.filter(
      (candidate) =>
        message.words[candidate.first]?.sentence === sentence &&
        candidate.first - act.last <= reach &&
        act.first - candidate.last <= reach,
    );
    if (inReach.length === 0) continue;
    // Quote the fullest target: "smash Cllr Lomax's face", not just "smash Cllr".
    const target = inReach.reduce((best, candidate) =>
      candidate.last - candidate.first > best.last - best.first ? candidate : best,
    );
    const sentenceStart = message.words.findIndex((word) => word.sentence === sentence);
    const imperative = act.first === sentenceStart;
    const intent = meant.find((candidate) => message.words[candidate.first]?.sentence === sentence);
    if (!intent && !imperative) continue;
    const from = Math.min(
      act.first,
      target.first,
      intent && intent.first >= act.first - reach ? intent.first : act.first,
    );
    found.push(quote(message, from, Math.max(act.last, target.last)));
  }
  for (const match of findPhrases(veiled, message)) found.push(quote(message, match.first, match.last));
  const cues = findPhrases(veiledCues, message);
  if (found.length === 0 && new Set(cues.map((cue) => cue.phrase)).size >= 2)
    found.push(cues.map((cue) => quote(message, cue.first, cue.last)).join(' … '));
  return [...new Set(found)];
}

/** Insults said of or to someone, in the words that make them insults. */
export function findInsults(message: ReadMessage): string[] {
  const aboutThings = findPhrases(notInsults, message);
  const found = findPhrases(insults, message).filter((match) => !aboutThings.some((thing) => overlaps(thing, match)));
  return [...new Set(found.map((match) => quote(message, match.first, match.last)))];
}
