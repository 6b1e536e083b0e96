import { describe, expect, it } from 'vitest';
import { defaultOfficeHours, ruleActionsSchema, ruleConditionsSchema, ruleDefinitionSchema } from '../api/rules';
import { outsideOfficeHours } from './office-hours';
import { compileRule, linkHosts, planRuleEffects, type RuleFacts } from './rule-evaluator';

const facts = (overrides: Partial<RuleFacts> = {}): RuleFacts => ({
  channel: 'facebook',
  kind: 'comment',
  text: 'When will the pothole on Mill Lane be filled?',
  subject: null,
  // A Tuesday, 10:00 in London (GMT).
  receivedAt: '2026-12-01T10:00:00.000Z',
  suggestion: null,
  strikes: 0,
  senderBlocked: false,
  ...overrides,
});
const matches = (conditions: Parameters<typeof compileRule>[0], item: RuleFacts) =>
  compileRule(conditions, defaultOfficeHours).matches(item);

describe('rule conditions', () => {
  it('channel and kind', () => {
    expect(matches({ channels: ['facebook'] }, facts())).toBe(true);
    expect(matches({ channels: ['x', 'email'] }, facts())).toBe(false);
    expect(matches({ kinds: ['comment'] }, facts({ channel: 'website' }))).toBe(true);
    expect(matches({ kinds: ['message'] }, facts())).toBe(false);
  });

  it('words and phrases, whole words, any case, in the subject too', () => {
    expect(matches({ words: ['pothole'] }, facts())).toBe(true);
    expect(matches({ words: ['POTHOLE'] }, facts())).toBe(true);
    expect(matches({ words: ['pot'] }, facts())).toBe(false);
    expect(matches({ words: ['mill lane'] }, facts())).toBe(true);
    expect(matches({ words: ['free trial', 'bitcoin'] }, facts({ text: 'Earn BITCOIN today' }))).toBe(true);
    expect(matches({ words: ['allotments'] }, facts({ subject: 'Allotments', text: 'See above' }))).toBe(true);
    // A word with regex characters is matched as written.
    expect(matches({ words: ['c++ (club)'] }, facts({ text: 'The c++ (club) meets' }))).toBe(true);
  });

  it('has a link, or a link to a given domain (subdomains count; email addresses are not links)', () => {
    expect(matches({ hasLink: true }, facts())).toBe(false);
    expect(matches({ hasLink: true }, facts({ text: 'Write to clerk@ashcombe.org.uk' }))).toBe(false);
    expect(matches({ hasLink: true }, facts({ text: 'see https://cheap-shop.com/deal' }))).toBe(true);
    expect(matches({ hasLink: true }, facts({ text: 'see www.cheap-shop.com' }))).toBe(true);
    expect(matches({ domains: ['cheap-shop.com'] }, facts({ text: 'go to https://offers.cheap-shop.com/x' }))).toBe(
      true,
    );
    expect(matches({ domains: ['cheap-shop.com'] }, facts({ text: 'go to notcheap-shop.com' }))).toBe(false);
    expect(matches({ domains: ['gov.uk'] }, facts({ text: 'bbc.co.uk/news' }))).toBe(false);
    expect(linkHosts('http://Example.COM:8080/path and www.bbc.co.uk')).toEqual(['example.com', 'bbc.co.uk']);
  });

  it('suggested reason and how strongly', () => {
    const strong = facts({ suggestion: { reasonId: 'commercial-spam', confidence: 'high' } });
    const medium = facts({ suggestion: { reasonId: 'commercial-spam', confidence: 'medium' } });
    expect(matches({ suggestedReason: { reasonId: 'commercial-spam', minConfidence: 'high' } }, strong)).toBe(true);
    expect(matches({ suggestedReason: { reasonId: 'commercial-spam', minConfidence: 'high' } }, medium)).toBe(false);
    expect(matches({ suggestedReason: { reasonId: 'commercial-spam', minConfidence: 'medium' } }, medium)).toBe(true);
    expect(matches({ suggestedReason: { reasonId: 'libellous', minConfidence: 'medium' } }, strong)).toBe(false);
    expect(matches({ suggestedReason: { reasonId: null, minConfidence: 'medium' } }, medium)).toBe(true);
    expect(matches({ suggestedReason: { reasonId: null, minConfidence: 'medium' } }, facts())).toBe(false);
  });

  it("sender's strikes at least N, sender blocked", () => {
    expect(matches({ minStrikes: 2 }, facts({ strikes: 2 }))).toBe(true);
    expect(matches({ minStrikes: 2 }, facts({ strikes: 1 }))).toBe(false);
    expect(matches({ senderBlocked: true }, facts({ senderBlocked: true }))).toBe(true);
    expect(matches({ senderBlocked: true }, facts())).toBe(false);
  });

  it('outside office hours, and all conditions together', () => {
    expect(matches({ outsideOfficeHours: true }, facts())).toBe(false);
    expect(matches({ outsideOfficeHours: true }, facts({ receivedAt: '2026-12-01T18:30:00.000Z' }))).toBe(true);
    expect(matches({ outsideOfficeHours: true }, facts({ receivedAt: '2026-12-05T10:00:00.000Z' }))).toBe(true);
    const rule = { channels: ['facebook' as const], words: ['pothole'], outsideOfficeHours: true as const };
    expect(matches(rule, facts({ receivedAt: '2026-12-01T20:00:00.000Z' }))).toBe(true);
    expect(matches(rule, facts({ receivedAt: '2026-12-01T20:00:00.000Z', channel: 'x' }))).toBe(false);
  });
});

