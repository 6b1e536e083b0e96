import { describe, expect, it } from 'vitest';
import { describeTemplateProblems, renderTemplate } from './render-template';

describe('renderTemplate', () => {
  it('fills every variable', () => {
    expect(
      renderTemplate('Dear {{senderName}}, email {{ clerkEmail }}.', {
        senderName: 'Ruth',
        clerkEmail: 'clerk@ashcombe-pc.example',
      }),
    ).toEqual({
      ok: true,
      text: 'Dear Ruth, email clerk@ashcombe-pc.example.',
    });
  });

  it('reports unknown and empty variables instead of sending braces', () => {
    const result = renderTemplate('Dear {{senderName}}, see {{policyLink}} or {{councilName}}', {
      senderName: ' ',
      councilName: 'Ashcombe',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { variable: 'senderName', problem: 'empty' },
        { variable: 'policyLink', problem: 'unknown' },
      ],
    });
    if (!result.ok) expect(describeTemplateProblems(result.problems)).toContain('{{policyLink}} is not a variable');
  });

  it('refuses stray braces that are not a variable', () => {
    expect(renderTemplate('Hello {{ 1 }}', {}).ok).toBe(false);
  });
});
