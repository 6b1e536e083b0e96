import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('collapses whitespace and leaves out quoted lines', () => {
    expect(excerpt('Still out tonight.\n\n> The streetlight has been out.\nRuth', null)).toBe(
      'Still out tonight. Ruth',
    );
  });

  it('puts an email subject first', () => {
    expect(excerpt('The light is out.', 'Streetlight')).toBe('Streetlight — The light is out.');
  });

  it('cuts long text with an ellipsis', () => {
    expect(excerpt('word '.repeat(100), null, 20)).toBe('word word word word…');
  });
});
