// The detail pane of the queue with everything the clerk can do there; drawn again only when the item,
// its loading or the error changes, not at every key press in the list.
import { memo, useMemo, type Ref } from 'react';
import type { ItemDetail, PolicyReasonId } from '../../electron/api/domain';
import type { PersonHistory } from '../../electron/api/people';
import type { PolicyReason } from '../../electron/api/policy';
import { ItemActions } from '../detail/ItemActions';
import { ItemDetailPane } from '../detail/ItemDetailPane';
import { RuleEffects } from '../detail/RuleEffects';

/** Each keeps its identity (useStableHandlers). */
export type DetailHandlers = {
  reply: () => void;
  forward: () => void;
  markHandled: (itemId: number) => void;
  remove: (reasonId: PolicyReasonId, notice: boolean | undefined, itemId: number) => void;
  restore: (itemId: number) => void;
  /** Undoes what a rule did to the item (its record entry). */
  undoRule: (actionId: number) => void;
  retry: (outboxId: number) => void;
  showPerson: (person: PersonHistory) => void;
  personChanged: (message: string, itemsMoved: boolean) => void;
  replyWith: (templateId: number) => void;
  requestLogged: (message: string) => void;
};

interface Props {
  hidden: boolean;
  /** What to draw: the selected item, or the one before while it loads (`stale`). */
  shown: ItemDetail | null;
  stale: boolean;
  error: string | null;
  actionError: string | null;
  reasons: PolicyReason[];
  handlers: DetailHandlers;
  headingRef: Ref<HTMLHeadingElement>;
}

export const QueueDetail = memo(function QueueDetail({
  hidden,
  shown,
  stale,
  error,
  actionError,
  reasons,
  handlers,
  headingRef,
}: Props) {
  const actions = useMemo(
    () =>
      shown ? (
        <>
          <RuleEffects effects={shown.ruleEffects} onUndo={handlers.undoRule} onReview={handlers.replyWith} />
          <ItemActions
            detail={shown}
            reasons={reasons}
            error={actionError}
            onReply={handlers.reply}
            onForward={handlers.forward}
            // The buttons act on the item they are drawn for, by id.
            onMarkHandled={() => handlers.markHandled(shown.id)}
            onRemove={(reasonId, notice) => handlers.remove(reasonId, notice, shown.id)}
            onRestore={() => handlers.restore(shown.id)}
            onRetry={handlers.retry}
            onShowPerson={handlers.showPerson}
            onPersonChanged={handlers.personChanged}
            onReplyWith={handlers.replyWith}
            onRequestLogged={handlers.requestLogged}
          />
        </>
      ) : null,
    [shown, reasons, actionError, handlers],
  );
  return (
    <ItemDetailPane ref={headingRef} hidden={hidden} detail={shown} stale={stale} error={error} actions={actions} />
  );
});
