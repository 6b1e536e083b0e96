// What is open over the queue: the reply composer (r, or a canned reply from the detail pane), forwarding,
// a row's menu, and reason 8's reply asking for a formal complaint or a report to the Police.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintFollowUp } from '../../electron/api/contract';
import type { ItemDetail } from '../../electron/api/domain';
import { useApi } from '../api/api-context';

export type OpenDialog = { kind: 'reply'; startWith: number | null } | { kind: 'forward' } | null;

export interface ComplaintOffer {
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
  /** The selected item once loaded. */
  detail: ItemDetail | null;
  selectedId: number | null;
  say: (message: string) => void;
  refreshDetail: () => void;
}

export function useQueueDialogs({ detail, selectedId, say, refreshDetail }: Options) {
  const api = useApi();
  const [open, setOpen] = useState<OpenDialog>(null);
  const [complaint, setComplaint] = useState<ComplaintOffer | null>(null);
  const [rowMenu, setRowMenu] = useState<RowMenuPlace | null>(null);

  /** The composer, empty or started from a canned reply (the request panel's "Ask for a name and address"). */
  const reply = useCallback((startWith: number | null = null) => setOpen({ kind: 'reply', startWith }), []);
  const forward = useCallback(() => setOpen({ kind: 'forward' }), []);
  const close = useCallback(() => setOpen(null), []);

  // Key r pressed before the selected item has loaded: the composer opens once it has (for that item only).
  const replyWhenLoaded = useRef<number | null>(null);
  const replyKey = useCallback(() => {
    if (!detail) replyWhenLoaded.current = selectedId;
    else if (detail.replyForms.length > 0) reply();
  }, [detail, selectedId, reply]);
  useEffect(() => {
    if (!detail) return;
    const wanted = replyWhenLoaded.current;
    replyWhenLoaded.current = null;
    if (wanted === detail.id && detail.replyForms.length > 0) reply();
  }, [detail, reply]);

  /** Under the row's ⋯ button, kept inside the window. */
  const openMenu = useCallback(
    (itemId: number, anchor: DOMRect) =>
      setRowMenu({ itemId, top: anchor.bottom + 4, left: Math.max(8, anchor.right - 260) }),
    [],
  );
  const closeMenu = useCallback(() => setRowMenu(null), []);

  const offerComplaint = useCallback(
    (itemId: number, followUp: ComplaintFollowUp) => setComplaint({ itemId, followUp, error: null }),
    [],
  );
  const answerComplaint = async (decision: 'send' | 'skip', text?: string) => {
    if (!complaint) return;
    const result = await api.call('item:complaintReply', { id: complaint.itemId, decision, text });
    if (!result.ok) return setComplaint({ ...complaint, error: result.error.message });
    setComplaint(null);
    say(decision === 'send' ? 'Sending the reply: formal complaint or Police…' : 'Formal complaint reply skipped.');
    if (complaint.itemId === selectedId) refreshDetail();
  };

  return {
    open,
    reply,
    forward,
    close,
    replyKey,
    rowMenu,
    openMenu,
    closeMenu,
    complaint,
    offerComplaint,
    answerComplaint,
  };
}

export type QueueDialogs = ReturnType<typeof useQueueDialogs>;
