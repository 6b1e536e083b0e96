// The queue workspace: filters, the table, the detail pane and every moderation action, keyboard first.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../electron/api/client';
import type { ComplaintFollowUp } from '../electron/api/contract';
import type { PolicyReasonId } from '../electron/api/domain';
import type { ConsoleEvent } from '../electron/api/events';
import type { PolicyReason } from '../electron/api/policy';
import { ComplaintDialog } from './detail/ComplaintDialog';
import { ItemDetailPane } from './detail/ItemDetailPane';
import { ReplyComposer } from './replies/ReplyComposer';
import { ForwardDialog } from './detail/ForwardDialog';
import { ItemActions } from './detail/ItemActions';
import { useCounts } from './hooks/use-counts';
import { useDebounced } from './hooks/use-debounced';
import { useItemDetail } from './hooks/use-item-detail';
import { useQueue, type QueueFilters as Filters } from './hooks/use-queue';
import { useQueueKeys } from './hooks/use-queue-keys';
import { useSelection } from './hooks/use-selection';
import { useUndoWindow } from './hooks/use-undo-window';
import { QueueEmpty } from './queue/QueueEmpty';
import { QueueFilters } from './queue/QueueFilters';
import { QueueTable, type QueueTableHandle } from './queue/QueueTable';
import { removalNote } from './queue/removal-note';
import { RowMenu } from './queue/RowMenu';
import { SelectionBar } from './queue/SelectionBar';

interface Props {
  api: ApiClient;
  reasons: PolicyReason[];
  say: (message: string) => void;
  setUndo: (undo: (() => void) | null) => void;
}

