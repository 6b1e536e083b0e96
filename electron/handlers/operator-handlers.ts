// operators:*, handover:note — the clerk and the deputy clerk.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { chooseOperator, currentOperator, operatorsView } from '../moderation/operators';
import { toActionRecord } from './action-summary';
import { londonDate } from '../core/london-date';
import { requestsSummary } from '../moderation/request-views';
import type { HandlerContext } from './context';

type OperatorMethods = 'operators:list' | 'operators:choose' | 'operators:save' | 'handover:note';

export function operatorHandlers(context: HandlerContext): Pick<HandlerMap, OperatorMethods> {
  const { store, policy } = context;
  const now = () => context.now().toISOString();
  return {
    'operators:list': () => ok(operatorsView(store)),
    'operators:choose': ({ id }) => {
      const operator = store.operators.get(id);
      if (!operator) return fail('not_found', 'That operator profile does not exist; reload.');
      const handover = {
        ...store.transaction(() => chooseOperator(store, (action) => toActionRecord(action, policy), operator, now())),
        requests: requestsSummary(store, londonDate(context.now())),
      };
      context.events.publish({ type: 'operator:changed', operatorId: operator.id });
      return ok({ view: operatorsView(store), handover });
    },
    'operators:save': ({ id, name, role, signature, email }) => {
      const saved = store.transaction(() => {
        const operatorId = id ?? store.operators.add({ name, role, signature, email }, now());
        if (id !== undefined) {
          if (!store.operators.get(id)) return null;
          store.operators.save({ id, name, role, signature, email });
        }
        store.actions.append({
          itemId: null,
          kind: 'operator-saved',
          operator: currentOperator(store).name,
          details: { operatorId, name, role },
          createdAt: now(),
        });
        return store.operators.get(operatorId);
      });
      return saved ? ok(saved) : fail('not_found', 'That operator profile does not exist; reload.');
    },
    'handover:note': ({ toId, text }) => {
      const id = store.actions.append({
        itemId: null,
        kind: 'handover-note',
        operator: currentOperator(store).name,
        details: { to: toId, text },
        createdAt: now(),
      });
      return ok({ id });
    },
  };
}
