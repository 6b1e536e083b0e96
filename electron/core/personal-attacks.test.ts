import { describe, expect, it } from 'vitest';
import { readMessage } from './message-words';
import { findInsults, findThreats } from './personal-attacks';
import { unmaskWords } from './profanity';

const threats = (text: string) => findThreats(unmaskWords(readMessage(text)));
const insults = (text: string) => findInsults(unmaskWords(readMessage(text)));

describe('findThreats', () => {
  it('finds direct threats: a violent act, someone it is aimed at, and intent', () => {
    expect(threats("I'm going to smash Cllr Lomax's face in when I see him")).toHaveLength(1);
    expect(threats('Somebody ought to burn that community centre down with the committee in it')).toHaveLength(1);
    expect(threats('we will drag the chairman out by his hair')).toHaveLength(1);
    expect(threats('Hang every last one of them from the lamp posts')).toHaveLength(1);
    expect(threats("Ah'll batter ye, ye wee clerk")).toHaveLength(1);
  });

  it('finds threats written to get past a filter', () => {
    expect(threats('gonna st4b the ch@irman')).toHaveLength(1);
    expect(threats('i will k i l l you')).toHaveLength(1);
    expect(threats('I will k\u0456ll you')).toHaveLength(1);
    expect(threats('I will ki\u200bll you')).toHaveLength(1);
  });

  it('finds veiled threats', () => {
    for (const text of [
      'Be a pity if your windows got put in one night, Councillor.',
      'We know where you live, clerk.',
      'Nice car. Shame if anything happened to it.',
      "You'll regret voting for this.",
      'Accidents happen, especially to people who close footpaths.',
      "I'd hate for your kids to find out what kind of man you are the hard way.",
      'Watch your back walking home from the hall.',
    ]) {
      expect(threats(text), text).not.toEqual([]);
    }
  });

  it('quotes the words that make the threat', () => {
    expect(threats('Close the tip and I will burn your house down, Lomax.')).toEqual(['I will burn your house']);
  });

  it('does not take ordinary speech for a threat', () => {
    for (const text of [
      'Please could whoever is last out kill the lights at ten.',
      'I could murder a cup of tea after that meeting.',
      "We'll burn the guy on the bonfire at eight, bring the kids.",
      'Shoot me a message if you want to help with the planters.',
      "It'd be a shame if the rain spoiled the fete again.",
      'The speeding on Bridge Lane is going to kill someone one day.',
      'My son was threatened at the bus stop, what should I do?',
      'We smashed the target for the new defibrillator!',
      'We will fight this planning application all the way.',
      'Break a leg to the panto cast tonight!',
    ]) {
      expect(threats(text), text).toEqual([]);
    }
  });
});

describe('findInsults', () => {
  it('finds insults said of or to someone', () => {
    expect(insults('Cllr Lomax is a lying, useless waste of space')).not.toEqual([]);
    expect(insults('You absolute muppet, Lomax')).not.toEqual([]);
    expect(insults('Bunch of clueless clowns on that council')).not.toEqual([]);
    expect(insults('The clerk is a complete c**t')).not.toEqual([]);
    expect(insults('Lomax is a numpty')).not.toEqual([]);
  });

  it('leaves criticism of decisions and of the council alone', () => {
    for (const text of [
      'The council has been useless about the potholes this winter.',
      'I think Cllr Lomax is wrong about the car park and I will say so at the meeting.',
      'This decision is a disgrace and should be reversed.',
      'The consultation was a waste of time.',
      'What a shambles the road closure was.',
    ]) {
      expect(insults(text), text).toEqual([]);
    }
  });
});
