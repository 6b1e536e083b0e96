// operators:*, handover:note — the clerk and the deputy clerk.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import { chooseOperator, leaveHandoverNote, operatorsView, saveOperator } from '../moderation/operators';
import { write } from '../moderation/write';
import { toActionRecord } from './action-summary';
import { londonDate } from '../core/london-date';
import { requestsSummary } from '../moderation/request-views';
import type { HandlerContext } from './context';

type OperatorMethods = 'operators:list' | 'operators:choose' | 'operators:save' | 'handover:note';

export function operatorHandlers(context: HandlerContext): Pick<HandlerMap, OperatorMethods> {
  const { store, policy } = context;
  return {
    'operators:list': () => ok(operatorsView(store)),
    'operators:choose': ({ id }) => {
      const operator = store.operators.get(id);
      if (!operator) return fail('not_found', 'That operator profile does not exist; reload.');
      const handover = {
        ...write(context, (change) => chooseOperator(change, (action) => toActionRecord(action, policy), operator)),
        requests: requestsSummary(store, londonDate(context.now())),
      };
      return ok({ view: operatorsView(store), handover });
    },
    'operators:save': (profile) => {
      const saved = write(context, (change) => saveOperator(change, profile));
      return saved ? ok(saved) : fail('not_found', 'That operator profile does not exist; reload.');
    },
    'handover:note': ({ toId, text }) => ok({ id: write(context, (change) => leaveHandoverNote(change, toId, text)) }),
  };
}