describe('office hours across the change to and from summer time', () => {
  const hours = defaultOfficeHours;
  it('reads the UK clock: 08:30 UTC is 09:30 BST in summer (open) and 08:30 GMT in winter (closed)', () => {
    // Wednesday 1 July 2026 (BST) and Wednesday 2 December 2026 (GMT).
    expect(outsideOfficeHours('2026-07-01T08:30:00.000Z', hours)).toBe(false);
    expect(outsideOfficeHours('2026-12-02T08:30:00.000Z', hours)).toBe(true);
    // 16:30 UTC is 17:30 BST (closed) but 16:30 GMT (open).
    expect(outsideOfficeHours('2026-07-01T16:30:00.000Z', hours)).toBe(true);
    expect(outsideOfficeHours('2026-12-02T16:30:00.000Z', hours)).toBe(false);
  });

  it('on the Mondays after the clocks change (29 March and 25 October 2026)', () => {
    // Monday 30 March 2026, BST: 08:00 UTC is 09:00 local, open; 07:59 UTC is 08:59, closed.
    expect(outsideOfficeHours('2026-03-30T08:00:00.000Z', hours)).toBe(false);
    expect(outsideOfficeHours('2026-03-30T07:59:00.000Z', hours)).toBe(true);
    // Friday 23 October (BST): 16:00 UTC is 17:00, closed. Monday 26 October (GMT): 16:00 UTC is 16:00, open.
    expect(outsideOfficeHours('2026-10-23T16:00:00.000Z', hours)).toBe(true);
    expect(outsideOfficeHours('2026-10-26T16:00:00.000Z', hours)).toBe(false);
    // Saturday night into Sunday 00:30 BST is a Sunday in the UK, though still Saturday in UTC.
    expect(
      outsideOfficeHours('2026-07-03T23:30:00.000Z', {
        ...hours,
        days: [0, 1, 2, 3, 4, 5, 6],
        opens: '00:00',
        closes: '01:00',
      }),
    ).toBe(false);
  });
});

describe('rule actions', () => {
  const hide = { removal: 'hide' as const, canRestore: true };
  const evening = '2026-12-01T19:00:00.000Z';
  it('label, priority, suggest a reason, draft a reply: each planned as it is', () => {
    const plan = planRuleEffects(
      { label: 'Spam', priority: true, suggestReason: 'commercial-spam', draftReplyTemplateId: 4 },
      hide,
      evening,
      defaultOfficeHours,
    );
    expect(plan.effects).toEqual([
      { kind: 'label', label: 'Spam' },
      { kind: 'priority' },
      { kind: 'suggest-reason', reasonId: 'commercial-spam' },
      { kind: 'draft-reply', templateId: 4 },
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('the out-of-hours acknowledgement goes only outside office hours', () => {
    expect(planRuleEffects({ acknowledgeTemplateId: 5 }, hide, evening, defaultOfficeHours).effects).toEqual([
      { kind: 'acknowledge', templateId: 5 },
    ]);
    const inHours = planRuleEffects({ acknowledgeTemplateId: 5 }, hide, '2026-12-01T11:00:00.000Z', defaultOfficeHours);
    expect(inHours.effects).toEqual([]);
    expect(inHours.skipped[0]).toMatch(/office hours/);
  });

  it('hide until reviewed only where the channel can show it again', () => {
    expect(planRuleEffects({ hideUntilReviewed: true }, hide, evening, defaultOfficeHours).effects).toEqual([
      { kind: 'hide' },
    ]);
    for (const channel of [
      { removal: 'record-only' as const, canRestore: false },
      { removal: 'delete' as const, canRestore: false },
      { removal: 'move-to-folder' as const, canRestore: true },
      { removal: 'trash' as const, canRestore: true },
    ]) {
      const plan = planRuleEffects({ hideUntilReviewed: true }, channel, evening, defaultOfficeHours);
      expect(plan.effects).toEqual([]);
      expect(plan.skipped[0]).toMatch(/cannot hide/);
    }
  });
});

describe('what a rule may be', () => {
  const valid = {
    name: 'Spam links',
    enabled: true,
    conditions: { hasLink: true },
    actions: { label: 'Spam' },
  };
  it('accepts a rule of conditions and actions', () => {
    expect(ruleDefinitionSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a rule that deletes or blocks: they cannot be written down', () => {
    for (const actions of [{ delete: true }, { block: true }, { label: 'Spam', delete: true }, { blockSender: true }]) {
      const parsed = ruleDefinitionSchema.safeParse({ ...valid, actions });
      expect(parsed.success).toBe(false);
    }
    expect(ruleActionsSchema.safeParse({ remove: 'commercial-spam' }).success).toBe(false);
  });

  it('refuses a rule with no condition or no action, and a web address with a scheme', () => {
    expect(ruleDefinitionSchema.safeParse({ ...valid, conditions: {} }).success).toBe(false);
    expect(ruleDefinitionSchema.safeParse({ ...valid, actions: {} }).success).toBe(false);
    expect(ruleConditionsSchema.safeParse({ domains: ['https://shop.com'] }).success).toBe(false);
    expect(ruleConditionsSchema.safeParse({ domains: ['Shop.COM'] })).toMatchObject({
      data: { domains: ['shop.com'] },
    });
  });
});
