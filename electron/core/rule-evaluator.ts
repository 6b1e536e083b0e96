// Automation rules, pure: whether a rule's conditions hold for an item, and what its actions come to there.
import type { RemovalMethod } from '../api/capabilities';
import type { Channel, ItemKind, PolicyReasonId } from '../api/domain';
import type { OfficeHours, RuleActions, RuleConditions } from '../api/rules';
import { outsideOfficeHours } from './office-hours';

/** What a rule may look at about one incoming item. */
export interface RuleFacts {
  channel: Channel;
  kind: ItemKind;
  text: string;
  subject: string | null;
  receivedAt: string;
  suggestion: { reasonId: PolicyReasonId; confidence: 'high' | 'medium' } | null;
  strikes: number;
  senderBlocked: boolean;
}

/** What the item's channel can do, for "hide until reviewed". */
export interface RuleChannel {
  removal: RemovalMethod;
  canRestore: boolean;
}

export interface CompiledRule {
  matches(facts: RuleFacts): boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Links as people type them: with a scheme, with www., or a bare host on a common ending (not an email address).
const linkPattern =
  /\bhttps?:\/\/([^\s/?#<>"']+)|\bwww\.([^\s/?#<>"']+)|(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|co\.uk|org\.uk|uk|org|net|io|shop|biz|info|xyz|me|ly))\b/gi;

/** The host names of the links in a text, lower case, without www. */
export function linkHosts(text: string): string[] {
  const hosts: string[] = [];
  for (const match of text.matchAll(linkPattern)) {
    const host = (match[1] ?? match[2] ?? match[3] ?? '')
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/:\d+$/, '');
    if (host) hosts.push(host);
  }
  return hosts;
}

const rank = { medium: 1, high: 2 } as const;

/** Compiles once (word patterns), so testing one item is a few comparisons. */
export function compileRule(conditions: RuleConditions, officeHours: OfficeHours): CompiledRule {
  const words = conditions.words
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${conditions.words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu')
    : null;
  const channels = conditions.channels ? new Set(conditions.channels) : null;
  const kinds = conditions.kinds ? new Set(conditions.kinds) : null;
  const domains = conditions.domains ?? null;
  const wantsLink = conditions.hasLink === true || domains !== null;
  return {
    matches(facts) {
      if (channels && !channels.has(facts.channel)) return false;
      if (kinds && !kinds.has(facts.kind)) return false;
      if (conditions.senderBlocked && !facts.senderBlocked) return false;
      if (conditions.minStrikes !== undefined && facts.strikes < conditions.minStrikes) return false;
      const wanted = conditions.suggestedReason;
      if (wanted) {
        const got = facts.suggestion;
        if (!got || rank[got.confidence] < rank[wanted.minConfidence]) return false;
        if (wanted.reasonId !== null && got.reasonId !== wanted.reasonId) return false;
      }
      const whole = facts.subject ? `${facts.subject}\n${facts.text}` : facts.text;
      if (words && !words.test(whole)) return false;
      if (wantsLink) {
        const hosts = linkHosts(whole);
        if (hosts.length === 0) return false;
        if (domains && !hosts.some((host) => domains.some((d) => host === d || host.endsWith(`.${d}`)))) return false;
      }
      if (conditions.outsideOfficeHours && !outsideOfficeHours(facts.receivedAt, officeHours)) return false;
      return true;
    },
  };
}

/** One thing a rule does to an item. */
export type RuleEffect =
  | { kind: 'label'; label: string }
  | { kind: 'priority' }
  | { kind: 'suggest-reason'; reasonId: PolicyReasonId }
  | { kind: 'draft-reply'; templateId: number }
  | { kind: 'acknowledge'; templateId: number }
  | { kind: 'hide' };

/** What a rule's actions come to for this item; what the item's channel or the hour does not allow is left out, with why. */
export function planRuleEffects(
  actions: RuleActions,
  channel: RuleChannel,
  receivedAt: string,
  officeHours: OfficeHours,
): { effects: RuleEffect[]; skipped: string[] } {
  const effects: RuleEffect[] = [];
  const skipped: string[] = [];
  if (actions.label) effects.push({ kind: 'label', label: actions.label });
  if (actions.priority) effects.push({ kind: 'priority' });
  if (actions.suggestReason) effects.push({ kind: 'suggest-reason', reasonId: actions.suggestReason });
  if (actions.draftReplyTemplateId !== undefined)
    effects.push({ kind: 'draft-reply', templateId: actions.draftReplyTemplateId });
  if (actions.acknowledgeTemplateId !== undefined) {
    if (outsideOfficeHours(receivedAt, officeHours))
      effects.push({ kind: 'acknowledge', templateId: actions.acknowledgeTemplateId });
    else skipped.push('no out-of-hours acknowledgement: it arrived in office hours');
  }
  if (actions.hideUntilReviewed) {
    if (canHideUntilReviewed(channel)) effects.push({ kind: 'hide' });
    else skipped.push('not hidden: this channel cannot hide it and show it again');
  }
  return { effects, skipped };
}

/** Only a hide the channel can take back: Facebook page comments and X replies, not deletions or moves. */
export function canHideUntilReviewed(channel: RuleChannel): boolean {
  return channel.removal === 'hide' && channel.canRestore;
}
