// The rule form's state, and turning it into a rule (and a rule back into it) and into plain words.
import { channelNames, kindNames, type Channel, type ItemKind, type PolicyReasonId } from '../../electron/api/domain';
import type { RuleConditions, RuleDefinition, RuleView } from '../../electron/api/rules';

export interface RuleDraft {
  id: number | null;
  name: string;
  enabled: boolean;
  channels: Channel[];
  kinds: ItemKind[];
  words: string;
  link: 'any' | 'link' | 'domains';
  domains: string;
  reasonOn: boolean;
  reasonId: PolicyReasonId | 'any';
  minConfidence: 'medium' | 'high';
  strikesOn: boolean;
  minStrikes: string;
  senderBlocked: boolean;
  outsideOfficeHours: boolean;
  labelOn: boolean;
  label: string;
  priority: boolean;
  suggestOn: boolean;
  suggestReason: PolicyReasonId | '';
  draftOn: boolean;
  draftTemplateId: number | null;
  ackOn: boolean;
  ackTemplateId: number | null;
  hide: boolean;
}

export const emptyDraft: RuleDraft = {
  id: null,
  name: '',
  enabled: true,
  channels: [],
  kinds: [],
  words: '',
  link: 'any',
  domains: '',
  reasonOn: false,
  reasonId: 'any',
  minConfidence: 'high',
  strikesOn: false,
  minStrikes: '3',
  senderBlocked: false,
  outsideOfficeHours: false,
  labelOn: false,
  label: '',
  priority: false,
  suggestOn: false,
  suggestReason: '',
  draftOn: false,
  draftTemplateId: null,
  ackOn: false,
  ackTemplateId: null,
  hide: false,
};

/** Words and phrases one per line or separated by commas. */
const listOf = (text: string) =>
  text
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

export function conditionsOf(draft: RuleDraft): RuleConditions {
  const words = listOf(draft.words);
  const domains = listOf(draft.domains);
  return {
    ...(draft.channels.length > 0 ? { channels: draft.channels } : {}),
    ...(draft.kinds.length > 0 ? { kinds: draft.kinds } : {}),
    ...(words.length > 0 ? { words } : {}),
    ...(draft.link === 'link' ? { hasLink: true } : {}),
    ...(draft.link === 'domains' && domains.length > 0 ? { domains } : {}),
    ...(draft.reasonOn
      ? {
          suggestedReason: {
            reasonId: draft.reasonId === 'any' ? null : draft.reasonId,
            minConfidence: draft.minConfidence,
          },
        }
      : {}),
    ...(draft.strikesOn ? { minStrikes: Number(draft.minStrikes) } : {}),
    ...(draft.senderBlocked ? { senderBlocked: true as const } : {}),
    ...(draft.outsideOfficeHours ? { outsideOfficeHours: true as const } : {}),
  };
}

export function definitionOf(draft: RuleDraft): RuleDefinition {
  return {
    name: draft.name.trim(),
    enabled: draft.enabled,
    conditions: conditionsOf(draft),
    actions: {
      ...(draft.labelOn && draft.label.trim() !== '' ? { label: draft.label.trim() } : {}),
      ...(draft.priority ? { priority: true as const } : {}),
      ...(draft.suggestOn && draft.suggestReason !== '' ? { suggestReason: draft.suggestReason } : {}),
      ...(draft.draftOn && draft.draftTemplateId !== null ? { draftReplyTemplateId: draft.draftTemplateId } : {}),
      ...(draft.ackOn && draft.ackTemplateId !== null ? { acknowledgeTemplateId: draft.ackTemplateId } : {}),
      ...(draft.hide ? { hideUntilReviewed: true as const } : {}),
    },
  };
}

export function draftOf(rule: RuleView): RuleDraft {
  const { conditions: c, actions: a } = rule;
  return {
    ...emptyDraft,
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    channels: c.channels ?? [],
    kinds: c.kinds ?? [],
    words: (c.words ?? []).join(', '),
    link: c.domains ? 'domains' : c.hasLink ? 'link' : 'any',
    domains: (c.domains ?? []).join(', '),
    reasonOn: c.suggestedReason !== undefined,
    reasonId: c.suggestedReason?.reasonId ?? 'any',
    minConfidence: c.suggestedReason?.minConfidence ?? 'high',
    strikesOn: c.minStrikes !== undefined,
    minStrikes: String(c.minStrikes ?? 3),
    senderBlocked: c.senderBlocked === true,
    outsideOfficeHours: c.outsideOfficeHours === true,
    labelOn: a.label !== undefined,
    label: a.label ?? '',
    priority: a.priority === true,
    suggestOn: a.suggestReason !== undefined,
    suggestReason: a.suggestReason ?? '',
    draftOn: a.draftReplyTemplateId !== undefined,
    draftTemplateId: a.draftReplyTemplateId ?? null,
    ackOn: a.acknowledgeTemplateId !== undefined,
    ackTemplateId: a.acknowledgeTemplateId ?? null,
    hide: a.hideUntilReviewed === true,
  };
}

/** "On Facebook, with a link to cheap-shop.com, outside office hours". */
export function describeConditions(c: RuleConditions, reasonLabel: (id: PolicyReasonId) => string): string {
  const parts: string[] = [];
  if (c.channels) parts.push(`on ${c.channels.map((channel) => channelNames[channel]).join(' or ')}`);
  if (c.kinds) parts.push(c.kinds.map((kind) => kindNames[kind].toLowerCase()).join(' or '));
  if (c.words) parts.push(`with ${c.words.map((word) => `"${word}"`).join(' or ')}`);
  if (c.domains) parts.push(`with a link to ${c.domains.join(' or ')}`);
  else if (c.hasLink) parts.push('with a link');
  if (c.suggestedReason)
    parts.push(
      `suggested ${c.suggestedReason.reasonId ? reasonLabel(c.suggestedReason.reasonId) : 'any reason'} (${c.suggestedReason.minConfidence === 'high' ? 'strong' : 'medium or strong'})`,
    );
  if (c.minStrikes !== undefined) parts.push(`sender has ${c.minStrikes} or more strikes`);
  if (c.senderBlocked) parts.push('sender blocked');
  if (c.outsideOfficeHours) parts.push('outside office hours');
  return parts.join(', ');
}

export function describeActions(a: RuleDefinition['actions'], reasonLabel: (id: PolicyReasonId) => string): string {
  const parts: string[] = [];
  if (a.label) parts.push(`label "${a.label}"`);
  if (a.priority) parts.push('mark as priority');
  if (a.suggestReason) parts.push(`suggest ${reasonLabel(a.suggestReason)}`);
  if (a.draftReplyTemplateId !== undefined) parts.push('draft a reply for review');
  if (a.acknowledgeTemplateId !== undefined) parts.push('send the out-of-hours acknowledgement');
  if (a.hideUntilReviewed) parts.push('hide until reviewed');
  return parts.join(', ');
}
