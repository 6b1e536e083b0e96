import { describe, expect, it } from 'vitest';
import { recogniseRequests, type RecognitionInput } from './request-recognition';

const types = (item: RecognitionInput) => recogniseRequests(item).map((suggestion) => suggestion.type);
const only = (text: string, subject: string | null = null) => {
  const [first, ...rest] = recogniseRequests({ text, subject });
  expect(rest).toEqual([]);
  return first;
};

describe('FOI requests', () => {
  it('are strongly suggested when they name the Act, with the words quoted', () => {
    expect(
      only('Under the Freedom of Information Act 2000, please provide the total spent on the play area.'),
    ).toMatchObject({
      type: 'foi',
      confidence: 'high',
      evidence: expect.arrayContaining(['Names the Freedom of Information Act: "Freedom of Information"']) as unknown,
    });
    expect(only('FOIA: list of all contractors paid more than £500 in 2025')?.confidence).toBe('high');
  });

  it('name the Environmental Information Regulations, however they are written', () => {
    expect(
      only(
        'This is a request under the Environmental Information Regulations for the ecological survey of Church Meadow.',
      )?.evidence[0],
    ).toBe('Names the Environmental Information Regulations: "Environmental Information Regulations"');
    expect(only('EIR request: the flood risk survey')?.confidence).toBe('high');
  });

  it('are suggested from everyday words about spending and records', () => {
    expect(only('Can you tell me how much the council spent on the Christmas lights this year?')).toMatchObject({
      type: 'foi',
      confidence: 'medium',
    });
    expect(
      only('Please send me copies of the minutes of the planning committee meetings held between January and March.')
        ?.type,
    ).toBe('foi');
    expect(only('I want a copy of the lease agreement for the allotments.')?.type).toBe('foi');
    expect(only('Who did the council appoint to install the speed indicator signs?')?.type).toBe('foi');
  });

  it('are read in the subject line too', () => {
    expect(only('How many hours does the clerk work per week?', 'Freedom of information request')?.confidence).toBe(
      'high',
    );
  });

  it('are not suggested for everyday questions, links, forms or jokes', () => {
    for (const text of [
      'Is there any information about the fun day? What time does it start?',
      "How much does it cost to hire the village hall for a children's party?",
      'Cllr Smith, what do you think about the new houses on Long Field?',
      'Can you send me the link to the survey about the play area?',
      'Could you send me a booking form for the hall please?',
      "Thanks for sending the copies of the minutes, that's all I needed.",
      'How much did you lot spend on your Christmas party? Only joking, merry Christmas all!',
    ]) {
      expect(types({ text }), text).toEqual([]);
    }
  });
});

describe('subject access requests', () => {
  it('are strongly suggested when named', () => {
    expect(only('I am making a subject access request for all the information you hold about me.')).toMatchObject({
      type: 'sar',
      confidence: 'high',
    });
    expect(only('DSAR — all data relating to me')?.confidence).toBe('high');
  });

  it('are suggested when the sender asks what the council holds on them', () => {
    expect(only('What data do you have on me?')).toMatchObject({
      type: 'sar',
      confidence: 'medium',
      evidence: ['Asks what the council holds about the sender: "data do you have on me"'],
    });
    expect(only('Please provide a copy of all emails and messages that mention my name since 2024.')?.type).toBe('sar');
    expect(only('I would like a copy of the CCTV footage of me at the recreation ground on 3 May.')?.type).toBe('sar');
  });

  it('are not a request to be taken off a list, or a question about the privacy notice', () => {
    expect(types({ text: 'Please remove my personal details from your mailing list.' })).toEqual([]);
    expect(types({ text: 'What personal data do you collect when I book the hall?' })).toEqual([]);
    expect(types({ text: "Is my data safe with the council's new website?" })).toEqual([]);
  });
});

describe('complaints', () => {
  it('are strongly suggested when the sender says so', () => {
    expect(
      only("I wish to make a formal complaint about the conduct of the chairman at last night's meeting."),
    ).toMatchObject({ type: 'complaint', confidence: 'high' });
    expect(only('I want to complain about the state of the play area.')?.confidence).toBe('high');
    expect(only('The contractor damaged my fence.', 'Complaint')?.evidence).toEqual([
      'Is headed as a complaint: "Complaint"',
    ]);
  });

  it('are suggested when the sender is unhappy with how a complaint went', () => {
    expect(
      only("I'm not happy with how my complaint about the hedge was handled and want it escalated."),
    ).toMatchObject({ type: 'complaint', confidence: 'medium' });
  });

  it('are not suggested when the sender says it is not one, or thanks the council', () => {
    for (const text of [
      "I'm not complaining, just asking when the bins go out over Christmas.",
      'No complaints here, the new benches look great!',
      'Thank you for dealing with my complaint so quickly, much appreciated.',
      'My neighbour keeps complaining about my dog barking, can the council help?',
      'People always complain about the parking but nobody comes to the meetings.',
    ]) {
      expect(types({ text }), text).toEqual([]);
    }
  });
});

describe('items with more than one request', () => {
  it('suggest each, and a personal-data request is not also taken for FOI', () => {
    expect(
      types({
        text: "I wish to complain about the council's failure to maintain the play area. Please also send me copies of the last three safety inspection reports.",
      }).sort(),
    ).toEqual(['complaint', 'foi']);
    expect(
      types({
        text: 'Please send me all the records you hold about my allotment tenancy and any complaints made about me.',
      }),
    ).toEqual(['sar']);
  });

  it('are never suggested for what the council itself sent', () => {
    expect(
      types({ text: 'Under the Freedom of Information Act you may ask for our minutes.', fromCouncil: true }),
    ).toEqual([]);
  });
});
