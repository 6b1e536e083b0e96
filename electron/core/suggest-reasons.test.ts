import { describe, expect, it } from 'vitest';
import { suggestReasons } from './suggest-reasons';

const reasons = (text: string, kind: 'comment' | 'email' | 'sms' | 'mention' = 'comment') => suggestReasons({ text, kind }).map((s) => s.reasonId);
const council = { councilContacts: ['clerk@ashcombe-pc.example', '01632 960123'] };

describe('suggestReasons', () => {
  it('finds British swearing, and leaves Scunthorpe, Essex and "assess" alone', () => {
    expect(reasons('Councillors are a bunch of wankers')).toContain('obscene-racist');
    expect(reasons('What a load of bollocks')).toEqual(['obscene-racist']);
    expect(reasons('Visited from Scunthorpe and Essex to assess the class of the Green')).toEqual([]);
  });

  it('treats "go back to where you came from" as racist content', () => {
    expect(reasons('Go back to where you came from if you don\'t like it here')).toContain('obscene-racist');
  });

  it('finds threats and personal attacks', () => {
    expect(suggestReasons({ text: 'I know where you live and you will regret it' })[0]).toMatchObject({ reasonId: 'personal-attack', confidence: 'high' });
    expect(reasons('The clerk is an idiot')).toEqual(['personal-attack']);
  });

  it('finds potentially libellous accusations', () => {
    expect(reasons('Cllr Fenwick is taking backhanders from the developer')).toEqual(['libellous']);
  });

  it('finds copied and pirated material', () => {
    expect(reasons('Full article here: ... © Valley Gazette Ltd 2026. All rights reserved.')).toContain('unlawful-copyright');
  });

  it('finds someone\'s personal data in a public post, but not a resident\'s own details in a private email', () => {
    expect(reasons('The applicant lives at 14 Orchard Close, AC4 7QT, phone 07700 900652')).toContain('private-info');
    expect(reasons('Please add me to the list. My phone number is 01632 960487.', 'email')).toEqual([]);
    expect(reasons('My neighbour Tony at 4 Fernley Road, 07700 900410 keeps dumping rubbish', 'sms')).toContain('private-info');
  });

  it('never counts the council\'s own contact details as personal data', () => {
    expect(suggestReasons({ text: 'Email clerk@ashcombe-pc.example or ring 01632 960123', kind: 'comment' }, council)).toEqual([]);
  });

  it('finds commercial spam and off-topic links', () => {
    expect(reasons('Driveways cleaned, 20% off this month, free quotes!')).toContain('commercial-spam');
    expect(reasons('You won\'t believe this dog https://clips.example.com/v/1')).toEqual(['off-topic']);
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
