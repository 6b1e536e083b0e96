// Fills {{variables}} in a reply; an unknown or empty variable is an error, never sent as braces.
export interface TemplateProblem {
  variable: string;
  problem: 'unknown' | 'empty';
}

export type RenderResult = { ok: true; text: string } | { ok: false; problems: TemplateProblem[] };

const variablePattern = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export function renderTemplate(
  template: string,
  variables: Readonly<Record<string, string | null | undefined>>,
): RenderResult {
  const problems: TemplateProblem[] = [];
  const text = template.replace(variablePattern, (_, name: string) => {
    if (!Object.hasOwn(variables, name)) {
      problems.push({ variable: name, problem: 'unknown' });
      return '';
    }
    const value = variables[name]?.trim() ?? '';
    if (value === '') problems.push({ variable: name, problem: 'empty' });
    return value;
  });
  if (problems.length > 0) return { ok: false, problems: dedupe(problems) };
  if (/\{\{|\}\}/.test(text))
    return { ok: false, problems: [{ variable: text.match(/\{\{[^}]*\}?\}?/)?.[0] ?? '{{', problem: 'unknown' }] };
  return { ok: true, text };
}

export function describeTemplateProblems(problems: readonly TemplateProblem[]): string {
  return problems
    .map(({ variable, problem }) =>
      problem === 'unknown'
        ? `{{${variable}}} is not a variable the console knows`
        : `{{${variable}}} has no value yet (fill it in under Policy settings)`,
    )
    .join('; ');
}

function dedupe(problems: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.variable}:${problem.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Fills what can be filled and leaves the rest visible as {{placeholder}} for the clerk to complete,
 * with the reason; `describe` words a problem in the caller's terms.
 */
export function fillTemplate(
  template: string,
  variables: Readonly<Record<string, string | null | undefined>>,
  describe: (problems: readonly TemplateProblem[]) => string = describeTemplateProblems,
): { text: string; problem: string | null } {
  const rendered = renderTemplate(template, variables);
  if (rendered.ok) return { text: rendered.text, problem: null };
  const text = template.replace(variablePattern, (placeholder, name: string) => {
    const value = Object.hasOwn(variables, name) ? variables[name]?.trim() : undefined;
    return value ? value : placeholder;
  });
  return { text, problem: describe(rendered.problems) };
}
