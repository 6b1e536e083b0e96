import { describe, expect, it } from 'vitest';
import { quote, readMessage } from './message-words';

const words = (text: string) => readMessage(text).words.map((word) => word.text);

describe('readMessage', () => {
  it('reads look-alike letters, leetspeak, zero-width characters and spaced letters as plain words', () => {
    expect(words('I will k\u0456ll you')).toEqual(['i', 'will', 'kill', 'you']);
    expect(words('g0nna st4b')).toEqual(['gonna', 'stab']);
    expect(words('ki\u200bll him')).toEqual(['kill', 'him']);
    expect(words('i will s t a b you')).toEqual(['i', 'will', 'stab', 'you']);
    expect(words('he is a w a n k e r')).toEqual(['he', 'is', 'a', 'wanker']);
  });

  it('keeps numbers, postcodes and single-letter words as they are', () => {
    expect(words('u r a star, 14 Mill Lane HG4 2PL at 7.30')).toEqual([
      'u',
      'r',
      'a',
      'star',
      '14',
      'mill',
      'lane',
      'hg4',
      '2pl',
      'at',
      '7',
      '30',
    ]);
  });

  it('marks possible names and questions', () => {
    const read = readMessage('Is it legal? Ask Cllr Lomax.');
    expect(read.words.map((word) => [word.text, word.capitalised, word.question])).toEqual([
      ['is', false, true],
      ['it', false, true],
      ['legal', false, true],
      ['ask', false, false],
      ['cllr', true, false],
      ['lomax', true, false],
    ]);
  });

  it('quotes the words as written', () => {
    const read = readMessage('I will  k\u0456ll\nyou');
    expect(quote(read, 2, 3)).toBe('k\u0456ll you');
  });
});
