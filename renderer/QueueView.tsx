// The queue workspace: filters, the table, the detail pane and every moderation action, keyboard first.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from './api/api-context';
import type { ComplaintFollowUp } from '../electron/api/contract';
import type { PolicyReasonId } from '../electron/api/domain';
import type { ConsoleEvent } from '../electron/api/events';
import type { PolicyReason } from '../electron/api/policy';
import { ComplaintDialog } from './detail/ComplaintDialog';
import { ReplyComposer } from './replies/ReplyComposer';
import { ForwardDialog } from './detail/ForwardDialog';
import { useCounts } from './hooks/use-counts';
import { useDebounced } from './hooks/use-debounced';
import { useDetailWidth } from './hooks/use-detail-width';
import { useItemDetail } from './hooks/use-item-detail';
import { useQueue, type QueueFilters as Filters } from './hooks/use-queue';
import { useQueueActions } from './hooks/use-queue-actions';
import { useQueueKeys } from './hooks/use-queue-keys';
import { useSelection } from './hooks/use-selection';
import { useStableHandlers } from './hooks/use-stable-handlers';
import { useUndo } from './hooks/use-undo';
import type { Preferences } from './preferences/preferences';
import { usePreference } from './preferences/use-preference';
import { DetailSplitter } from './queue/DetailSplitter';
import { QueueDetail, type DetailHandlers } from './queue/QueueDetail';
import { QueueEmpty } from './queue/QueueEmpty';
import { QueueFilters } from './queue/QueueFilters';
import { QueueTable, type QueueTableHandle } from './queue/QueueTable';
import { removalNote } from './queue/removal-note';
import { RowMenu } from './queue/RowMenu';
import { SelectionBar } from './queue/SelectionBar';
import type { UndoOffer } from './queue/UndoControls';

interface Props {
  reasons: PolicyReason[];
  /** Who is working: undo offers their own actions. */
  operatorId: number | null;
  say: (message: string) => void;
  setUndo: (offer: UndoOffer | null) => void;
  /** The clerk's layout: the detail pane's width and the queue's order are kept there. */
  preferences: Preferences;
}

type Choice = Omit<Filters, 'search' | 'order'>;
const firstChoice: Choice = { status: 'new', channel: null, person: null };

