// rules:* — the clerk's automation rules, their dry run on the last 30 days, and office hours.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { dryRun } from '../moderation/rule-runs';
import { createRule, deleteRule, listRules, readOfficeHours, saveOfficeHours, updateRule } from '../moderation/rules';
import { write } from '../moderation/write';
import type { HandlerContext } from './context';

type RuleMethods =
  'rules:list' | 'rules:create' | 'rules:update' | 'rules:delete' | 'rules:dryRun' | 'rules:saveOfficeHours';

export function ruleHandlers(context: HandlerContext): Pick<HandlerMap, RuleMethods> {
  const { store } = context;
  const view = () => ({ rules: listRules(store), officeHours: readOfficeHours(store) });
  return {
    'rules:list': () => ok(view()),
    'rules:create': (rule) => {
      const result = write(context, (change) => createRule(change, rule));
      return result.ok ? ok(result.rule) : fail(result.code, result.message);
    },
    'rules:update': ({ id, ...rule }) => {
      const result = write(context, (change) => updateRule(change, id, rule));
      return result.ok ? ok(result.rule) : fail(result.code, result.message);
    },
    'rules:delete': ({ id }) => {
      const result = write(context, (change) => deleteRule(change, id));
      return result.ok ? ok(view()) : fail(result.code, result.message);
    },
    'rules:dryRun': ({ conditions }) => ok(dryRun(store, conditions, context.now())),
    'rules:saveOfficeHours': (hours) => {
      write(context, (change) => saveOfficeHours(change, hours));
      return ok(view());
    },
  };
}
