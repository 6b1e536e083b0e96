import { describe, expect, it } from 'vitest';
import { toFullTextQuery } from './search-query';

describe('toFullTextQuery', () => {
  it('matches every word as a prefix', () => {
    expect(toFullTextQuery('Mill lane pot')).toBe('"Mill"* "lane"* "pot"*');
  });

  it('drops FTS5 syntax so a clerk cannot write a broken or hostile query', () => {
    expect(toFullTextQuery('"bins" OR NEAR(x) -* :col')).toBe('"bins"* "OR"* "NEAR"* "x"* "col"*');
  });

  it('gives no query for blank or punctuation-only input', () => {
    expect(toFullTextQuery(undefined)).toBeNull();
    expect(toFullTextQuery('   ')).toBeNull();
    expect(toFullTextQuery('?!*')).toBeNull();
  });

  it('keeps accented and non-Latin words', () => {
    expect(toFullTextQuery('café Zoë')).toBe('"café"* "Zoë"*');
  });
});
