import { describe, expect, it } from 'vitest';
import type { PolicyReasonId } from '../api/domain';
import type { LearnedSuggester } from './suggest-reasons';
import { suggestReasons } from './suggest-reasons';

const reasons = (text: string, kind: 'comment' | 'email' | 'sms' | 'mention' = 'comment') =>
  suggestReasons({ text, kind }).map((s) => s.reasonId);
const council = { councilContacts: ['clerk@ashcombe-pc.example', '01632 960123'] };

describe('suggestReasons', () => {
  it('finds British swearing, and leaves Scunthorpe, Essex and "assess" alone', () => {
    expect(reasons('Councillors are a bunch of wankers')).toContain('obscene-racist');
    expect(reasons('What a load of bollocks')).toEqual(['obscene-racist']);
    expect(reasons('Visited from Scunthorpe and Essex to assess the class of the Green')).toEqual([]);
  });

  it('treats "go back to where you came from" as racist content', () => {
    expect(reasons("Go back to where you came from if you don't like it here")).toContain('obscene-racist');
  });

  it('finds threats and personal attacks', () => {
    expect(suggestReasons({ text: 'I know where you live and you will regret it' })[0]).toMatchObject({
      reasonId: 'personal-attack',
      confidence: 'high',
    });
    expect(reasons('The clerk is an idiot')).toEqual(['personal-attack']);
  });

  it('finds potentially libellous accusations', () => {
    expect(reasons('Cllr Fenwick is taking backhanders from the developer')).toEqual(['libellous']);
  });

  it('finds copied and pirated material', () => {
    expect(reasons('Full article here: ... © Valley Gazette Ltd 2026. All rights reserved.')).toContain(
      'unlawful-copyright',
    );
  });

  it("finds someone's personal data in a public post, but not a resident's own details in a private email", () => {
    expect(reasons('The applicant lives at 14 Orchard Close, AC4 7QT, phone 07700 900652')).toContain('private-info');
    expect(reasons('Please add me to the list. My phone number is 01632 960487.', 'email')).toEqual([]);
    expect(reasons('My neighbour Tony at 4 Fernley Road, 07700 900410 keeps dumping rubbish', 'sms')).toContain(
      'private-info',
    );
  });

  it("never counts the council's own contact details as personal data", () => {
    expect(
      suggestReasons({ text: 'Email clerk@ashcombe-pc.example or ring 01632 960123', kind: 'comment' }, council),
    ).toEqual([]);
  });

  it('finds commercial spam and off-topic links', () => {
    expect(reasons('Driveways cleaned, 20% off this month, free quotes!')).toContain('commercial-spam');
    expect(reasons("You won't believe this dog https://clips.example.com/v/1")).toEqual(['off-topic']);
  });

  it('finds allegations of a breach of policy or the law', () => {
    expect(reasons('The council broke the law and I am reporting you to the ICO')).toContain('alleged-breach');
  });

  it('suggests nothing for the ordinary business of a parish', () => {
    for (const text of [
      'Thank you for fixing the streetlight on Station Road.',
      'When are the bins collected now? Thursday?',
      'The pothole on Mill Lane is back, about 6 inches deep.',
      'Could I go on the allotment waiting list please?',
      'Planning application 26/01234/FUL will be discussed on 13 October at 7.30pm.',
    ]) {
      expect(reasons(text)).toEqual([]);
    }
  });
});

describe('evidence', () => {
  it('names each obscene word once, the longest form', () => {
    expect(suggestReasons({ text: 'Council is shite at everything' })[0]?.evidence).toEqual(['Obscene words: shite']);
  });
});