export function QueueView({ api, reasons, say, setUndo }: Props) {
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText, 150);
  const [choice, setChoice] = useState<Omit<Filters, 'search'>>({ status: 'new', channel: null, person: null });
  const filters: Filters = { ...choice, search };
  const queue = useQueue(api, filters);
  const { counts, refresh: refreshCounts } = useCounts(api, filters);
  const [chosenId, setSelectedId] = useState<number | null>(null);
  // The chosen row while it is in the list; otherwise the first row, so something is always selected.
  const chosenIndex = queue.items.findIndex((item) => item.id === chosenId);
  const selectedIndex = chosenIndex >= 0 ? chosenIndex : queue.items.length > 0 ? 0 : -1;
  const selectedId = queue.items[selectedIndex]?.id ?? null;
  const { detail, error: detailError, refresh: refreshDetail } = useItemDetail(api, selectedId);
  const [actionError, setActionError] = useState<string | null>(null);
  const [newItemsWaiting, setNewItemsWaiting] = useState(false);
  const [complaint, setComplaint] = useState<{ itemId: number; followUp: ComplaintFollowUp; error: string | null } | null>(null);
  const [replying, setReplying] = useState(false);
  const [forwarding, setForwarding] = useState(false);
  const selection = useSelection();
  const undoWindow = useUndoWindow();
  const tableRef = useRef<QueueTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusDetailWhenReady = useRef(false);
  const label = useCallback((id: PolicyReasonId) => reasons.find((reason) => reason.id === id)?.label ?? id, [reasons]);

  const openDetail = useCallback(() => {
    if (detail) headingRef.current?.focus();
    else focusDetailWhenReady.current = true;
  }, [detail]);
  useEffect(() => {
    if (detail && focusDetailWhenReady.current && headingRef.current) {
      headingRef.current.focus();
      focusDetailWhenReady.current = false;
    }
  }, [detail]);

  // Key r pressed before the selected item has loaded: the composer opens once it has (for that item only).
  const replyWhenReady = useRef<number | null>(null);
  const openReply = useCallback(() => {
    if (!detail) replyWhenReady.current = selectedId;
    else if (detail.replyForms.length > 0) setReplying(true);
  }, [detail, selectedId]);
  useEffect(() => {
    if (!detail) return;
    const wanted = replyWhenReady.current;
    replyWhenReady.current = null;
    if (wanted === detail.id && detail.replyForms.length > 0) setReplying(true);
  }, [detail]);

  const select = useCallback(
    (index: number) => {
      const item = queue.items[Math.max(0, Math.min(queue.items.length - 1, index))];
      if (!item) return;
      setSelectedId(item.id);
      setActionError(null);
      tableRef.current?.scrollToIndex(queue.items.indexOf(item));
    },
    [queue.items],
  );

  // One subscription for the life of the view; the handler reads the latest selection and
  // loaders through a ref.
  const onEvent = useRef<(event: ConsoleEvent) => void>(() => undefined);
  useEffect(() => {
    // With no table (an empty queue) or the clerk at the top, new rows just appear; lower down
    // they would move the row under the clerk's eyes, so a notice offers them instead.
    const showArrivals = () => {
      if (!tableRef.current || tableRef.current.isAtTop()) void queue.reload();
      else setNewItemsWaiting(true);
    };
    onEvent.current = (event) => {
      switch (event.type) {
        case 'outbox:changed':
          if (selectedId !== null && event.itemIds.includes(selectedId)) void refreshDetail();
          return;
        case 'queue:changed':
          void refreshCounts();
          if (event.cause === 'ingest') showArrivals();
          return;
        case 'events:connected':
          // The stream was away (or only now opened): counts, rows and the open item may be stale.
          void refreshCounts();
          if (selectedId !== null) void refreshDetail();
          showArrivals();
          return;
        default:
      }
    };
  });
  useEffect(() => api.onEvent((event) => onEvent.current(event)), [api]);

  /** After an action on an item: show its new state; when it leaves the list and was selected, move on. */
  const afterAction = useCallback(
    (updated: Parameters<typeof queue.applyChange>[0]) => {
      const index = queue.items.findIndex((item) => item.id === updated.id);
      const next = queue.items[index + 1] ?? queue.items[index - 1];
      const leaves = choice.status !== 'all' && updated.status !== choice.status;
      queue.applyChange(updated);
      if (leaves && next && updated.id === selectedId) setSelectedId(next.id);
      else void refreshDetail();
      void refreshCounts();
    },
    [queue, selectedId, choice.status, refreshDetail, refreshCounts],
  );

  const run = useCallback(
    async <T,>(call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T | null> => {
      const result = await call;
      if (!result.ok) {
        setActionError(result.error.message);
        return null;
      }
      setActionError(null);
      return result.value;
    },
    [],
  );

  const undo = useCallback(async () => {
    const itemId = undoWindow.take();
    setUndo(null);
    if (itemId === null) return;
    const restored = await run(api.call('item:undoRemoval', { id: itemId }));
    if (!restored) return;
    say('Removal undone.');
    await queue.reload();
    setSelectedId(itemId);
    void refreshCounts();
  }, [api, queue, run, say, setUndo, undoWindow, refreshCounts]);

  const remove = useCallback(
    async (reasonId: PolicyReasonId, notice?: boolean, itemId: number | null = selectedId) => {
      // By id, not from the detail pane: a key pressed while the detail loads, or a row's menu, still acts.
      const item = queue.items.find((candidate) => candidate.id === itemId);
      if (!item || item.status === 'removed' || item.fromCouncil) return;
      const outcome = await run(api.call('item:remove', { id: item.id, reasonId, notice }));
      if (!outcome) return;
      say(`Removed: ${label(reasonId)}.`);
      undoWindow.offer(item.id);
      afterAction(outcome.item);
      if (outcome.followUp) setComplaint({ itemId: item.id, followUp: outcome.followUp, error: null });
    },
    [api, queue.items, selectedId, run, say, label, undoWindow, afterAction],
  );

  useEffect(() => setUndo(undoWindow.undoable === null ? null : () => void undo()), [undoWindow.undoable, undo, setUndo]);

  const answerComplaint = async (decision: 'send' | 'skip', text?: string) => {
    if (!complaint) return;
    const result = await api.call('item:complaintReply', { id: complaint.itemId, decision, text });
    if (!result.ok) return setComplaint({ ...complaint, error: result.error.message });
    setComplaint(null);
    say(decision === 'send' ? 'Reply queued: formal complaint or Police.' : 'Formal complaint reply skipped.');
    if (complaint.itemId === selectedId) void refreshDetail();
  };

  const markHandled = useCallback(async () => {
    if (selectedId === null) return;
    const updated = await run(api.call('item:markHandled', { id: selectedId }));
    if (!updated) return;
    say('Marked as needing no action.');
    afterAction(updated);
  }, [api, selectedId, run, say, afterAction]);

  const restore = useCallback(async () => {
    if (!detail) return;
    const updated = await run(api.call('item:restore', { id: detail.id }));
    if (!updated) return;
    say('Restored.');
    afterAction(updated);
  }, [api, detail, run, say, afterAction]);

  const retry = async (entryId: number) => {
    const entry = await run(api.call('outbox:retry', { id: entryId }));
    if (!entry) return;
    say('Trying the channel action again.');
    void refreshDetail();
  };

  const removeSelected = async (reasonId: PolicyReasonId) => {
    const outcome = await run(api.call('item:removeMany', { ids: [...selection.selected], reasonId }));
    if (!outcome) return;
    selection.clear();
    say(`Removed ${outcome.removed.length} item${outcome.removed.length === 1 ? '' : 's'}: ${label(reasonId)}${outcome.skipped.length > 0 ? ` (${outcome.skipped.length} skipped: already removed)` : ''}.`);
    await queue.reload();
    void refreshCounts();
  };

  const ids = useMemo(() => queue.items.map((item) => item.id), [queue.items]);
  const [rowMenu, setRowMenu] = useState<{ itemId: number; top: number; left: number } | null>(null);
  // Kept stable across renders that change nothing here, so the table's columns are not rebuilt.
  const { selected, toggle } = selection;
  const tableSelection = useMemo(
    () => ({
      isSelected: (id: number) => selected.has(id),
      toggle: (index: number, range: boolean) => toggle(ids, index, range),
      openMenu: (itemId: number, anchor: DOMRect) => setRowMenu({ itemId, top: anchor.bottom + 4, left: Math.max(8, anchor.right - 260) }),
    }),
    [selected, toggle, ids],
  );

  const reasonKeys = Object.fromEntries(reasons.map((reason) => [reason.key, () => void remove(reason.id)]));
  useQueueKeys({
    j: () => select(selectedIndex + 1),
    ArrowDown: () => select(selectedIndex + 1),
    k: () => select(selectedIndex - 1),
    ArrowUp: () => select(selectedIndex - 1),
    Enter: openDetail,
    '/': () => searchRef.current?.focus(),
    i: () => void markHandled(),
    x: () => selectedIndex >= 0 && selection.toggle(ids, selectedIndex, false),
    z: () => void undo(),
    r: openReply,
    p: () => {
      const item = queue.items[selectedIndex];
      if (item) showPerson({ id: item.personId, name: item.author.name });
    },
    ...reasonKeys,
  });

  const clearFilters = () => {
    setSearchText('');
    setChoice({ status: 'new', channel: null, person: null });
  };

  /** Every item of one person, on every channel and in every status. */
  const showPerson = useCallback((person: { id: number; name: string }) => {
    setChoice({ status: 'all', channel: null, person });
    setSearchText('');
  }, []);

  return (
    <>
      <QueueFilters
        ref={searchRef}
        filters={filters}
        searchText={searchText}
        counts={counts}
        total={queue.total}
        onSearchText={setSearchText}
        onChange={(next) => setChoice({ status: next.status, channel: next.channel, person: next.person })}
        onLeaveSearch={() => tableRef.current?.focus()}
      />
      {choice.person ? (
        <p className="notice">
          Every item from <strong>{choice.person.name}</strong>, on every channel.
          <button type="button" onClick={clearFilters}>
            Back to the queue
          </button>
        </p>
      ) : null}
      {selection.selected.size > 0 ? <SelectionBar count={selection.selected.size} reasons={reasons} onRemove={(id) => void removeSelected(id)} onClear={selection.clear} /> : null}
      {newItemsWaiting ? (
        <p className="notice">
          New items have arrived.
          <button type="button" onClick={() => { setNewItemsWaiting(false); void queue.reload(); tableRef.current?.scrollToIndex(0); }}>
            Show them
          </button>
        </p>
      ) : null}
      <div className="workspace">
        <div className="queue-pane">
          {queue.error ? (
            <div role="alert" className="alert">
              {queue.error} <button type="button" onClick={() => void queue.reload()}>Try again</button>
            </div>
          ) : queue.items.length === 0 && !queue.loading ? (
            <QueueEmpty filtered={search !== '' || choice.channel !== null || choice.status !== 'new'} total={counts?.total ?? 0} onClear={clearFilters} />
          ) : (
            <QueueTable
              ref={tableRef}
              items={queue.items}
              total={queue.total}
              selectedId={selectedId}
              hasMore={queue.hasMore}
              selection={tableSelection}
              onSelect={(id) => { setSelectedId(id); setActionError(null); }}
              onOpen={(id) => { setSelectedId(id); openDetail(); }}
              onNeedMore={() => void queue.loadMore()}
            />
          )}
        </div>
        <ItemDetailPane
          ref={headingRef}
          detail={detail}
          error={detailError}
          actions={
            detail ? (
              <ItemActions
                api={api}
                detail={detail}
                reasons={reasons}
                error={actionError}
                onReply={() => setReplying(true)}
                onForward={() => setForwarding(true)}
                onMarkHandled={() => void markHandled()}
                onRemove={(id, notice) => void remove(id, notice)}
                onRestore={() => void restore()}
                onRetry={(id) => void retry(id)}
                onShowPerson={(person) => showPerson({ id: person.id, name: person.displayName })}
                onPersonChanged={(message) => {
                  say(message);
                  void queue.reload();
                  void refreshCounts();
                }}
              />
            ) : null
          }
        />
      </div>
      {rowMenu ? (
        <RowMenu
          {...rowMenu}
          note={removalNote(queue.items.find((item) => item.id === rowMenu.itemId))}
          reasons={reasons}
          onRemove={(reasonId) => {
            setRowMenu(null);
            void remove(reasonId, undefined, rowMenu.itemId);
          }}
          onClose={() => setRowMenu(null)}
        />
      ) : null}
      {replying && detail ? (
        <ReplyComposer
          api={api}
          detail={detail}
          onClose={() => setReplying(false)}
          onSent={(updated) => {
            setReplying(false);
            say('Reply queued.');
            afterAction(updated);
          }}
        />
      ) : null}
      {forwarding && detail ? (
        <ForwardDialog
          api={api}
          detail={detail}
          onClose={() => setForwarding(false)}
          onSent={() => {
            setForwarding(false);
            say('Forward queued.');
            void refreshDetail();
          }}
        />
      ) : null}
      {complaint ? <ComplaintDialog followUp={complaint.followUp} error={complaint.error} onSend={(text) => void answerComplaint('send', text)} onSkip={() => void answerComplaint('skip')} /> : null}
    </>
  );
}
