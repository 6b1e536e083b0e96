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
