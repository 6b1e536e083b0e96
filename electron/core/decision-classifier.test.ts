import { describe, expect, it } from 'vitest';
import {
  createDecisionClassifier,
  decisionFeatures,
  decisionsBeforeSuggesting,
  type Decision,
} from './decision-classifier';

// A council's own decisions: a local trader who keeps advertising, and ordinary business.
const adverts = [
  'Dave Tiles of Hollins: bathrooms refitted',
  'Bathrooms and kitchens refitted by Dave Tiles',
  'Dave Tiles: new bathroom in a week',
  'Refitted kitchens from Dave Tiles, local lad',
];
const ordinary = [
  'When is the next meeting about the car park?',
  'The streetlight on Kiln Lane is out',
  'Thank you for clearing the footpath',
  'Is the hall free on Saturday?',
  'The bus shelter glass is broken again',
];

function councilDecisions(count: number): [string, Decision][] {
  const decisions: [string, Decision][] = [];
  for (let index = 0; decisions.length < count; index++) {
    decisions.push([`${adverts[index % adverts.length]} ${index}`, 'commercial-spam']);
    decisions.push([`${ordinary[index % ordinary.length]} ${index}`, 'no-action']);
    decisions.push([`${ordinary[(index + 2) % ordinary.length]} (${index})`, 'no-action']);
  }
  return decisions.slice(0, count);
}

describe('createDecisionClassifier', () => {
  it("learns a reason from the council's removals and suggests it for a new message like them", () => {
    const learned = createDecisionClassifier();
    for (const [text, decision] of councilDecisions(90)) learned.learn(text, decision);
    expect(learned.decisions).toBe(90);
    const prediction = learned.predict('Dave Tiles will refit your bathroom this month');
    expect(prediction).toMatchObject({ reasonId: 'commercial-spam', decisions: 90 });
    expect(prediction.probability).toBeGreaterThan(0.99);
    expect(learned.predict('Is the streetlight on Kiln Lane being fixed?').reasonId).toBeNull();
  });

  it('says nothing until it has learned from enough decisions', () => {
    const learned = createDecisionClassifier();
    for (const [text, decision] of councilDecisions(decisionsBeforeSuggesting - 1)) learned.learn(text, decision);
    expect(learned.predict('Dave Tiles will refit your bathroom this month')).toEqual({
      reasonId: null,
      probability: 0,
      decisions: decisionsBeforeSuggesting - 1,
    });
  });

  it('keeps learning after it has predicted', () => {
    const learned = createDecisionClassifier();
    for (const [text, decision] of councilDecisions(60)) learned.learn(text, decision);
    learned.predict('anything');
    for (const [text, decision] of councilDecisions(30)) learned.learn(`${text} again`, decision);
    expect(learned.decisions).toBe(90);
    expect(learned.predict('Dave Tiles will refit your bathroom this month').reasonId).toBe('commercial-spam');
  });

  it('gives back, from what it saved, the same predictions', () => {
    const learned = createDecisionClassifier();
    for (const [text, decision] of councilDecisions(90)) learned.learn(text, decision);
    const restored = createDecisionClassifier(learned.saved());
    expect(restored.decisions).toBe(90);
    for (const text of ['Dave Tiles will refit your bathroom this month', 'Is the hall free next week?'])
      expect(restored.predict(text)).toEqual(learned.predict(text));
    restored.learn('Dave Tiles: wet rooms too', 'commercial-spam');
    expect(restored.decisions).toBe(91);
  });

  it('forgets one example exactly: learning then forgetting leaves what was there before', () => {
    const learned = createDecisionClassifier();
    for (const [text, decision] of councilDecisions(90)) learned.learn(text, decision);
    const before = learned.saved();
    const features = learned.learn('Dave Tiles: wet rooms too', 'commercial-spam');
    expect(learned.saved()).not.toEqual(before);
    learned.forget(features, 'commercial-spam');
    expect(learned.decisions).toBe(90);
    expect(learned.saved()).toEqual(before);
  });

  it('forgets everything on reset', () => {
    const learned = createDecisionClassifier();
    for (const [text, decision] of councilDecisions(90)) learned.learn(text, decision);
    learned.reset();
    expect(learned.decisions).toBe(0);
    expect(learned.predict('Dave Tiles will refit your bathroom this month').reasonId).toBeNull();
    expect(learned.saved()).toEqual({ counts: [], examples: {} });
  });
});

describe('decisionFeatures', () => {
  it('reads masked and look-alike words as the rules do, with character runs', () => {
    expect(decisionFeatures('f***ing')).toEqual(decisionFeatures('fuck'));
    expect(decisionFeatures('what a w*nker')).toContain('w:wank');
    expect(decisionFeatures('k\u0456ll')).toContain('w:kill');
    expect(decisionFeatures('kill')).toEqual(['w:kill', 'c: kil', 'c:kill', 'c:ill ']);
  });
});
