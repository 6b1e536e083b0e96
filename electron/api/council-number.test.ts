import { describe, expect, it } from 'vitest';
import { councilNumber } from './council-number';

describe('the council number for SMS', () => {
  it('refuses a sender name, saying why in one sentence', () => {
    expect(councilNumber('AshcombePC')).toEqual({
      ok: false,
      message:
        "Residents cannot reply to a name like 'AshcombePC' in the UK: give the council's phone number in +44 form.",
    });
    expect(councilNumber('Ashcombe PC')).toMatchObject({
      ok: false,
      message: expect.stringContaining("a name like 'Ashcombe PC'") as string,
    });
  });

  it('takes a UK number written the UK way or in +44 form, and keeps it in +44 form', () => {
    expect(councilNumber('07400 123456')).toEqual({ ok: true, e164: '+447400123456' });
    expect(councilNumber('+44 7400 123456')).toEqual({ ok: true, e164: '+447400123456' });
    expect(councilNumber('+442079460018')).toEqual({ ok: true, e164: '+442079460018' });
  });

  it('refuses a number abroad, one with digits missing and one reserved for drama', () => {
    expect(councilNumber('+14155550100')).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a UK number') as string,
    });
    expect(councilNumber('+4474001234')).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a UK phone number') as string,
    });
    // Ofcom keeps 07700 900xxx for television and films: no council can own one.
    expect(councilNumber('07700 900123')).toMatchObject({ ok: false });
    expect(councilNumber('  ')).toMatchObject({ ok: false });
  });
});
