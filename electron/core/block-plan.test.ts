import { describe, expect, it } from 'vitest';
import { planBlock } from './block-plan';

describe('planBlock', () => {
  it('blocks from a Facebook Page with a reversible platform block', () => {
    expect(planBlock('Facebook', 'page-block')).toMatchObject({ operation: 'block', reverse: 'unblock' });
  });

  it('mutes on X and says why it is not a block', () => {
    const plan = planBlock('X', 'mute');
    expect(plan).toMatchObject({ operation: 'mute', reverse: 'unmute' });
    expect(plan.description).toContain('X no longer lets apps block');
  });

  it('sends nothing to email, SMS or the website: the app files their messages itself', () => {
    const plan = planBlock('SMS', 'local-blocklist');
    expect(plan).toMatchObject({ operation: null, reverse: null });
    expect(plan.description).toMatch(/^SMS: the app's own blocklist.*filed in Blocked/);
  });
});
