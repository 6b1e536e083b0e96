// Everything the clerk can do to the open item: reply, forward, no action, removal, and its sender's history.
import type { ItemDetail, PolicyReasonId } from '../../electron/api/domain';
import type { PersonHistory } from '../../electron/api/people';
import type { PolicyReason } from '../../electron/api/policy';
import { SenderPanel } from '../people/SenderPanel';
import { ItemRequestPanel } from '../requests/ItemRequestPanel';
import { RemovalPanel } from './RemovalPanel';

interface Props {
  detail: ItemDetail;
  reasons: PolicyReason[];
  error: string | null;
  onReply: () => void;
  onForward: () => void;
  onMarkHandled: () => void;
  onRemove: (reasonId: PolicyReasonId, notice: boolean | undefined) => void;
  onRestore: () => void;
  onRetry: (outboxId: number) => void;
  onShowPerson: (person: PersonHistory) => void;
  onPersonChanged: (message: string, itemsMoved: boolean) => void;
  onReplyWith: (templateId: number) => void;
  onRequestLogged: (message: string) => void;
}

export function ItemActions({
  detail,
  reasons,
  error,
  onReply,
  onForward,
  onMarkHandled,
  onRemove,
  onRestore,
  onRetry,
  onShowPerson,
  onPersonChanged,
  onReplyWith,
  onRequestLogged,
}: Props) {
  return (
    <div>
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      <div className="item-actions">
        <button type="button" onClick={onReply} disabled={detail.replyForms.length === 0}>
          Reply <kbd>r</kbd>
        </button>
        <button type="button" onClick={onForward} disabled={detail.fromCouncil}>
          Forward…
        </button>
        <button type="button" onClick={onMarkHandled} disabled={detail.status !== 'new'}>
          No action needed <kbd>i</kbd>
        </button>
      </div>
      {detail.fromCouncil ? null : (
        <>
          <ItemRequestPanel detail={detail} onReplyWith={onReplyWith} onLogged={onRequestLogged} />
          <RemovalPanel detail={detail} reasons={reasons} onRemove={onRemove} onRestore={onRestore} onRetry={onRetry} />
          <SenderPanel
            personId={detail.personId}
            version={detail}
            onShowAll={onShowPerson}
            onChanged={onPersonChanged}
          />
        </>
      )}
    </div>
  );
}
