// Types for the wink text libraries, which ship JavaScript only (just the parts the suggestions use).
declare module 'wink-porter2-stemmer' {
  /** The Porter2 stem of one lower-case English word. */
  export default function stem(word: string): string;
}

declare module 'wink-nlp-utils/src/string-ngram.js' {
  /** Every run of `size` characters in the text, in order. */
  export default function ngram(text: string, size: number): string[];
}

declare module 'wink-nlp-utils/src/tokens-remove-words.js' {
  /** The tokens without English stop words ("the", "and", "is"…). */
  export default function removeWords(tokens: string[]): string[];
}

declare module 'wink-naive-bayes-text-classifier' {
  interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: ((input: string) => string[])[]): number;
    learn(input: string | string[], label: string): boolean;
    consolidate(): boolean;
    /** log2 odds of each label against the rest, highest first; [["unknown", 0]] when nothing is known. */
    computeOdds(input: string | string[]): [string, number][];
    predict(input: string | string[]): string;
    stats(): { labelWiseSamples: Record<string, number>; labelWiseWords: Record<string, number>; vocabulary: number };
    exportJSON(): string;
    importJSON(json: string): boolean;
    reset(): boolean;
  }
  export default function naiveBayesTextClassifier(): NaiveBayesTextClassifier;
}
