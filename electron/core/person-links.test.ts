import { describe, expect, it } from 'vitest';
import { normaliseName, rejectionKey, suggestLinks, type SenderIdentity } from './person-links';

let nextId = 1;
function sender(channel: string, name: string, extra: Partial<SenderIdentity> = {}): SenderIdentity {
  const id = nextId++;
  return { authorId: id, personId: id, channel, name, handle: null, email: null, phone: null, ...extra };
}

// The sample parish's repeat offenders, as their channels name them.
const garyFacebook = sender('facebook', 'Gary Pritchard');
const garyX = sender('x', 'Gary Pritchard', { handle: '@gazza_ashcombe' });
const garyEmail = sender('email', 'Gary Pritchard', { email: 'gary.pritchard@example.net' });
const garySms = sender('sms', '+447700900461', { phone: '+447700900461' });
const kevinFacebook = sender('facebook', 'Kevin Marsh');
const kevX = sender('x', 'Kev Marsh', { handle: '@kevmarsh_ac' });
const sandraEmail = sender('email', 'Sandra Whitlock', { email: 'sandra.whitlock@example.org' });
const sandraWebsite = sender('website', 'Sandra Whitlock', { email: 'Sandra.Whitlock@example.org ' });

describe('suggestLinks', () => {
  it('calls the same email address on two channels strong', () => {
    const [suggestion] = suggestLinks([sandraEmail], [sandraWebsite]);
    expect(suggestion).toMatchObject({ strength: 'strong', matchedAuthorId: sandraEmail.authorId });
    expect(suggestion?.evidence[0]).toContain('Same email address');
  });

  it('calls the same phone number strong, however it is written', () => {
    const other = sender('website', 'G', { phone: '07700 900461' });
    expect(suggestLinks([garySms], [other])[0]?.strength).toBe('strong');
  });

  it('calls the same name and the same handle on two channels medium, and a name alone weak', () => {
    const website = sender('website', 'Gary Pritchard', { email: 'gazza_ashcombe@example.net' });
    expect(suggestLinks([garyX], [website])[0]).toMatchObject({
      strength: 'medium',
      evidence: ['Same name (Gary Pritchard)', 'Same handle (gazzaashcombe)', 'Check before linking'],
    });
    const suggestions = suggestLinks([garyFacebook], [garyX, garyEmail, garySms]);
    expect(suggestions.map((suggestion) => [suggestion.candidate.channel, suggestion.strength])).toEqual([
      ['x', 'weak'],
      ['email', 'weak'],
    ]);
    expect(suggestions[1]?.evidence.at(-1)).toMatch(/Name only/);
  });

  it('suggests "Kev Marsh" for "Kevin Marsh" (a first name that starts the other, same surname), weakly', () => {
    expect(suggestLinks([kevinFacebook], [kevX])[0]).toMatchObject({
      strength: 'weak',
      evidence: ['Similar name (Kevin Marsh / Kev Marsh)', 'Name only: check it is the same person before linking'],
    });
    expect(suggestLinks([kevinFacebook], [sender('x', 'Kelly Marsh')])).toEqual([]);
  });

  it('never suggests on a name that is only a number, an address or one word', () => {
    expect(suggestLinks([garySms], [sender('sms', '+447700900999', { phone: '+447700900999' })])).toEqual([]);
    expect(suggestLinks([sender('facebook', 'Gary')], [sender('x', 'Gary')])).toEqual([]);
  });

  it('leaves out senders already in the person, and pairs the clerk said are not the same', () => {
    const linked = { ...garyEmail, personId: garyFacebook.personId };
    expect(suggestLinks([garyFacebook, linked], [garyX]).map((s) => s.candidate.authorId)).toEqual([garyX.authorId]);
    expect(suggestLinks([garyFacebook], [{ ...garyX, personId: garyFacebook.personId }])).toEqual([]);
    expect(
      suggestLinks([garyFacebook], [garyX], new Set([rejectionKey(garyX.authorId, garyFacebook.authorId)])),
    ).toEqual([]);
  });

  it('gives one suggestion per candidate, from the strongest match', () => {
    const both = [garyFacebook, { ...garyEmail, personId: garyFacebook.personId }];
    const candidate = sender('website', 'Gary Pritchard', { email: 'gary.pritchard@example.net' });
    const suggestions = suggestLinks(both, [candidate]);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ strength: 'strong', matchedAuthorId: garyEmail.authorId });
  });
});

describe('normaliseName', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(normaliseName("  Kévin  O'Marsh ")).toBe('kevin omarsh');
  });
});
