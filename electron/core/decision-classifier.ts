// A classifier that learns, on this computer only, from the council's own decisions: each removal with its
// reason and each "No action needed". Naive Bayes (wink-naive-bayes-text-classifier) over the message's
// words and their character n-grams, read as the rules read them (masked and look-alike letters undone).
import naiveBayes from 'wink-naive-bayes-text-classifier';
import ngram from 'wink-nlp-utils/src/string-ngram.js';
import removeStopWords from 'wink-nlp-utils/src/tokens-remove-words.js';
import { policyReasonIds, type PolicyReasonId } from '../api/domain';
import { readMessage } from './message-words';
import { unmaskWords } from './profanity';

/** What the clerk decided: a removal reason, or that no action was needed. */
export type Decision = PolicyReasonId | 'no-action';

export interface LearnedPrediction {
  /** The reason the council's past decisions point to, or null for "no action" or when it cannot tell. */
  reasonId: PolicyReasonId | null;
  probability: number;
  /** How many decisions it has learned from. */
  decisions: number;
}

export interface DecisionClassifier {
  learn(text: string, decision: Decision): void;
  predict(text: string): LearnedPrediction;
  readonly decisions: number;
  /** Everything it has learned, to be stored and given back to createDecisionClassifier. */
  toJSON(): string;
  reset(): void;
}

const savedVersion = 1;
// Too few decisions make a naive Bayes model sure of the wrong thing: it says nothing until it has learned
// from this many decisions, and this many of the reason it would suggest (tuned on the yardstick's train split).
export const decisionsBeforeSuggesting = 50;
export const examplesOfAReason = 5;
const settings = { considerOnlyPresence: true, smoothingFactor: 1 };

/** Words (without stop words) and the 4-letter runs of every word, so "f***ing" and "fuckin" share features. */
export function decisionFeatures(text: string): string[] {
  const message = unmaskWords(readMessage(text));
  const words = message.words.filter((word) => /[a-z]/.test(word.text));
  const features = removeStopWords(words.map((word) => word.text)).map((word) => `w:${word}`);
  for (const word of words) {
    const padded = ` ${word.text} `;
    if (padded.length > 4) for (const gram of ngram(padded, 4)) features.push(`c:${gram}`);
  }
  // The model counts whether a feature is there, not how often: each once.
  return [...new Set(features)];
}

const isDecision = (label: string): label is Decision =>
  label === 'no-action' || (policyReasonIds as readonly string[]).includes(label);

export function createDecisionClassifier(saved?: string): DecisionClassifier {
  const model = naiveBayes();
  model.defineConfig(settings);
  let decisions = 0;
  let examples: Record<string, number> = {};
  // wink's classifier must be consolidated to predict and cannot learn afterwards; reading its own
  // export back opens it for learning again.
  let consolidated = false;

  if (saved !== undefined) {
    const parsed: unknown = JSON.parse(saved);
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      !('version' in parsed) ||
      parsed.version !== savedVersion ||
      !('decisions' in parsed) ||
      !('model' in parsed)
    ) {
      throw new Error('The saved classifier is not one this version can read');
    }
    const { decisions: count, model: learned } = parsed as { decisions: unknown; model: unknown };
    if (typeof count !== 'number' || typeof learned !== 'string')
      throw new Error('The saved classifier is not one this version can read');
    if (count > 0) model.importJSON(learned);
    decisions = count;
  }

  const open = () => {
    if (!consolidated) return;
    model.importJSON(model.exportJSON());
    consolidated = false;
  };

  return {
    get decisions() {
      return decisions;
    },
    learn(text, decision) {
      open();
      model.learn(decisionFeatures(text), decision);
      decisions++;
    },
    predict(text) {
      const none = { reasonId: null, probability: 0, decisions };
      if (decisions < decisionsBeforeSuggesting) return none;
      if (!consolidated) {
        try {
          model.consolidate();
          consolidated = true;
          examples = model.stats().labelWiseSamples;
        } catch {
          // Fewer than two kinds of decision, or too few words yet: nothing to go on.
          return none;
        }
      }
      const [best] = model.computeOdds(decisionFeatures(text));
      if (!best || !isDecision(best[0]) || (best[0] !== 'no-action' && (examples[best[0]] ?? 0) < examplesOfAReason))
        return none;
      const probability = 1 / (1 + 2 ** -best[1]);
      return { reasonId: best[0] === 'no-action' ? null : best[0], probability, decisions };
    },
    toJSON() {
      return JSON.stringify({ version: savedVersion, decisions, model: decisions > 0 ? model.exportJSON() : '' });
    },
    reset() {
      model.reset();
      model.defineConfig(settings);
      decisions = 0;
      consolidated = false;
    },
  };
}
