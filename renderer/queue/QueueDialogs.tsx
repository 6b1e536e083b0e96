// The host of the queue's dialogs and row menu: which one is open is decided in use-queue-dialogs.
import type { ItemDetail, PolicyReasonId, QueueItem } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import { ComplaintDialog } from '../detail/ComplaintDialog';
import { ForwardDialog } from '../detail/ForwardDialog';
import { ReplyComposer } from '../replies/ReplyComposer';
import { removalNote } from './removal-note';
import { RowMenu } from './RowMenu';
import type { useQueueDialogs } from './use-queue-dialogs';

interface Props {
  dialogs: ReturnType<typeof useQueueDialogs>;
  detail: ItemDetail | null;
  items: QueueItem[];
  reasons: PolicyReason[];
  say: (message: string) => void;
  onRemove: (reasonId: PolicyReasonId, itemId: number) => void;
  onReplied: (updated: ItemDetail) => void;
  onForwarded: () => void;
}

export function QueueDialogs({ dialogs, detail, items, reasons, say, onRemove, onReplied, onForwarded }: Props) {
  const { rowMenu, setRowMenu, dialog, setDialog, complaint, answerComplaint } = dialogs;
  return (
    <>
      {rowMenu ? (
        <RowMenu
          {...rowMenu}
          note={removalNote(items.find((item) => item.id === rowMenu.itemId))}
          reasons={reasons}
          onRemove={(reasonId) => {
            setRowMenu(null);
            onRemove(reasonId, rowMenu.itemId);
          }}
          onClose={() => setRowMenu(null)}
        />
      ) : null}
      {dialog === 'reply' && detail ? (
        <ReplyComposer
          detail={detail}
          onClose={() => setDialog(null)}
          onSent={(updated) => {
            setDialog(null);
            say('Reply queued.');
            onReplied(updated);
          }}
        />
      ) : null}
      {dialog === 'forward' && detail ? (
        <ForwardDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onSent={() => {
            setDialog(null);
            say('Forward queued.');
            onForwarded();
          }}
        />
      ) : null}
      {complaint ? (
        <ComplaintDialog
          followUp={complaint.followUp}
          error={complaint.error}
          onSend={(text) => void answerComplaint('send', text)}
          onSkip={() => void answerComplaint('skip')}
        />
      ) : null}
    </>
  );
}
