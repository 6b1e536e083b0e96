// Turns what a clerk types in the search box into a safe FTS5 query (every word, as a prefix).
export function toFullTextQuery(search: string | undefined): string | null {
  if (!search) return null;
  const words = search.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ');
}
