import { describe, expect, it } from 'vitest';
import seeds from '../../assets/replies/canned-replies.json';
import { parseCannedReplies } from './canned-replies';
import { checkOutbound } from './outbound-check';
import { renderTemplate } from './render-template';

const councilContacts = [
  'clerk@westend-pc.gov.uk',
  '023 8046 1234',
  'Parish Office, 12 Church Road, West End, SO30 3AB',
];
const check = (text: string) => checkOutbound(text, { councilContacts });
const kinds = (text: string) => check(text).problems.map((problem) => problem.kind);

describe('checkOutbound', () => {
  it('passes an ordinary reply', () => {
    expect(check('Thank you, we have passed your question to a councillor.')).toEqual({ ok: true, problems: [] });
  });

  it("allows the council's own contact details", () => {
    expect(
      check('Please email clerk@westend-pc.gov.uk, ring 023 8046 1234 or write to 12 Church Road, West End, SO30 3AB.')
        .ok,
    ).toBe(true);
  });

  it("refuses someone else's phone number, telling the clerk what to fix", () => {
    const result = check('Please call Mrs Whitlock on 07700 900123.');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        kind: 'personal-data',
        evidence: '07700 900123',
        message:
          "It contains a phone number (07700 900123) that is not the council's own: remove it; the policy forbids passing on personal information.",
      },
    ]);
  });

  it('refuses an email address and a postcode that are not the council’s', () => {
    expect(check('You could write to sandra.whitlock@example.com about it.').problems[0]).toMatchObject({
      kind: 'personal-data',
      evidence: 'sandra.whitlock@example.com',
    });
    expect(check('The complaint was about the house at SO30 2GH.').problems[0]).toMatchObject({
      kind: 'personal-data',
      evidence: 'SO30 2GH',
    });
  });

  it('refuses profanity and insults aimed at people', () => {
    expect(kinds('This is bollocks.')).toEqual(['uncivil']);
    expect(kinds('Only an idiot would think that.')).toEqual(['uncivil']);
    expect(kinds('Shut up, or you’ll regret it.')).toEqual(['uncivil', 'uncivil']);
  });

  it('refuses political advertising', () => {
    const result = check('Vote Conservative on 7 May');
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ kind: 'political' });
    expect(result.problems[0]?.message).toContain('political advertising');
    expect(kinds('Please re-elect Jane Smith.')).toContain('political');
    expect(kinds('Remember polling day is Thursday. Promoted by J Bloggs.')).toEqual(['political', 'political']);
    expect(kinds('The Green Party needs your vote')).toEqual(['political']);
  });

  it('leaves ordinary council business about elections alone', () => {
    expect(check('At the annual meeting the council will elect a Chair.').ok).toBe(true);
    expect(check('Please complete the form and we will assess your request.').ok).toBe(true);
  });

  it('passes every seeded template rendered with the council’s own details', () => {
    const parsed = parseCannedReplies(seeds);
    if (!parsed.ok) throw new Error(parsed.message);
    const variables = {
      senderName: 'Sandra Whitlock',
      councilName: 'West End Parish Council',
      clerkEmail: 'clerk@westend-pc.gov.uk',
      policyUrl: 'https://westend-pc.gov.uk/social-media-policy',
      consentFormUrl: 'https://westend-pc.gov.uk/data-consent',
      operatorName: 'Jo Turner, Clerk',
    };
    for (const reply of parsed.templates) {
      const rendered = renderTemplate(reply.text, variables);
      if (!rendered.ok) throw new Error(reply.id);
      expect(check(rendered.text), reply.id).toEqual({ ok: true, problems: [] });
    }
  });
});
