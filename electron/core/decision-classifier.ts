// A classifier that learns, on this computer only, from the council's own decisions: each removal with its
// reason and each "No action needed". Naive Bayes over the message's words and their character n-grams
// (wink-nlp-utils), read as the rules read them (masked and look-alike letters undone), scored the way
// wink-naive-bayes-text-classifier scores (binarised, add-one smoothing, one label against the rest). It keeps
// the counts itself, because wink's model can neither forget an example nor learn again once it has predicted
// without being exported and read back whole (so that library is no longer a dependency): here learning and
// forgetting cost the same at any size.
import ngram from 'wink-nlp-utils/src/string-ngram.js';
import removeStopWords from 'wink-nlp-utils/src/tokens-remove-words.js';
import { policyReasonIds, type PolicyReasonId } from '../api/domain';
import { readMessage } from './message-words';
import { unmaskWords } from './profanity';

/** What the clerk decided: a removal reason, or that no action was needed. */
export type Decision = PolicyReasonId | 'no-action';

export const decisionLabels: readonly Decision[] = [...policyReasonIds, 'no-action'];

export interface LearnedPrediction {
  /** The reason the council's past decisions point to, or null for "no action" or when it cannot tell. */
  reasonId: PolicyReasonId | null;
  probability: number;
  /** How many decisions it has learned from. */
  decisions: number;
}

/** One stored count: how many examples of a decision had the feature. */
export interface FeatureCount {
  feature: string;
  decision: Decision;
  count: number;
}

export interface DecisionClassifier {
  /** Learns one example given as its features (decisionFeatures of its text). */
  add(features: readonly string[], decision: Decision): void;
  /** Takes one example back out: the exact reverse of add. */
  forget(features: readonly string[], decision: Decision): void;
  /** Learns from the text; returns the features learned, to be kept for forgetting later. */
  learn(text: string, decision: Decision): string[];
  predict(text: string): LearnedPrediction;
  readonly decisions: number;
  /** Everything it has learned, as the store keeps it and createDecisionClassifier takes it back. */
  saved(): SavedClassifier;
  reset(): void;
}

export interface SavedClassifier {
  counts: Iterable<FeatureCount>;
  examples: Partial<Record<Decision, number>>;
}

// Too few decisions make a naive Bayes model sure of the wrong thing: it says nothing until it has learned
// from this many decisions, and this many of the reason it would suggest (tuned on the yardstick's train split).
export const decisionsBeforeSuggesting = 50;
export const examplesOfAReason = 5;
/** wink refuses to predict on a smaller vocabulary. */
const leastVocabulary = 10;

export const isDecision = (label: string): label is Decision => (decisionLabels as readonly string[]).includes(label);

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

const labelCount = decisionLabels.length;
const labelIndex = new Map(decisionLabels.map((label, index) => [label, index]));

/** A classifier with the given counts (as stored), or empty. */
export function createDecisionClassifier(saved: SavedClassifier = { counts: [], examples: {} }): DecisionClassifier {
  // Per feature, its count under each label; per label, its examples and its feature total.
  const counts = new Map<string, number[]>();
  const examples = new Array<number>(labelCount).fill(0);
  const featureTotals = new Array<number>(labelCount).fill(0);

  const change = (feature: string, label: number, delta: number) => {
    let row = counts.get(feature);
    if (!row) {
      row = new Array<number>(labelCount).fill(0);
      counts.set(feature, row);
    }
    row[label] = Math.max(0, (row[label] ?? 0) + delta);
    if (row.every((count) => count === 0)) counts.delete(feature);
  };
  const add = (features: readonly string[], decision: Decision, sign: 1 | -1) => {
    const label = labelIndex.get(decision) as number;
    for (const feature of new Set(features)) change(feature, label, sign);
    examples[label] = Math.max(0, (examples[label] ?? 0) + sign);
    featureTotals[label] = Math.max(0, (featureTotals[label] ?? 0) + sign * new Set(features).size);
  };

  for (const { feature, decision, count } of saved.counts) {
    const label = labelIndex.get(decision);
    if (label === undefined || count <= 0) continue;
    change(feature, label, count);
    featureTotals[label] = (featureTotals[label] ?? 0) + count;
  }
  for (const [decision, count] of Object.entries(saved.examples)) {
    const label = labelIndex.get(decision as Decision);
    if (label !== undefined) examples[label] = count ?? 0;
  }

  const decisionsSoFar = () => examples.reduce((sum, count) => sum + count, 0);

  /** log2 odds of `label` against all the others for these features, as wink computes them. */
  const odds = (known: readonly number[][], label: number, total: number): number => {
    const vocabulary = counts.size;
    const inLabel = featureTotals[label] ?? 0;
    const notInLabel = featureTotals.reduce((sum, count) => sum + count, 0) - inLabel;
    let likely = 0;
    let unlikely = 0;
    for (const row of known) {
      const here = row[label] ?? 0;
      const elsewhere = row.reduce((sum, count) => sum + count, 0) - here;
      likely += Math.log2(here + 1) - Math.log2(inLabel + vocabulary);
      unlikely += Math.log2(elsewhere + 1) - Math.log2(notInLabel + vocabulary);
    }
    const samples = examples[label] ?? 0;
    likely += Math.log2(samples) - Math.log2(total);
    unlikely += Math.log2(total - samples) - Math.log2(total);
    return likely - unlikely;
  };

  return {
    get decisions() {
      return decisionsSoFar();
    },
    add: (features, decision) => add(features, decision, 1),
    forget: (features, decision) => add(features, decision, -1),
    learn(text, decision) {
      const features = decisionFeatures(text);
      add(features, decision, 1);
      return features;
    },
    predict(text) {
      const decisions = decisionsSoFar();
      const none = { reasonId: null, probability: 0, decisions };
      const labels = examples.flatMap((count, label) => (count > 0 ? [label] : []));
      // Fewer than two kinds of decision, or too few words yet: nothing to go on.
      if (decisions < decisionsBeforeSuggesting || labels.length < 2 || counts.size < leastVocabulary) return none;
      const known = decisionFeatures(text).flatMap((feature) => {
        const row = counts.get(feature);
        return row ? [row] : [];
      });
      if (known.length === 0) return none;
      let best = -1;
      let bestOdds = -Infinity;
      for (const label of labels) {
        const value = odds(known, label, decisions);
        if (value > bestOdds) {
          bestOdds = value;
          best = label;
        }
      }
      const decision = decisionLabels[best];
      if (decision === undefined || bestOdds === 0) return none;
      if (decision !== 'no-action' && (examples[best] ?? 0) < examplesOfAReason) return none;
      const probability = 1 / (1 + 2 ** -bestOdds);
      return { reasonId: decision === 'no-action' ? null : decision, probability, decisions };
    },
    saved() {
      const all: FeatureCount[] = [];
      for (const [feature, row] of counts)
        row.forEach((count, label) => {
          if (count > 0) all.push({ feature, decision: decisionLabels[label] as Decision, count });
        });
      return {
        counts: all,
        examples: Object.fromEntries(
          examples.flatMap((count, label) => (count > 0 ? [[decisionLabels[label] as Decision, count]] : [])),
        ),
      };
    },
    reset() {
      counts.clear();
      examples.fill(0);
      featureTotals.fill(0);
    },
  };
}
