import { describe, expect, it } from 'vitest';
import { policyBlocks } from './policy-text';

describe('policyBlocks', () => {
  it('keeps headings, list items and paragraphs, without Markdown syntax', () => {
    const markdown =
      '# WEST END PARISH COUNCIL\n\nE-mail: [enquiries@x.gov.uk](mailto:enquiries@x.gov.uk)\nmore\n\n- Obscene or racist content\n- Potentially libellous statements.\n\n**SMS (texting).**\n\nMembers may use SMS.';
    expect(policyBlocks(markdown)).toEqual([
      { kind: 'heading', text: 'WEST END PARISH COUNCIL' },
      { kind: 'paragraph', text: 'E-mail: enquiries@x.gov.uk more' },
      { kind: 'item', text: 'Obscene or racist content' },
      { kind: 'item', text: 'Potentially libellous statements.' },
      { kind: 'heading', text: 'SMS (texting).' },
      { kind: 'paragraph', text: 'Members may use SMS.' },
    ]);
  });
});
