// learning:get and learning:forget — what the suggestions learned from the council's decisions, and forgetting it.
import { ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import type { HandlerContext } from './context';

export function learningHandlers(context: HandlerContext): Pick<HandlerMap, 'learning:get' | 'learning:forget'> {
  const { learning } = context;
  return {
    'learning:get': () => ok({ decisions: learning.decisions }),
    'learning:forget': () => {
      const forgotten = learning.reset();
      context.events.publish({ type: 'queue:changed', cause: 'action', itemIds: [] });
      return ok({ forgotten, decisions: learning.decisions });
    },
  };
}