export function QueueView({ reasons, operatorId, say, setUndo, preferences }: Props) {
  const api = useApi();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText, 150);
  const [choice, setChoice] = useState<Choice>(firstChoice);
  const [order, setOrder] = usePreference(preferences, 'queueOrder');
  const filters: Filters = useMemo(() => ({ ...choice, search, order }), [choice, search, order]);
  const queue = useQueue(filters);
  const { counts, refresh: refreshCounts } = useCounts(filters);
  const [chosenId, setSelectedId] = useState<number | null>(null);
  // The chosen row while it is in the list; otherwise the first row, so something is always selected.
  const chosenIndex = queue.items.findIndex((item) => item.id === chosenId);
  const selectedIndex = chosenIndex >= 0 ? chosenIndex : queue.items.length > 0 ? 0 : -1;
  const selectedId = queue.items[selectedIndex]?.id ?? null;
  const { detail, shown, error: detailError, refresh: refreshDetail } = useItemDetail(selectedId);
  const [actionError, setActionError] = useState<string | null>(null);
  const [newItemsWaiting, setNewItemsWaiting] = useState(false);
  const [complaint, setComplaint] = useState<{
    itemId: number;
    followUp: ComplaintFollowUp;
    error: string | null;
  } | null>(null);
  const [dialog, setDialog] = useState<'reply' | 'forward' | null>(null);
  const [replyTemplate, setReplyTemplate] = useState<number | null>(null);
  const [rowMenu, setRowMenu] = useState<{ itemId: number; top: number; left: number } | null>(null);
  const selection = useSelection();
  const pane = useDetailWidth(preferences);
  const tableRef = useRef<QueueTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const workspaceRef = useRef<HTMLDivElement>(null);
  const focusDetailWhenReady = useRef(false);
  const label = useCallback((id: PolicyReasonId) => reasons.find((reason) => reason.id === id)?.label ?? id, [reasons]);

  const {
    recent,
    offered,
    undo,
    after: track,
  } = useUndo(
    operatorId,
    (outcome) => {
      say(`Undone: ${outcome.description}.`);
      void queue.reload().then(() => {
        if (outcome.itemIds[0] !== undefined) setSelectedId(outcome.itemIds[0]);
        void queue.refreshSenders('everyone');
      });
      refreshCounts();
    },
    say,
  );
  useEffect(
    () => setUndo({ recent, offered, undo: (actionId) => void undo(actionId) }),
    [recent, offered, undo, setUndo],
  );
  useEffect(() => () => setUndo(null), [setUndo]);

  const select = useCallback((id: number | null) => {
    setSelectedId(id);
    setActionError(null);
  }, []);
  const actions = useQueueActions({
    queue,
    status: choice.status,
    selectedId,
    select,
    label,
    say,
    setError: setActionError,
    track,
    refreshDetail: () => void refreshDetail(),
    refreshCounts: () => void refreshCounts(),
    onFollowUp: (itemId, followUp) => setComplaint({ itemId, followUp, error: null }),
    clearChecked: selection.clear,
  });

  const openDetail = useCallback(() => {
    if (pane.collapsed) pane.setCollapsed(false);
    if (detail && headingRef.current) headingRef.current.focus();
    else focusDetailWhenReady.current = true;
  }, [detail, pane]);
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
    else if (detail.replyForms.length > 0) setDialog('reply');
  }, [detail, selectedId]);
  useEffect(() => {
    if (!detail) return;
    const wanted = replyWhenReady.current;
    replyWhenReady.current = null;
    if (wanted === detail.id && detail.replyForms.length > 0) setDialog('reply');
  }, [detail]);

  const moveTo = useCallback(
    (index: number) => {
      const item = queue.items[Math.max(0, Math.min(queue.items.length - 1, index))];
      if (!item) return;
      select(item.id);
      tableRef.current?.scrollToIndex(queue.items.indexOf(item));
    },
    [queue.items, select],
  );

  // One subscription for the life of the view; the handler reads the latest selection and loaders through a ref.
  const onEvent = useRef<(event: ConsoleEvent) => void>(() => undefined);
  useEffect(() => {
    // With no table (an empty queue) or the clerk at the top, new rows just appear; lower down
    // they would move the row under the clerk's eyes, so a notice offers them instead.
    const showArrivals = () => {
      if (!tableRef.current || tableRef.current.isAtTop()) void queue.reload();
      else setNewItemsWaiting(true);
    };
    // Counts and the open item follow events in the data layer (api/invalidation.ts); the rows are this view's call.
    onEvent.current = (event) => {
      if ((event.type === 'queue:changed' && event.cause === 'ingest') || event.type === 'events:connected')
        showArrivals();
    };
  });
  useEffect(() => api.onEvent((event) => onEvent.current(event)), [api]);

  const answerComplaint = async (decision: 'send' | 'skip', text?: string) => {
    if (!complaint) return;
    const result = await api.call('item:complaintReply', { id: complaint.itemId, decision, text });
    if (!result.ok) return setComplaint({ ...complaint, error: result.error.message });
    setComplaint(null);
    say(decision === 'send' ? 'Sending the reply: formal complaint or Police…' : 'Formal complaint reply skipped.');
    if (complaint.itemId === selectedId) void refreshDetail();
  };

  const ids = useMemo(() => queue.items.map((item) => item.id), [queue.items]);
  const { toggle } = selection;
  const toggleRow = useCallback((index: number, range: boolean) => toggle(ids, index, range), [toggle, ids]);
  const openMenu = useCallback(
    (itemId: number, anchor: DOMRect) =>
      setRowMenu({ itemId, top: anchor.bottom + 4, left: Math.max(8, anchor.right - 260) }),
    [],
  );
  // Rows keep the callbacks they were first drawn with (QueueRow), so these must not go stale.
  const rowHandlers = useStableHandlers({
    open: (id: number) => {
      select(id);
      focusDetailWhenReady.current = true;
      if (pane.collapsed) pane.setCollapsed(false);
    },
  });

  /** Every item of one person, on every channel and in every status. */
  const showPerson = useCallback((person: { id: number; name: string }) => {
    setChoice({ status: 'all', channel: null, person });
    setSearchText('');
  }, []);

  const detailHandlers = useStableHandlers<DetailHandlers>({
    reply: () => {
      setReplyTemplate(null);
      setDialog('reply');
    },
    replyWith: (templateId) => {
      setReplyTemplate(templateId);
      setDialog('reply');
    },
    requestLogged: (message) => {
      say(message);
      void queue.reload();
    },
    forward: () => setDialog('forward'),
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

  const reasonKeys = Object.fromEntries(reasons.map((reason) => [reason.key, () => void actions.remove(reason.id)]));
  useQueueKeys({
    j: () => moveTo(selectedIndex + 1),
    ArrowDown: () => moveTo(selectedIndex + 1),
    k: () => moveTo(selectedIndex - 1),
    ArrowUp: () => moveTo(selectedIndex - 1),
    Enter: openDetail,
    '/': () => searchRef.current?.focus(),
    i: () => void actions.markHandled(),
    x: () => selectedIndex >= 0 && toggle(ids, selectedIndex, false),
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
    setChoice(firstChoice);
  };
  const filterHandlers = useStableHandlers({
    change: (next: Filters) => setChoice({ status: next.status, channel: next.channel, person: next.person }),
    order: (next: Filters['order']) => setOrder(next),
    detailShown: (shownNow: boolean) => pane.setCollapsed(!shownNow),
    leaveSearch: () => tableRef.current?.focus(),
  });

  return (
    <>
      <QueueFilters
        ref={searchRef}
        filters={filters}
        searchText={searchText}
        counts={counts}
        total={queue.total}
        detailShown={!pane.collapsed}
        onSearchText={setSearchText}
        onChange={filterHandlers.change}
        onOrder={filterHandlers.order}
        onDetailShown={filterHandlers.detailShown}
        onLeaveSearch={filterHandlers.leaveSearch}
      />
      {choice.person ? (
        <p className="notice">
          Every item from <strong>{choice.person.name}</strong>, on every channel.
          <button type="button" onClick={clearFilters}>
            Back to the queue
          </button>
        </p>
      ) : null}
      {selection.selected.size > 0 ? (
        <SelectionBar
          count={selection.selected.size}
          reasons={reasons}
          onRemove={(id) => void actions.removeSelected([...selection.selected], id)}
          onClear={selection.clear}
        />
      ) : null}
      {newItemsWaiting ? (
        <p className="notice">
          New items have arrived.
          <button
            type="button"
            onClick={() => {
              setNewItemsWaiting(false);
              void queue.reload();
              tableRef.current?.scrollToIndex(0);
            }}
          >
            Show them
          </button>
        </p>
      ) : null}
      <div
        className={pane.collapsed ? 'workspace detail-collapsed' : 'workspace'}
        ref={workspaceRef}
        style={{ '--detail-width': `${pane.width}px` } as React.CSSProperties}
      >
        <div className="queue-pane">
          {queue.error ? (
            <div role="alert" className="alert">
              {queue.error}{' '}
              <button type="button" onClick={() => void queue.reload()}>
                Try again
              </button>
            </div>
          ) : queue.items.length === 0 && !queue.loading ? (
            <QueueEmpty
              filtered={search !== '' || choice.channel !== null || choice.status !== 'new'}
              total={counts?.total ?? 0}
              onClear={clearFilters}
            />
          ) : (
            <QueueTable
              ref={tableRef}
              items={queue.items}
              total={queue.total}
              selectedId={selectedId}
              hasMore={queue.hasMore}
              statusColumn={
                choice.status === 'all' || choice.status === 'by-rules'
                  ? 'status'
                  : choice.status === 'removed'
                    ? 'removal'
                    : null
              }
              checked={selection.selected}
              onToggle={toggleRow}
              onOpenMenu={openMenu}
              onSelect={select}
              onOpen={rowHandlers.open}
              onNeedMore={queue.loadMore}
            />
          )}
        </div>
        <DetailSplitter
          width={pane.width}
          collapsed={pane.collapsed}
          workspace={workspaceRef}
          onWidth={pane.choose}
          onCollapse={pane.setCollapsed}
        />
        <QueueDetail
          hidden={pane.collapsed}
          shown={shown}
          stale={shown !== null && shown.id !== selectedId}
          error={detailError}
          actionError={actionError}
          reasons={reasons}
          handlers={detailHandlers}
          headingRef={headingRef}
        />
      </div>
      {rowMenu ? (
        <RowMenu
          {...rowMenu}
          note={removalNote(queue.items.find((item) => item.id === rowMenu.itemId))}
          reasons={reasons}
          onRemove={(reasonId) => {
            setRowMenu(null);
            void actions.remove(reasonId, undefined, rowMenu.itemId);
          }}
          onClose={() => setRowMenu(null)}
        />
      ) : null}
      {dialog === 'reply' && detail ? (
        <ReplyComposer
          detail={detail}
          startWith={replyTemplate}
          onClose={() => {
            setDialog(null);
            setReplyTemplate(null);
          }}
          onSent={(updated) => {
            setDialog(null);
            setReplyTemplate(null);
            say('Sending the reply…');
            actions.changedElsewhere(updated);
          }}
        />
      ) : null}
      {dialog === 'forward' && detail ? (
        <ForwardDialog
          detail={detail}
          onClose={() => setDialog(null)}
          onSent={() => {
            setDialog(null);
            say('Forwarding by email…');
            void refreshDetail();
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
