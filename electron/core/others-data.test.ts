import { describe, expect, it } from 'vitest';
import { describeToCheck, itemsToCheck } from './others-data';

const own = { emails: ['gary.p@example.net'], phones: ['+44 7700 900123'] };
const council = ['clerk@ashcombe-pc.gov.uk', '01632 960000'];
const item = (id: number, text: string, subject: string | null = null) => ({ id, subject, text });

describe('itemsToCheck', () => {
  it("flags items holding someone else's contact details, and leaves the requester's own and the council's alone", () => {
    const items = [
      item(1, 'Write to me at gary.p@example.net or ring 07700 900123.'),
      item(2, 'Ask the clerk at clerk@ashcombe-pc.gov.uk or on 01632 960000.'),
      item(3, 'My neighbour Sue (sue.h@example.org, 07700 900456) agrees.'),
      item(4, 'The hedge at 12 Mill Lane, AB1 2DE is overgrown.'),
      item(5, 'Nothing personal here.', 'Re: your mail from 203.0.113.7'),
    ];
    expect(itemsToCheck(items, own, council)).toEqual([
      { itemId: 3, kinds: ['email', 'phone'] },
      { itemId: 4, kinds: ['postcode', 'street-address'] },
      { itemId: 5, kinds: ['ip-address'] },
    ]);
  });

  it('compares phone numbers however they are written', () => {
    expect(itemsToCheck([item(1, 'Call +447700900123 please')], own, council)).toEqual([]);
    expect(itemsToCheck([item(2, 'Call 07700 900 124 please')], own, council)).toEqual([
      { itemId: 2, kinds: ['phone'] },
    ]);
  });

  it('says what to look for in words', () => {
    expect(describeToCheck({ itemId: 3, kinds: ['email', 'phone'] })).toBe('Item 3 (an email address, a phone number)');
  });
});
