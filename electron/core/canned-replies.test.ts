import { describe, expect, it } from 'vitest';
import seeds from '../../assets/replies/canned-replies.json';
import { parseCannedReplies, templateVariables, variablesUsed } from './canned-replies';
import { renderTemplate } from './render-template';
import { xLimit, xWeightedLength } from './reply-format';

const allVariables: Record<string, string> = {
  senderName: 'Sandra Whitlock',
  councilName: 'West End Parish Council',
  clerkEmail: 'clerk@westend-pc.gov.uk',
  policyUrl: 'https://westend-pc.gov.uk/policy',
  consentFormUrl: 'https://westend-pc.gov.uk/consent',
  operatorName: 'Jo Clerk',
};

function seeded() {
  const result = parseCannedReplies(seeds);
  if (!result.ok) throw new Error(result.message);
  return result.templates;
}

describe('canned replies seed file', () => {
  it('parses, with exactly the seeded ids, each unique', () => {
    const ids = seeded().map((reply) => reply.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'read-policy',
      'not-official-channel',
      'data-consent',
      'formal-complaint',
      'acknowledgement',
      'passed-to-councillor',
      'out-of-office',
      'name-and-address',
    ]);
  });

  it('uses only the allowed variables', () => {
    for (const reply of seeded())
      for (const name of variablesUsed(reply.text)) expect(templateVariables).toContain(name);
  });

  it('renders every template when all six variables are given', () => {
    for (const reply of seeded()) expect(renderTemplate(reply.text, allVariables).ok, reply.id).toBe(true);
  });

  it('fits the social-media replies on X once filled (the email ones may be longer)', () => {
    const emailOnly = new Set(['data-consent', 'formal-complaint']);
    for (const reply of seeded().filter((candidate) => !emailOnly.has(candidate.id))) {
      const rendered = renderTemplate(reply.text, allVariables);
      expect(rendered.ok && xWeightedLength(rendered.text) <= xLimit, reply.id).toBe(true);
    }
  });

  it('links the policy from read-policy and marks data-consent as starting consent', () => {
    const replies = seeded();
    expect(replies.find((reply) => reply.id === 'read-policy')?.text).toContain('{{policyUrl}}');
    expect(replies.find((reply) => reply.id === 'data-consent')?.setsConsent).toBe(true);
  });
});

describe('parseCannedReplies', () => {
  it('refuses duplicate ids and unknown variables, naming the field', () => {
    const result = parseCannedReplies({
      templates: [
        { id: 'a', name: 'A', text: 'Hi {{senderName}}' },
        { id: 'a', name: 'B', text: 'See {{policyLink}}' },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('duplicate id "a"');
      expect(result.message).toContain('{{policyLink}}');
    }
  });

  it('refuses a file that is not the right shape', () => {
    expect(parseCannedReplies({ replies: [] }).ok).toBe(false);
    expect(parseCannedReplies(null).ok).toBe(false);
  });
});

describe('variablesUsed', () => {
  it('lists each variable once, allowing spaces inside the braces', () => {
    expect(variablesUsed('{{ senderName }} {{clerkEmail}} {{senderName}}')).toEqual(['senderName', 'clerkEmail']);
  });
});
