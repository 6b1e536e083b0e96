import { describe, expect, it } from 'vitest';
import { findObsceneWords, findProfanity } from './profanity';

describe('findObsceneWords', () => {
  it('finds masked swearing as written: asterisks, symbols, hyphens', () => {
    expect(findObsceneWords('What a f***ing mess the verges are').obscene).toEqual(['f***ing']);
    expect(findObsceneWords('This plan is sh!t').obscene).toEqual(['sh!t']);
    expect(findObsceneWords('Complete b*llocks from start to finish').obscene).toEqual(['b*llocks']);
    expect(findObsceneWords('the f-ing bins again').obscene).toEqual(['f-ing']);
  });

  it('finds leetspeak, spaced-out letters, look-alike letters and zero-width characters', () => {
    expect(findProfanity('what a pile of sh1te')).toEqual(['sh1te']);
    expect(findProfanity('you are all t w a t s')).toEqual(['t w a t s']);
    // Cyrillic "с" and "і" in place of the Latin letters.
    expect(findProfanity('absolute \u0441\u0440\u0430\u0441 and \u0455h\u0456t')).toEqual(['\u0455h\u0456t']);
    expect(findProfanity('ful\u200bl of bull\u200bs\u200bhit')).toEqual(['shit']);
    expect(findProfanity('Ｓｈｉｔ planning')).toEqual(['Ｓｈｉｔ']);
  });

  it('tells slurs from swearing, masked or not', () => {
    expect(findObsceneWords('too many p*kis on the estate')).toEqual({ obscene: [], slurs: ['p*kis'] });
    expect(findObsceneWords('get the pikeys off the common').slurs).toEqual(['pikeys']);
    expect(findObsceneWords('what kind of sp@stic parks like that').slurs).toEqual(['sp@stic']);
    expect(findObsceneWords('n1gg3rs').slurs).toHaveLength(1);
  });

  it('knows British swearing: wanker, bellend, knobhead, tosser, gobshite', () => {
    expect(findProfanity('that bellend on the planning committee')).toEqual(['bellend']);
    expect(findProfanity('total knobhead')).toEqual(['knobhead']);
    expect(findProfanity('gobshite')).toEqual(['gobshite']);
  });

  it('leaves innocent words and places alone', () => {
    for (const text of [
      'Coach trip from Scunthorpe to Penistone on Sunday',
      'Faggots and peas at the lunch club, and a cocktail evening after',
      'Blue tits and a great tit at the feeder',
      'The drainage dyke needs clearing; so does the cockpit of the old glider',
      'Shiitake and cumin soup, Cumbria style',
      'Pint of bitter, and a bit of a cock-up with the raffle',
      'Twenty fags and a paper from the Co-op',
      'Spotted dick for pudding, then Dick Whittington at the panto',
    ]) {
      expect(findProfanity(text), text).toEqual([]);
    }
  });

  it('does not count mild words (Ofcom: mild) as obscene', () => {
    expect(findProfanity('The bloody bins again, what a load of crap, get off your arse and fix it')).toEqual([]);
  });
});
