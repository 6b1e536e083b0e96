// The clerk's automation rules and office hours: each change one write with its record entry.
import {
  defaultOfficeHours,
  officeHoursSchema,
  ruleDefinitionSchema,
  type OfficeHours,
  type RuleDefinition,
  type RuleView,
} from '../api/rules';
import type { Store } from '../store/store';
import type { RuleRow } from '../store/rules-repo';
import type { Write } from './write';

const officeHoursKey = 'officeHours';

/** The actor a rule's actions are recorded under: "Rule “Spam links”". */
export const ruleOperator = (name: string) => `Rule “${name}”`;

export function readOfficeHours(store: Store): OfficeHours {
  const parsed = officeHoursSchema.safeParse(store.settings.get(officeHoursKey));
  return parsed.success ? parsed.data : defaultOfficeHours;
}

export function saveOfficeHours(change: Write, hours: OfficeHours): OfficeHours {
  change.store.settings.set(officeHoursKey, hours, change.now);
  change.record({ itemId: null, kind: 'settings-changed', details: { changed: ['officeHours'], after: hours } });
  return hours;
}

/** A stored rule, or null when its stored definition no longer parses (it is then left out, never run half-read). */
export function toRuleView(row: RuleRow): RuleView | null {
  let json: unknown;
  try {
    json = JSON.parse(row.definition);
  } catch {
    return null;
  }
  const parsed = ruleDefinitionSchema.safeParse({
    ...(json as object),
    name: row.name,
    enabled: row.enabled === 1,
  });
  if (!parsed.success) return null;
  return { ...parsed.data, id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, standing: row.standing };
}

export function listRules(store: Store): RuleView[] {
  return store.rules
    .list()
    .map(toRuleView)
    .filter((rule) => rule !== null);
}

export type RuleWrite = { ok: true; rule: RuleView } | { ok: false; code: 'conflict' | 'not_found'; message: string };

const stored = (rule: RuleDefinition) => ({
  name: rule.name,
  enabled: rule.enabled,
  definition: JSON.stringify({ conditions: rule.conditions, actions: rule.actions }),
});

function checkTemplates(store: Store, rule: RuleDefinition): string | null {
  for (const id of [rule.actions.draftReplyTemplateId, rule.actions.acknowledgeTemplateId]) {
    if (id === undefined) continue;
    const template = store.templates.get(id);
    if (!template || template.retiredAt) return 'That canned reply is not available any more; choose another.';
  }
  return null;
}

export function createRule(change: Write, rule: RuleDefinition): RuleWrite {
  const { store } = change;
  if (store.rules.nameTaken(rule.name, null))
    return {
      ok: false,
      code: 'conflict',
      message: `There is already a rule called "${rule.name}"; choose another name.`,
    };
  const problem = checkTemplates(store, rule);
  if (problem) return { ok: false, code: 'not_found', message: problem };
  const id = store.rules.add(stored(rule), change.now);
  change.record({ itemId: null, kind: 'rule-added', details: { ruleId: id, ...rule } });
  return written(store, id);
}

export function updateRule(change: Write, id: number, rule: RuleDefinition): RuleWrite {
  const { store } = change;
  const before = store.rules.get(id);
  if (!before) return { ok: false, code: 'not_found', message: 'That rule is not there any more; reload the rules.' };
  if (store.rules.nameTaken(rule.name, id))
    return {
      ok: false,
      code: 'conflict',
      message: `There is already a rule called "${rule.name}"; choose another name.`,
    };
  const problem = checkTemplates(store, rule);
  if (problem) return { ok: false, code: 'not_found', message: problem };
  store.rules.update(id, stored(rule), change.now);
  change.record({
    itemId: null,
    kind: 'rule-changed',
    details: { ruleId: id, before: toRuleView(before), after: rule },
  });
  return written(store, id);
}

export function deleteRule(
  change: Write,
  id: number,
): { ok: true } | { ok: false; code: 'not_found'; message: string } {
  const before = change.store.rules.get(id);
  if (!before) return { ok: false, code: 'not_found', message: 'That rule is not there any more; reload the rules.' };
  change.store.rules.markDeleted(id, change.now);
  change.record({ itemId: null, kind: 'rule-deleted', details: { ruleId: id, name: before.name } });
  return { ok: true };
}

function written(store: Store, id: number): RuleWrite {
  const row = store.rules.get(id);
  const rule = row ? toRuleView(row) : null;
  return rule ? { ok: true, rule } : { ok: false, code: 'not_found', message: 'The rule could not be read back.' };
}
