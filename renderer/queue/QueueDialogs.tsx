// Whatever is open over the queue, drawn while it is: a row's menu, the reply composer, forwarding, and
// reason 8's formal complaint reply.
import type { ItemDetail, PolicyReasonId, QueueItem } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import { ComplaintDialog } from '../detail/ComplaintDialog';
import { ForwardDialog } from '../detail/ForwardDialog';
import { ReplyComposer } from '../replies/ReplyComposer';
import { removalNote } from './removal-note';
import { RowMenu } from './RowMenu';
import type { QueueDialogs as Dialogs } from './use-queue-dialogs';

interface Props {
  dialogs: Dialogs;
  /** The selected item once loaded: the composer and forwarding act on it. */
  detail: ItemDetail | null;
  items: readonly QueueItem[];
  reasons: PolicyReason[];
  onRemove: (reasonId: PolicyReasonId, itemId: number) => void;
  onReplySent: (updated: ItemDetail) => void;
  onForwarded: () => void;
}

export function QueueDialogs({ dialogs, detail, items, reasons, onRemove, onReplySent, onForwarded }: Props) {
  const { rowMenu, open, complaint } = dialogs;
  return (
    <>
      {rowMenu ? (
        <RowMenu
          {...rowMenu}
          note={removalNote(items.find((item) => item.id === rowMenu.itemId))}
          reasons={reasons}
          onRemove={(reasonId) => {
            dialogs.closeMenu();
            onRemove(reasonId, rowMenu.itemId);
          }}
          onClose={dialogs.closeMenu}
        />
      ) : null}
      {open?.kind === 'reply' && detail ? (
        <ReplyComposer
          detail={detail}
          startWith={open.startWith}
          onClose={dialogs.close}
          onSent={(updated) => {
            dialogs.close();
            onReplySent(updated);
          }}
        />
      ) : null}
      {open?.kind === 'forward' && detail ? (
        <ForwardDialog
          detail={detail}
          onClose={dialogs.close}
          onSent={() => {
            dialogs.close();
            onForwarded();
          }}
        />
      ) : null}
      {complaint ? (
        <ComplaintDialog
          followUp={complaint.followUp}
          error={complaint.error}
          onSend={(text) => void dialogs.answerComplaint('send', text)}
          onSkip={() => void dialogs.answerComplaint('skip')}
        />
      ) : null}
    </>
  );
}
