import { describe, expect, it } from 'vitest';
import {
  emailReplySubject,
  quoteForReply,
  smsSegments,
  threadingHeaders,
  xLimit,
  xWeightedLength,
} from './reply-format';

describe('smsSegments', () => {
  it('counts nothing for empty text', () => {
    expect(smsSegments('')).toMatchObject({ segments: 0, units: 0 });
  });

  it('fits exactly 160 GSM characters in one segment and splits at 161', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1, perSegment: 160 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2, perSegment: 153 });
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the GSM extension characters twice but stays GSM-7', () => {
    expect(smsSegments('€10 [x]')).toMatchObject({ encoding: 'GSM-7', units: 10 });
    expect(smsSegments('{'.repeat(80)).segments).toBe(1);
    expect(smsSegments(`${'{'.repeat(80)}a`).segments).toBe(2);
  });

  it('keeps £ and accented letters in GSM-7', () => {
    expect(smsSegments('£5 café').encoding).toBe('GSM-7');
  });

  it('switches to UCS-2 for an emoji, counting UTF-16 units', () => {
    expect(smsSegments('Thanks 👍')).toEqual({ encoding: 'UCS-2', units: 9, segments: 1, perSegment: 70 });
    expect(smsSegments('a'.repeat(70) + 'ć').segments).toBe(2);
    expect(smsSegments('ć'.repeat(70))).toMatchObject({ segments: 1, perSegment: 70 });
  });

  it('never splits an escape pair across segments', () => {
    // 152 septets then a 2-septet "€" cannot share the first 153-septet segment.
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(10)}`).segments).toBe(2);
    expect(smsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
  });
});

describe('xWeightedLength', () => {
  it('counts plain Latin text one per character, with the limit at 280', () => {
    expect(xWeightedLength('a'.repeat(280))).toBe(xLimit);
    expect(xWeightedLength('a'.repeat(281))).toBe(281);
  });

  it('counts CJK and emoji as 2, and an emoji sequence once', () => {
    expect(xWeightedLength('你好')).toBe(4);
    expect(xWeightedLength('😀')).toBe(2);
    expect(xWeightedLength('👨‍👩‍👧')).toBe(2);
    expect(xWeightedLength(`${'a'.repeat(279)}😀`)).toBe(281);
  });

  it('counts every link as 23, whatever its length', () => {
    expect(xWeightedLength('https://westend-pc.gov.uk/documents/social-media-policy-2025.pdf')).toBe(23);
    expect(xWeightedLength('See example.org/path.')).toBe(4 + 23 + 1);
    expect(xWeightedLength('a http://x.co b')).toBe(2 + 23 + 2);
  });

  it('does not treat the domain of an email address as a link', () => {
    expect(xWeightedLength('clerk@westend-pc.gov.uk')).toBe('clerk@westend-pc.gov.uk'.length);
  });

  it('normalises to NFC first', () => {
    expect(xWeightedLength('cafe\u0301')).toBe(4);
  });
});

describe('emailReplySubject', () => {
  it('adds Re: once', () => {
    expect(emailReplySubject('Potholes on Church Lane')).toBe('Re: Potholes on Church Lane');
    expect(emailReplySubject('Re: Potholes')).toBe('Re: Potholes');
    expect(emailReplySubject('RE: Potholes')).toBe('RE: Potholes');
    expect(emailReplySubject('Re : Potholes')).toBe('Re : Potholes');
    expect(emailReplySubject('AW: Potholes')).toBe('AW: Potholes');
  });

  it('does not mistake a word starting with "re" for a prefix', () => {
    expect(emailReplySubject('Refuse collection')).toBe('Re: Refuse collection');
  });

  it('gives a default subject when there is none', () => {
    expect(emailReplySubject(null)).toBe('Re: your message');
    expect(emailReplySubject('  ')).toBe('Re: your message');
  });
});

describe('quoteForReply', () => {
  it('quotes each line under a date line in UK time (BST in summer)', () => {
    expect(quoteForReply('line1\nline2', 'Sandra Whitlock', new Date('2025-09-18T10:20:00Z'))).toBe(
      'On 18 September 2025 at 11:20, Sandra Whitlock wrote:\n> line1\n> line2',
    );
  });

  it('uses GMT in winter, pads the time and nests earlier quotes', () => {
    expect(quoteForReply('hi\r\n\r\n> old', 'Ann', new Date('2025-01-05T23:05:00+01:00'))).toBe(
      'On 5 January 2025 at 22:05, Ann wrote:\n> hi\n>\n>> old',
    );
  });
});

describe('threadingHeaders', () => {
  it('replies to the message and appends it to References', () => {
    expect(threadingHeaders({ messageId: '<b@x>', references: ['<a@x>'] })).toEqual({
      inReplyTo: '<b@x>',
      references: ['<a@x>', '<b@x>'],
    });
  });

  it('adds missing angle brackets and drops duplicates', () => {
    expect(threadingHeaders({ messageId: 'b@x', references: ['a@x', '<a@x>', '<b@x>'] })).toEqual({
      inReplyTo: '<b@x>',
      references: ['<a@x>', '<b@x>'],
    });
  });

  it('starts References with the message itself when there were none', () => {
    expect(threadingHeaders({ messageId: '<a@x>', references: [] }).references).toEqual(['<a@x>']);
  });
});
