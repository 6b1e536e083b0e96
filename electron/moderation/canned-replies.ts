// The council's canned replies: seeded from assets, then added to, reworded and retired by the clerk.
import type { CannedReplyView } from '../api/replies';
import { templateVariables, variablesUsed, type CannedReply } from '../core/canned-replies';
import type { Store } from '../store/store';
import type { TemplateRow } from '../store/templates-repo';
import type { Write } from './write';

export type TemplateResult =
  { ok: true; id: number } | { ok: false; code: 'not_found' | 'invalid_input' | 'conflict'; message: string };

export function toCannedReplyView(row: TemplateRow): CannedReplyView {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    text: row.text,
    setsConsent: row.setsConsent,
    version: row.version,
    retired: row.retiredAt !== null,
    variables: variablesUsed(row.text),
  };
}

/** Who the seeded replies' first versions are by. */
export const seededBy = 'the console (seeded)';

/** Adds the seeds the store has never had (a retired seed stays retired). Returns how many were added. */
export function seedTemplates(change: Write, seeds: readonly CannedReply[]): number {
  const { store } = change;
  let added = 0;
  for (const seed of seeds) {
    if (store.templates.getByKey(seed.id)) continue;
    store.templates.add(
      { key: seed.id, name: seed.name, text: seed.text, setsConsent: seed.setsConsent ?? false },
      change.operator,
      change.now,
    );
    added++;
  }
  return added;
}

function unknownVariables(text: string): string | null {
  const unknown = variablesUsed(text).filter((name) => !(templateVariables as readonly string[]).includes(name));
  if (unknown.length === 0) return null;
  return `${unknown.map((name) => `{{${name}}}`).join(', ')} ${unknown.length === 1 ? 'is not a variable' : 'are not variables'} the console knows. Use ${templateVariables.map((name) => `{{${name}}}`).join(', ')}.`;
}

function keyFor(store: Store, name: string): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'reply';
  let key = base;
  for (let n = 2; store.templates.getByKey(key); n++) key = `${base}-${n}`;
  return key;
}

export function addTemplate(
  change: Write,
  input: { name: string; text: string; setsConsent?: boolean | undefined },
): TemplateResult {
  const { store } = change;
  const problem = unknownVariables(input.text);
  if (problem) return { ok: false, code: 'invalid_input', message: problem };
  const id = store.templates.add(
    { key: keyFor(store, input.name), name: input.name, text: input.text, setsConsent: input.setsConsent ?? false },
    change.operator,
    change.now,
  );
  change.record({
    itemId: null,
    kind: 'template-added',
    details: { templateId: id, name: input.name, text: input.text },
  });
  return { ok: true, id };
}

export function editTemplate(change: Write, id: number, edit: { name: string; text: string }): TemplateResult {
  const { store } = change;
  const template = store.templates.get(id);
  if (!template)
    return { ok: false, code: 'not_found', message: `Canned reply ${id} does not exist. Reload the list.` };
  if (template.retiredAt)
    return { ok: false, code: 'conflict', message: `"${template.name}" is retired; add a new reply instead.` };
  const problem = unknownVariables(edit.text);
  if (problem) return { ok: false, code: 'invalid_input', message: problem };
  if (edit.name === template.name && edit.text === template.text) return { ok: true, id };
  const version = store.templates.edit(id, edit, change.operator, change.now);
  change.record({
    itemId: null,
    kind: 'template-edited',
    details: { templateId: id, version, before: { name: template.name, text: template.text }, after: edit },
  });
  return { ok: true, id };
}

export function retireTemplate(change: Write, id: number): TemplateResult {
  const { store } = change;
  const template = store.templates.get(id);
  if (!template)
    return { ok: false, code: 'not_found', message: `Canned reply ${id} does not exist. Reload the list.` };
  if (!store.templates.markRetired(id, change.now))
    return { ok: false, code: 'conflict', message: `"${template.name}" is already retired.` };
  change.record({ itemId: null, kind: 'template-retired', details: { templateId: id, name: template.name } });
  return { ok: true, id };
}
