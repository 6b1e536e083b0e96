// Which dialog or menu the queue has open: the reply composer, the forward, the complaint follow-up, a row's menu.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintFollowUp } from '../../electron/api/contract';
import type { ItemDetail } from '../../electron/api/domain';
import { useApi } from '../api/api-context';

export interface Complaint {
  itemId: number;
  followUp: ComplaintFollowUp;
  error: string | null;
}
export interface RowMenuPlace {
  itemId: number;
  top: number;
  left: number;
}

interface Options {
  detail: ItemDetail | null;
  selectedId: number | null;
  say: (message: string) => void;
  refreshDetail: () => void;
}

export function useQueueDialogs({ detail, selectedId, say, refreshDetail }: Options) {
  const api = useApi();
  const [complaint, setComplaint] = useState<Complaint | null>(null);
  const [dialog, setDialog] = useState<'reply' | 'forward' | null>(null);
  const [rowMenu, setRowMenu] = useState<RowMenuPlace | null>(null);

  // Key r pressed before the selected item has loaded: the composer opens once it has (for that item only).
  const replyWhenReady = useRef<number | null>(null);
  const openReply = useCallback(() => {
    if (!detail) replyWhenReady.current = selectedId;
    else if (detail.replyForms.length > 0) setDialog('reply');
  }, [detail, selectedId]);
  useEffect(() => {
    if (!detail) return;
    const wanted = replyWhenReady.current;
    replyWhenReady.current = null;
    if (wanted === detail.id && detail.replyForms.length > 0) setDialog('reply');
  }, [detail]);

  const answerComplaint = async (decision: 'send' | 'skip', text?: string) => {
    if (!complaint) return;
    const result = await api.call('item:complaintReply', { id: complaint.itemId, decision, text });
    if (!result.ok) return setComplaint({ ...complaint, error: result.error.message });
    setComplaint(null);
    say(decision === 'send' ? 'Reply queued: formal complaint or Police.' : 'Formal complaint reply skipped.');
    if (complaint.itemId === selectedId) refreshDetail();
  };

  const openMenu = useCallback(
    (itemId: number, anchor: DOMRect) =>
      setRowMenu({ itemId, top: anchor.bottom + 4, left: Math.max(8, anchor.right - 260) }),
    [],
  );
  const followUp = useCallback(
    (itemId: number, next: ComplaintFollowUp) => setComplaint({ itemId, followUp: next, error: null }),
    [],
  );

  return { complaint, followUp, answerComplaint, dialog, setDialog, openReply, rowMenu, setRowMenu, openMenu };
}
