// actions:recentUndoable and action:undo — the operator's own recent actions, undone exactly.
import { fail, ok } from '../api/envelope';
import type { HandlerMap } from '../api/dispatch';
import { recentUndoable, undoAction } from '../moderation/undo';
import { write } from '../moderation/write';
import type { HandlerContext } from './context';

export function undoHandlers(context: HandlerContext): Pick<HandlerMap, 'actions:recentUndoable' | 'action:undo'> {
  const { store, policy } = context;
  return {
    'actions:recentUndoable': () => ok(recentUndoable(store, policy, context.operator())),
    'action:undo': ({ actionId }) => {
      const result = write(context, (change) => {
        const undone = undoAction(change, policy, actionId);
        if (undone.ok) change.changed(undone.outcome.itemIds);
        return undone;
      });
      return result.ok ? ok(result.outcome) : fail(result.code, result.message);
    },
  };
}
