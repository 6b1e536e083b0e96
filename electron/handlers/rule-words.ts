// What a rule did, in the clerk's words, for the record and the detail pane.
import { channelNames, type Channel } from '../api/domain';
import type { RuleEffectView } from '../api/rules';
import type { PolicyData } from '../core/policy';
import type { RuleEffect } from '../core/rule-evaluator';
import type { RuleRunRow } from '../store/rules-repo';
import type { TemplateRow } from '../store/templates-repo';

const reasonLabel = (policy: PolicyData, id: string) => policy.reasons.find((reason) => reason.id === id)?.label ?? id;

export function effectWords(
  effect: RuleEffect,
  policy: PolicyData,
  channel: Channel | null,
  templateName: string | null,
): string {
  switch (effect.kind) {
    case 'label':
      return `labelled "${effect.label}"`;
    case 'priority':
      return 'marked as priority';
    case 'suggest-reason':
      return `suggested: ${reasonLabel(policy, effect.reasonId)}`;
    case 'draft-reply':
      return `reply drafted for you to review${templateName ? ` ("${templateName}")` : ''}`;
    case 'acknowledge':
      return 'out-of-hours acknowledgement sent';
    case 'hide':
      return `hidden${channel ? ` on ${channelNames[channel]}` : ''} until reviewed`;
  }
}

const isEffect = (value: unknown): value is RuleEffect =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';

/** "Done by rule “Spam links”: labelled "Spam"; hidden on Facebook until reviewed". */
export function ruleAppliedSummary(
  details: Record<string, unknown>,
  policy: PolicyData,
  channel: Channel | null,
): string {
  const name = typeof details.ruleName === 'string' ? details.ruleName : '';
  const templateName = typeof details.templateName === 'string' ? details.templateName : null;
  const effects = Array.isArray(details.effects) ? details.effects.filter(isEffect) : [];
  const skipped = Array.isArray(details.skipped)
    ? details.skipped.filter((entry): entry is string => typeof entry === 'string')
    : [];
  const parts = [...effects.map((effect) => effectWords(effect, policy, channel, templateName)), ...skipped];
  return `Done by rule “${name}”${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`;
}

/** What a rule did to an item and still stands, for the detail pane. */
export function ruleEffectView(
  run: RuleRunRow,
  policy: PolicyData,
  channel: Channel,
  template: Pick<TemplateRow, 'id' | 'name' | 'retiredAt'> | null,
) {
  const done: string[] = [];
  if (run.label) done.push(effectWords({ kind: 'label', label: run.label }, policy, channel, null));
  if (run.priority === 1) done.push(effectWords({ kind: 'priority' }, policy, channel, null));
  if (run.suggested_reason_id)
    done.push(effectWords({ kind: 'suggest-reason', reasonId: run.suggested_reason_id }, policy, channel, null));
  if (run.hidden === 1) done.push(effectWords({ kind: 'hide' }, policy, channel, null));
  if (run.reply_action_id !== null)
    done.push(effectWords({ kind: 'acknowledge', templateId: 0 }, policy, channel, null));
  const view: RuleEffectView = {
    actionId: run.action_id,
    ruleName: run.rule_name,
    at: run.created_at,
    done,
    draft:
      run.draft_text !== null
        ? {
            templateName: template?.name ?? 'Canned reply',
            // A retired canned reply cannot be chosen in the composer any more.
            templateId: template && template.retiredAt === null ? template.id : null,
            text: run.draft_text,
          }
        : null,
  };
  return view;
}