describe('the four messages an independent check found missed', () => {
  it('flags a threat to burn the parish office as a personal attack, marked as a threat', () => {
    const [first] = suggestReasons({
      text: 'someone should torch that parish office with the lot of you inside',
      kind: 'comment',
    });
    expect(first).toMatchObject({ reasonId: 'personal-attack', confidence: 'high', threat: true });
    expect(first?.evidence[0]).toContain('torch that parish office');
  });

  it('flags masked swearing and a masked racial slur as obscene or racist', () => {
    const found = suggestReasons({
      text: 'Another f***ing stitch-up from this lot. Bunch of p*kis running the shop licences now.',
      kind: 'comment',
    });
    expect(found[0]).toMatchObject({ reasonId: 'obscene-racist', confidence: 'high' });
    expect(found[0]?.evidence).toEqual(['Slurs: p*kis', 'Obscene words: f***ing']);
  });

  it('flags a comment selling with two shop links as commercial spam', () => {
    const found = suggestReasons({
      text: 'Massive sale on garden furniture, 50% off everything! Shop now at patioking.co.uk or lawnlovers.shop',
      kind: 'comment',
    });
    expect(found.map((suggestion) => suggestion.reasonId)).toEqual(['commercial-spam']);
  });

  it('flags calling a councillor a useless lying waste of space as a personal attack', () => {
    expect(reasons('Cllr Harris is a useless lying waste of space')).toEqual(['personal-attack']);
  });
});

describe('hard cases that are not breaches', () => {
  it("suggests nothing for anger, criticism, idioms, innocent words and the council's own links", () => {
    for (const text of [
      'This pothole on Mill Lane has been here for SIX WEEKS. Absolutely fuming. Sort it out!',
      'I strongly disagree with the decision to close the library and I will be objecting.',
      'Can the last one out kill the lights at ten please?',
      'The bloody bins again! Third week running.',
      'Lovely evening at the Scunthorpe beer festival, cocktails and a pint of bitter.',
      'Agenda for Tuesday is on https://www.hollinsgreen-pc.gov.uk/meetings',
      'Your policy says personal attacks will not be permitted, so please take down the post calling me names.',
      'Oh brilliant, the grit bin is empty again. Just in time for the ice.',
    ]) {
      expect(
        suggestReasons({ text, kind: 'comment' }, { councilContacts: ['clerk@hollinsgreen-pc.gov.uk'] }),
        text,
      ).toEqual([]);
    }
  });

  it("does not treat a resident's own address in a private email as someone else's", () => {
    expect(
      reasons(
        'Please add me to the newsletter. I live at 4 Larch Way, HG4 2PL and my mobile is 07700 900188. Thanks, Ann',
        'email',
      ),
    ).toEqual([]);
  });

  it("treats someone else's address, car and child's school on a public page as private information", () => {
    expect(
      reasons(
        "The bloke who reported me lives at 9 Heron Close, drives a blue Golf YR17 KLP and his lad goes to St Mary's Primary.",
      ),
    ).toContain('private-info');
  });
});

describe('learned suggestions', () => {
  const learnedSaying = (reasonId: PolicyReasonId | null, probability: number, decisions = 80): LearnedSuggester => ({
    predict: () => ({ reasonId, probability, decisions }),
  });

  it('adds what was learned after the rules, saying how many decisions it learned from', () => {
    const found = suggestReasons(
      { text: 'Thanks for the update on the hall roof', kind: 'comment' },
      { learned: learnedSaying('off-topic', 0.9999, 120) },
    );
    expect(found).toEqual([
      {
        reasonId: 'off-topic',
        confidence: 'medium',
        evidence: ['Learned from 120 of your decisions'],
        source: 'learned',
        learnedFrom: 120,
      },
    ]);
  });

  it("never hides or outranks a rule's high-confidence suggestion", () => {
    const found = suggestReasons(
      { text: 'I will burn your house down', kind: 'comment' },
      { learned: learnedSaying('commercial-spam', 0.99999) },
    );
    expect(found.map((suggestion) => [suggestion.reasonId, suggestion.confidence, suggestion.source])).toEqual([
      ['personal-attack', 'high', 'rule'],
      ['commercial-spam', 'medium', 'learned'],
    ]);
    const noAction = suggestReasons(
      { text: 'I will burn your house down', kind: 'comment' },
      { learned: learnedSaying(null, 0.99999) },
    );
    expect(noAction.map((suggestion) => suggestion.reasonId)).toEqual(['personal-attack']);
  });

  it('says nothing it is not sure of', () => {
    expect(
      suggestReasons({ text: 'Thanks for the update', kind: 'comment' }, { learned: learnedSaying('off-topic', 0.8) }),
    ).toEqual([]);
  });
});
