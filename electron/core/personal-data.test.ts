import { describe, expect, it } from 'vitest';
import { findPersonalData, normalisePhone } from './personal-data';

const kinds = (text: string, allowed?: string[]) =>
  findPersonalData(text, { allowed }).map((match) => [match.kind, match.text]);

describe('findPersonalData', () => {
  it('finds email addresses with their offsets', () => {
    const text = 'Write to paul.fenwick.home@example.net today';
    expect(findPersonalData(text)).toEqual([
      { kind: 'email', text: 'paul.fenwick.home@example.net', start: 9, end: 38 },
    ]);
  });

  it('finds UK phone numbers written every usual way', () => {
    for (const phone of [
      '07700 900123',
      '07700900123',
      '+44 7700 900123',
      '+447700900123',
      '(01632) 960123',
      '01632 960 123',
      '020 7946 0000',
    ]) {
      expect(kinds(`call ${phone} please`)).toEqual([['phone', phone]]);
    }
  });

  it('finds postcodes and street addresses', () => {
    expect(kinds('He lives at 14 Orchard Close, Ashcombe AC4 7QT')).toEqual([
      ['street-address', '14 Orchard Close'],
      ['postcode', 'AC4 7QT'],
    ]);
    expect(kinds('22a Mill Lane')).toEqual([['street-address', '22a Mill Lane']]);
    expect(kinds('sw1a 1aa')).toEqual([['postcode', 'sw1a 1aa']]);
  });

  it('finds IP addresses', () => {
    expect(kinds('posted from 192.168.10.21')).toEqual([['ip-address', '192.168.10.21']]);
  });

  it("leaves the council's own contact details alone, but not someone else's number", () => {
    const council = ['clerk@ashcombe-pc.example', '01632 960123', 'The Parish Hall, Church Lane, Ashcombe AC4 7AA'];
    expect(kinds('Email clerk@ashcombe-pc.example or ring 01632 960123, or write to AC4 7AA.', council)).toEqual([]);
    expect(kinds('Ring +44 1632 960123 or Tony on 07700 900410', council)).toEqual([['phone', '07700 900410']]);
  });

  it('does not take ordinary numbers, dates or application references for personal data', () => {
    expect(
      kinds('Application 26/01234/FUL for 42 houses, meeting on 13 October 2026 at 7.30pm, £250 to £8,400'),
    ).toEqual([]);
  });
});

describe('normalisePhone', () => {
  it('writes +44 as 0', () => {
    expect(normalisePhone('+44 (0)7700 900123')).toBe('07700900123');
    expect(normalisePhone('07700 900123')).toBe('07700900123');
  });
});
