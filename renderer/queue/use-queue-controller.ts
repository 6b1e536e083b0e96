// The queue's controller: its parts (filters, the row the clerk is on, the open item, undo, dialogs, new
// arrivals) joined up, and what every key, row and detail-pane button does. QueueView only lays it out.
import { useCallback, useMemo, useRef } from 'react';
import type { PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import { useCounts } from '../hooks/use-counts';
import { useDetailWidth } from '../hooks/use-detail-width';
import { useItemDetail } from '../hooks/use-item-detail';
import { useQueue, type QueueFilters as Filters } from '../hooks/use-queue';
import { useQueueActions } from '../hooks/use-queue-actions';
import { useQueueKeys } from '../hooks/use-queue-keys';
import { useSelection } from '../hooks/use-selection';
import { useStableHandlers } from '../hooks/use-stable-handlers';
import type { Preferences } from '../preferences/preferences';
import type { DetailHandlers } from './QueueDetail';
import type { QueueTableHandle } from './QueueTable';
import type { UndoOffer } from './UndoControls';
import { useArrivals } from './use-arrivals';
import { useDetailFocus } from './use-detail-focus';
import { useQueueCursor } from './use-queue-cursor';
import { useQueueDialogs } from './use-queue-dialogs';
import { useQueueFilters } from './use-queue-filters';
import { useQueueUndo } from './use-queue-undo';

export interface QueueOptions {
  reasons: PolicyReason[];
  /** Who is working: undo offers their own actions. */
  operatorId: number | null;
  say: (message: string) => void;
  setUndo: (offer: UndoOffer | null) => void;
  /** The clerk's layout: the detail pane's width and the queue's order are kept there. */
  preferences: Preferences;
}

export function useQueueController({ reasons, operatorId, say, setUndo, preferences }: QueueOptions) {
  const filters = useQueueFilters(preferences);
  const queue = useQueue(filters.filters);
  const { counts, refresh: refreshCounts } = useCounts(filters.filters);
  const tableRef = useRef<QueueTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const cursor = useQueueCursor(queue.items, tableRef);
  const item = useItemDetail(cursor.selectedId);
  const refreshDetail = item.refresh;
  const selection = useSelection();
  const pane = useDetailWidth(preferences);
  const focus = useDetailFocus(item.detail, pane);
  const arrivals = useArrivals(queue.reload, tableRef);
  const dialogs = useQueueDialogs({
    detail: item.detail,
    selectedId: cursor.selectedId,
    say,
    refreshDetail: () => void refreshDetail(),
  });
  const { undo, track } = useQueueUndo({ operatorId, queue, choose: cursor.choose, refreshCounts, say, setUndo });
  const label = useCallback((id: PolicyReasonId) => reasons.find((reason) => reason.id === id)?.label ?? id, [reasons]);
  const actions = useQueueActions({
    queue,
    status: filters.filters.status,
    selectedId: cursor.selectedId,
    select: cursor.select,
    label,
    say,
    setError: cursor.setActionError,
    track,
    refreshDetail: () => void refreshDetail(),
    refreshCounts: () => void refreshCounts(),
    onFollowUp: dialogs.offerComplaint,
    clearChecked: selection.clear,
  });

  const ids = useMemo(() => queue.items.map((listed) => listed.id), [queue.items]);
  const { toggle } = selection;
  const toggleRow = useCallback((index: number, range: boolean) => toggle(ids, index, range), [toggle, ids]);
  const { showPerson } = filters;

  const reasonKeys = Object.fromEntries(reasons.map((reason) => [reason.key, () => void actions.remove(reason.id)]));
  useQueueKeys({
    j: () => cursor.moveTo(cursor.selectedIndex + 1),
    ArrowDown: () => cursor.moveTo(cursor.selectedIndex + 1),
    k: () => cursor.moveTo(cursor.selectedIndex - 1),
    ArrowUp: () => cursor.moveTo(cursor.selectedIndex - 1),
    Enter: focus.open,
    '/': () => searchRef.current?.focus(),
    i: () => void actions.markHandled(),
    x: () => cursor.selectedIndex >= 0 && toggle(ids, cursor.selectedIndex, false),
    z: () => void undo(),
    r: dialogs.replyKey,
    p: () => {
      const selected = queue.items[cursor.selectedIndex];
      if (selected) showPerson({ id: selected.personId, name: selected.author.name });
    },
    ...reasonKeys,
  });

  // Rows keep the callbacks they were first drawn with (QueueRow), and the filters and detail pane are
  // memoised: none of these may go stale.
  const rowHandlers = useStableHandlers({
    open: (id: number) => {
      cursor.select(id);
      focus.openWhenLoaded();
    },
  });
  const filterHandlers = useStableHandlers({
    change: (next: Filters) => filters.choose(next),
    order: (next: Filters['order']) => filters.setOrder(next),
    detailShown: (shownNow: boolean) => pane.setCollapsed(!shownNow),
    leaveSearch: () => tableRef.current?.focus(),
  });
  const detailHandlers = useStableHandlers<DetailHandlers>({
    reply: () => dialogs.reply(),
    replyWith: (templateId) => dialogs.reply(templateId),
    requestLogged: (message) => {
      say(message);
      void queue.reload();
    },
    forward: dialogs.forward,
    markHandled: (itemId) => void actions.markHandled(itemId),
    remove: (reasonId, notice, itemId) => void actions.remove(reasonId, notice, itemId),
    restore: (itemId) => void actions.restore(itemId),
    undoRule: (actionId) => void undo(actionId).then(() => void refreshDetail()),
    retry: (outboxId) => void actions.retry(outboxId),
    showPerson: (person) => showPerson({ id: person.id, name: person.displayName }),
    personChanged: (message, itemsMoved) => {
      say(message);
      void track(Promise.resolve());
      void (itemsMoved ? queue.reload() : queue.refreshSenders('everyone'));
      void refreshCounts();
    },
  });
  const dialogHandlers = {
    removeFromMenu: (reasonId: PolicyReasonId, itemId: number) => void actions.remove(reasonId, undefined, itemId),
    replySent: (updated: Parameters<typeof actions.changedElsewhere>[0]) => {
      say('Sending the reply…');
      actions.changedElsewhere(updated);
    },
    forwarded: () => {
      say('Forwarding by email…');
      void refreshDetail();
    },
  };

  return {
    filters,
    counts,
    queue,
    cursor,
    item,
    selection,
    toggleRow,
    removeSelected: (reasonId: PolicyReasonId) => void actions.removeSelected([...selection.selected], reasonId),
    pane,
    arrivals,
    dialogs,
    tableRef,
    searchRef,
    headingRef: focus.headingRef,
    rowHandlers,
    filterHandlers,
    detailHandlers,
    dialogHandlers,
  };
}
