// Rules at work: run on each incoming item, tried on the last 30 days, and undone. What the rules do to a batch
// of new items is one write of record + outbox, like a clerk's; every action is recorded under the rule that
// acted ("Rule “Spam links”"), never under whoever is working.
import type { ReplyForm } from '../api/capabilities';
import type { DryRunResult, OfficeHours, RuleConditions, RuleView } from '../api/rules';
import { kindCapabilities } from '../channels/capabilities';
import { channelRequest, idempotencyKey } from '../channels/channel-operations';
import { unattendedSignOff } from '../core/canned-replies';
import { fillTemplate } from '../core/render-template';
import { compileRule, planRuleEffects, type CompiledRule, type RuleFacts } from '../core/rule-evaluator';
import type { Store } from '../store/store';
import type { ItemRow } from '../store/items-repo';
import { readPolicySettings } from './council-settings';
import { strikeCountsFor } from './repeat-offenders';
import { replyFormOptions, sendReply } from './replies';
import { readOfficeHours, ruleOperator, toRuleView } from './rules';
import { write, type Write, type Writer } from './write';

/** An acknowledgement goes to one sender at most once in this long, however many items they send. */
const acknowledgeOncePerMs = 12 * 3600_000;
/** Where the sender is best answered privately first. */
const acknowledgeForms: readonly ReplyForm[] = ['email', 'sms', 'direct-message', 'private-reply', 'public-reply'];

interface Compiled {
  version: string;
  hours: OfficeHours;
  rules: { rule: RuleView; test: CompiledRule }[];
  needsStrikes: boolean;
}
// Parsed and compiled once per change of the rules or office hours, not for every item that arrives.
const compiledRules = new WeakMap<Store, Compiled>();

function enabledRules(store: Store): Compiled {
  const version = store.rules.enabledVersion();
  const cached = compiledRules.get(store);
  if (cached?.version === version) return cached;
  const hours = readOfficeHours(store);
  const rules = store.rules
    .enabled()
    .map((row) => toRuleView({ ...row, standing: 0 }))
    .filter((rule) => rule !== null)
    .map((rule) => ({ rule, test: compileRule(rule.conditions, hours) }));
  const compiled = {
    version,
    hours,
    rules,
    needsStrikes: rules.some(({ rule }) => rule.conditions.minStrikes !== undefined),
  };
  compiledRules.set(store, compiled);
  return compiled;
}

function factsOf(row: ItemRow, strikes: number): RuleFacts {
  return {
    channel: row.channel,
    kind: row.kind,
    text: row.text,
    subject: row.subject,
    receivedAt: row.received_at,
    suggestion:
      row.suggested_reason_id && row.suggested_confidence
        ? { reasonId: row.suggested_reason_id, confidence: row.suggested_confidence }
        : null,
    strikes,
    senderBlocked: row.sender_blocked === 1,
  };
}

/** Runs the clerk's rules on new items (after they are committed). Returns how many times a rule acted. */
export function applyRules(writer: Writer, itemIds: readonly number[], councilName: string): number {
  if (itemIds.length === 0) return 0;
  const { store } = writer;
  const { rules: compiled, hours, needsStrikes } = enabledRules(store);
  if (compiled.length === 0) return 0;
  return write(writer, (change) => {
    const now = change.at;
    let acted = 0;
    for (const id of itemIds) {
      const row = store.items.get(id);
      if (!row || row.from_council === 1) continue;
      const strikes = needsStrikes ? (strikeCountsFor(store, [row], now).get(row.person_id) ?? 0) : 0;
      const facts = factsOf(row, strikes);
      for (const { rule, test } of compiled) {
        if (!test.matches(facts)) continue;
        actOn(change, rule, row, hours, councilName);
        acted++;
      }
    }
    return acted;
  });
}

