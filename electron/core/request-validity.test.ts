import { describe, expect, it } from 'vitest';
import { checkFoiValidity, judgeName, type RequesterDetails } from './request-validity';

const author = (details: Partial<RequesterDetails>): RequesterDetails => ({
  name: '',
  handle: null,
  email: null,
  phone: null,
  ...details,
});
const placeNames = ['Ashcombe', 'Lower Ashcombe'];

describe('an FOI request is valid with a real name and an address for correspondence', () => {
  it('an email from "Jane Smith <jane@…>" is valid', () => {
    const result = checkFoiValidity({
      author: author({ name: 'Jane Smith', email: 'jane.smith@example.net' }),
      text: 'Please send me the play area invoices.',
      placeNames,
    });
    expect(result).toEqual({
      valid: true,
      missing: [],
      name: 'Jane Smith',
      address: 'jane.smith@example.net',
      evidence: ['Sent by Jane Smith', 'Email address for the reply: jane.smith@example.net'],
    });
  });

  it('an X direct message from @ashcombe_truth with no name lacks both', () => {
    const result = checkFoiValidity({
      author: author({ name: 'Ashcombe Truth', handle: 'ashcombe_truth' }),
      text: 'How much did the council pay for the new noticeboard?',
      placeNames,
    });
    expect(result.valid).toBe(false);
    expect(result.missing).toEqual(['real name', 'address for correspondence']);
    expect(result.evidence).toEqual([
      `"Ashcombe Truth" is a description or a page's name, not a person's name, and the message gives no name`,
      'Only the handle @ashcombe_truth: not an email or postal address',
    ]);
  });

  it('a Facebook comment with a name but no address lacks an address', () => {
    const result = checkFoiValidity({
      author: author({ name: 'Gary Pritchard' }),
      text: 'Can you tell me how much the council spent on the Christmas lights?',
      placeNames,
    });
    expect(result).toMatchObject({ valid: false, missing: ['address for correspondence'], name: 'Gary Pritchard' });
  });

  it('an SMS has a phone number, which is not an address for correspondence', () => {
    const result = checkFoiValidity({
      author: author({ name: '07700 900123', phone: '07700 900123' }),
      text: 'could you send me the quotes for the car park',
      placeNames,
    });
    expect(result.missing).toEqual(['real name', 'address for correspondence']);
    expect(result.evidence[1]).toBe('Only a phone number: not an email or postal address');
  });

  it('a name and an address given in the message count', () => {
    const text =
      'Please send me the minutes of the March meeting.\nMy email is r.okafor@example.org\nThanks\nRuth Okafor';
    const result = checkFoiValidity({ author: author({ name: '🌻', handle: 'sunflower_ruth' }), text, placeNames });
    expect(result).toMatchObject({ valid: true, name: 'Ruth Okafor', address: 'r.okafor@example.org' });
    expect(result.evidence[0]).toBe('Signed Ruth Okafor ("🌻" has no name in it)');
  });

  it('a postal address with its postcode counts', () => {
    const text =
      'My name is Margaret Hale and I would like the hall accounts. Please post them to 14 Orchard Close, Ashcombe AB1 2DE.';
    const result = checkFoiValidity({ author: author({ name: 'Concerned Resident' }), text, placeNames });
    expect(result).toMatchObject({ valid: true, name: 'Margaret Hale', address: '14 Orchard Close, Ashcombe AB1 2DE' });
  });

  it('an address that may be someone else’s is pointed out, not taken', () => {
    const result = checkFoiValidity({
      author: author({ name: 'Tom Price' }),
      text: 'Send me the complaints about the hedge at 3 Mill Lane.',
      placeNames,
    });
    expect(result.missing).toEqual(['address for correspondence']);
    expect(result.evidence[1]).toBe(
      "No email or postal address (it mentions 3 Mill Lane: check whether that is the sender's own)",
    );
  });

  it('the council’s own address in the text is not the requester’s', () => {
    const text = 'Line one.\nLine two.\nI wrote to clerk@ashcombe-pc.example before.\nTom Price';
    const result = checkFoiValidity({
      author: author({ name: 'Tom Price' }),
      text,
      placeNames,
      councilContacts: ['clerk@ashcombe-pc.example'],
    });
    expect(result.missing).toEqual(['address for correspondence']);
  });
});

describe('real names', () => {
  it('takes a first name or initial with a surname, or a title with a surname', () => {
    for (const name of [
      'Jane Smith',
      'J. Smith',
      'Mrs Smith',
      'jane smith',
      'Siobhán Ní Bhriain',
      "Kévin O'Marsh",
      'Mary-Jane Watson-Hale',
      'John Ashcombe',
    ]) {
      expect(judgeName(name, placeNames), name).toEqual({ realName: true, kind: 'person' });
    }
  });

  it('takes an organisation’s name, which the ICO accepts', () => {
    expect(judgeName('Ashcombe Allotment Society', placeNames)).toEqual({ realName: true, kind: 'organisation' });
  });

  it('does not take a description, a page, a handle, an emoji or a first name alone', () => {
    expect(judgeName('Concerned Resident', placeNames)).toMatchObject({ realName: false });
    expect(judgeName('Ashcombe Truth', placeNames)).toMatchObject({ realName: false });
    expect(judgeName('Lower Ashcombe Mums', placeNames)).toMatchObject({ realName: false });
    expect(judgeName('ashcombe_truth', placeNames)).toEqual({ realName: false, why: 'is a handle, not a name' });
    expect(judgeName('😡😡', placeNames)).toEqual({ realName: false, why: 'has no name in it' });
    expect(judgeName('Jane', placeNames)).toEqual({ realName: false, why: 'is a first name only' });
  });
});
