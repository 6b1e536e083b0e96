// actions:recentUndoable and action:undo — the operator's own recent actions, undone exactly.
import { fail, ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { recentUndoable, undoAction } from '../moderation/undo';
import type { HandlerContext } from './context';

export function undoHandlers(context: HandlerContext): Pick<HandlerMap, 'actions:recentUndoable' | 'action:undo'> {
  const { store, policy } = context;
  return {
    'actions:recentUndoable': () => ok(recentUndoable(store, policy, context.operator())),
    'action:undo': ({ actionId }) => {
      const result = undoAction(store, policy, actionId, context.operator(), context.now().toISOString());
      if (!result.ok) return fail(result.code, result.message);
      context.events.publish({ type: 'queue:changed', cause: 'action', itemIds: result.outcome.itemIds });
      return ok(result.outcome);
    },
  };
}