function actOn(change: Write, rule: RuleView, row: ItemRow, hours: OfficeHours, councilName: string): void {
  const { store, now: at } = change;
  const operator = ruleOperator(rule.name);
  const { effects, skipped } = planRuleEffects(
    rule.actions,
    kindCapabilities(row.channel, row.kind),
    row.received_at,
    hours,
  );
  let draft: { templateId: number; templateName: string; text: string } | null = null;
  let replyActionId: number | null = null;
  for (const effect of effects) {
    if (effect.kind === 'draft-reply') {
      const template = store.templates.get(effect.templateId);
      if (!template || template.retiredAt) skipped.push('no reply drafted: the canned reply has been retired');
      else
        draft = {
          templateId: template.id,
          templateName: template.name,
          text: filled(store, row, template.text, councilName).text,
        };
    } else if (effect.kind === 'acknowledge') {
      const outcome = acknowledge(change, row, effect.templateId, operator, councilName);
      if (typeof outcome === 'number') replyActionId = outcome;
      else skipped.push(outcome);
    }
  }
  const has = (kind: string) => effects.some((effect) => effect.kind === kind);
  const done = effects
    .filter((effect) => !(effect.kind === 'acknowledge' && replyActionId === null))
    .filter((effect) => !(effect.kind === 'draft-reply' && draft === null));
  const actionId = change.record({
    itemId: row.id,
    kind: 'rule-applied',
    operator,
    reasonId: rule.actions.suggestReason ?? null,
    details: {
      ruleId: rule.id,
      ruleName: rule.name,
      channel: row.channel,
      effects: done,
      skipped,
      label: rule.actions.label ?? null,
      templateName: draft?.templateName ?? null,
      replyActionId,
    },
  });
  if (has('hide')) {
    store.outbox.enqueue({
      actionId,
      accountId: row.account_id,
      itemId: row.id,
      ...channelRequest('hide', { externalId: row.external_id }),
      idempotencyKey: idempotencyKey(actionId, 'hide'),
      now: at,
    });
  }
  store.rules.addRun({
    actionId,
    ruleId: rule.id,
    itemId: row.id,
    label: rule.actions.label ?? null,
    priority: has('priority'),
    suggestedReasonId: rule.actions.suggestReason ?? null,
    draftTemplateId: draft?.templateId ?? null,
    draftText: draft?.text ?? null,
    hidden: has('hide'),
    replyActionId,
    createdAt: at,
  });
}

function filled(store: Store, row: ItemRow, text: string, councilName: string) {
  const settings = readPolicySettings(store, councilName);
  return fillTemplate(text, {
    senderName: /\p{L}/u.test(row.author_name) ? row.author_name : '',
    councilName: settings.councilName,
    clerkEmail: settings.clerkEmail,
    policyUrl: settings.policyUrl,
    consentFormUrl: settings.consentFormUrl,
    operatorName: unattendedSignOff,
  });
}

/** Sends the out-of-hours acknowledgement; returns its action, or why it was not sent. */
function acknowledge(
  change: Write,
  row: ItemRow,
  templateId: number,
  operator: string,
  councilName: string,
): number | string {
  const { store, at: now } = change;
  if (store.rules.acknowledgedSince(row.author_id, new Date(now.getTime() - acknowledgeOncePerMs).toISOString()))
    return 'no out-of-hours acknowledgement: this sender had one in the last 12 hours';
  const template = store.templates.get(templateId);
  if (!template || template.retiredAt) return 'no out-of-hours acknowledgement: the canned reply has been retired';
  const text = filled(store, row, template.text, councilName);
  // Half a message is never sent: the clerk sees the item as usual.
  if (text.problem) return `no out-of-hours acknowledgement: ${text.problem}`;
  const options = replyFormOptions(store, row, now);
  const form = acknowledgeForms.find((candidate) => options.some((o) => o.form === candidate && o.available));
  if (!form) return 'no out-of-hours acknowledgement: this item cannot be answered on its channel now';
  const sent = sendReply(change, row, {
    form,
    text: text.text,
    templateId,
    operator,
    councilName,
    automatic: 'rule',
  });
  return sent.ok ? sent.actionId : `no out-of-hours acknowledgement: ${sent.message}`;
}

/** How many items of the last `days` days the conditions would have matched, with the newest few. */
export function dryRun(store: Store, conditions: RuleConditions, now: Date, days = 30): DryRunResult {
  const hours = readOfficeHours(store);
  const test = compileRule(conditions, hours);
  const from = new Date(now.getTime() - days * 86_400_000).toISOString();
  const rows = store.rules.itemsSince(from, 200_000);
  const strikes =
    conditions.minStrikes !== undefined
      ? strikeCountsFor(
          store,
          rows.map((row) => ({ person_id: row.person_id })),
          now,
        )
      : new Map<number, number>();
  let matched = 0;
  const examples: DryRunResult['examples'] = [];
  for (const row of rows) {
    const facts: RuleFacts = {
      channel: row.channel as RuleFacts['channel'],
      kind: row.kind as RuleFacts['kind'],
      text: row.text,
      subject: row.subject,
      receivedAt: row.received_at,
      suggestion:
        row.suggested_reason_id && row.suggested_confidence
          ? { reasonId: row.suggested_reason_id, confidence: row.suggested_confidence }
          : null,
      strikes: strikes.get(row.person_id) ?? 0,
      senderBlocked: row.sender_blocked === 1,
    };
    if (!test.matches(facts)) continue;
    matched++;
    if (examples.length < 5) {
      const line = row.text.replace(/\s+/g, ' ').trim();
      examples.push({
        itemId: row.id,
        channel: facts.channel,
        kind: facts.kind,
        authorName: row.author_name,
        excerpt: line.length > 140 ? `${line.slice(0, 139)}…` : line,
        receivedAt: row.received_at,
      });
    }
  }
  return { matched, looked: rows.length, days, examples };
}
