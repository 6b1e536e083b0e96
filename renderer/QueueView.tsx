// The queue workspace: filters, the list, the detail pane and every moderation action, keyboard first.
// Its parts live in queue/: the filters and list state, the dialogs, the arrivals and the detail's focus.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { PolicyReasonId } from '../electron/api/domain';
import type { PolicyReason } from '../electron/api/policy';
import { useCounts } from './hooks/use-counts';
import { useDetailWidth } from './hooks/use-detail-width';
import { useItemDetail } from './hooks/use-item-detail';
import { useQueue } from './hooks/use-queue';
import { useQueueActions } from './hooks/use-queue-actions';
import { useQueueKeys } from './hooks/use-queue-keys';
import { useSelection } from './hooks/use-selection';
import { useStableHandlers } from './hooks/use-stable-handlers';
import type { Preferences } from './preferences/preferences';
import { DetailSplitter } from './queue/DetailSplitter';
import { QueueDetail, type DetailHandlers } from './queue/QueueDetail';
import { QueueDialogs } from './queue/QueueDialogs';
import { QueueFilters } from './queue/QueueFilters';
import { QueueList } from './queue/QueueList';
import { ArrivalsNotice, PersonNotice } from './queue/QueueNotices';
import type { QueueTableHandle } from './queue/QueueTable';
import { SelectionBar } from './queue/SelectionBar';
import type { UndoOffer } from './queue/UndoControls';
import { useArrivals } from './queue/use-arrivals';
import { useDetailFocus } from './queue/use-detail-focus';
import { useQueueDialogs } from './queue/use-queue-dialogs';
import { useQueueFilters } from './queue/use-queue-filters';
import { useQueueUndo } from './queue/use-queue-undo';

interface Props {
  reasons: PolicyReason[];
  /** Who is working: undo offers their own actions. */
  operatorId: number | null;
  say: (message: string) => void;
  setUndo: (offer: UndoOffer | null) => void;
  /** The clerk's layout: the detail pane's width and the queue's order are kept there. */
  preferences: Preferences;
}

export function QueueView({ reasons, operatorId, say, setUndo, preferences }: Props) {
  const view = useQueueFilters(preferences);
  const { filters } = view;
  const queue = useQueue(filters);
  const { counts, refresh: refreshCounts } = useCounts(filters);
  const [chosenId, setSelectedId] = useState<number | null>(null);
  // The chosen row while it is in the list; otherwise the first row, so something is always selected.
  const chosenIndex = queue.items.findIndex((item) => item.id === chosenId);
  const selectedIndex = chosenIndex >= 0 ? chosenIndex : queue.items.length > 0 ? 0 : -1;
  const selectedId = queue.items[selectedIndex]?.id ?? null;
  const { detail, shown, error: detailError, refresh: refreshDetail } = useItemDetail(selectedId);
  const [actionError, setActionError] = useState<string | null>(null);
  const selection = useSelection();
  const pane = useDetailWidth(preferences);
  const tableRef = useRef<QueueTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const workspaceRef = useRef<HTMLDivElement>(null);
  const focus = useDetailFocus(detail, pane);
  const arrivals = useArrivals(tableRef, queue.reload);
  const dialogs = useQueueDialogs({ detail, selectedId, say, refreshDetail: () => void refreshDetail() });
  const label = useCallback((id: PolicyReasonId) => reasons.find((reason) => reason.id === id)?.label ?? id, [reasons]);

  // Undo offers the clerk's own actions; an undone one reloads the list and selects its item again.
  const { undo, track } = useQueueUndo({ operatorId, say, setUndo }, (outcome) => {
    void queue.reload().then(() => {
      if (outcome.itemIds[0] !== undefined) setSelectedId(outcome.itemIds[0]);
      void queue.refreshSenders('everyone');
    });
    refreshCounts();
  });

  const select = useCallback((id: number | null) => {
    setSelectedId(id);
    setActionError(null);
  }, []);
  const actions = useQueueActions({
    queue,
    status: filters.status,
    selectedId,
    select,
    label,
    say,
    setError: setActionError,
    track,
    refreshDetail: () => void refreshDetail(),
    refreshCounts: () => void refreshCounts(),
    onFollowUp: dialogs.followUp,
    clearChecked: selection.clear,
  });

  const moveTo = useCallback(
    (index: number) => {
      const item = queue.items[Math.max(0, Math.min(queue.items.length - 1, index))];
      if (!item) return;
      select(item.id);
      tableRef.current?.scrollToIndex(queue.items.indexOf(item));
    },
    [queue.items, select],
  );

  const ids = useMemo(() => queue.items.map((item) => item.id), [queue.items]);
  const { toggle } = selection;
  const toggleRow = useCallback((index: number, range: boolean) => toggle(ids, index, range), [toggle, ids]);
  // Rows keep the callbacks they were first drawn with (QueueRow), so these must not go stale.
  const rowHandlers = useStableHandlers({
    open: (id: number) => {
      select(id);
      focus.focusOnLoad();
    },
  });

  const detailHandlers = useStableHandlers<DetailHandlers>({
    reply: () => dialogs.setDialog('reply'),
    forward: () => dialogs.setDialog('forward'),
    markHandled: (itemId) => void actions.markHandled(itemId),
    remove: (reasonId, notice, itemId) => void actions.remove(reasonId, notice, itemId),
    restore: (itemId) => void actions.restore(itemId),
    retry: (outboxId) => void actions.retry(outboxId),
    showPerson: (person) => view.showPerson({ id: person.id, name: person.displayName }),
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
    Enter: focus.openDetail,
    '/': () => searchRef.current?.focus(),
    i: () => void actions.markHandled(),
    x: () => selectedIndex >= 0 && toggle(ids, selectedIndex, false),
    z: () => void undo(),
    r: dialogs.openReply,
    p: () => {
      const item = queue.items[selectedIndex];
      if (item) view.showPerson({ id: item.personId, name: item.author.name });
    },
    ...reasonKeys,
  });

  const filterHandlers = useStableHandlers({
    order: (next: typeof filters.order) => view.setOrder(next),
    detailShown: (shownNow: boolean) => pane.setCollapsed(!shownNow),
    leaveSearch: () => tableRef.current?.focus(),
  });

  return (
    <>
      <QueueFilters
        ref={searchRef}
        filters={filters}
        searchText={view.searchText}
        counts={counts}
        total={queue.total}
        detailShown={!pane.collapsed}
        onSearchText={view.setSearchText}
        onChange={view.change}
        onOrder={filterHandlers.order}
        onDetailShown={filterHandlers.detailShown}
        onLeaveSearch={filterHandlers.leaveSearch}
      />
      <PersonNotice person={filters.person} onBack={view.clear} />
      {selection.selected.size > 0 ? (
        <SelectionBar
          count={selection.selected.size}
          reasons={reasons}
          onRemove={(id) => void actions.removeSelected([...selection.selected], id)}
          onClear={selection.clear}
        />
      ) : null}
      <ArrivalsNotice waiting={arrivals.waiting} onShow={arrivals.show} />
      <div
        className={pane.collapsed ? 'workspace detail-collapsed' : 'workspace'}
        ref={workspaceRef}
        style={{ '--detail-width': `${pane.width}px` } as React.CSSProperties}
      >
        <QueueList
          items={queue.items}
          total={queue.total}
          loading={queue.loading}
          error={queue.error}
          hasMore={queue.hasMore}
          filtered={view.filtered}
          everything={counts?.total ?? 0}
          selectedId={selectedId}
          statusColumn={filters.status === 'all' ? 'status' : filters.status === 'removed' ? 'removal' : null}
          checked={selection.selected}
          tableRef={tableRef}
          onRetry={() => void queue.reload()}
          onClear={view.clear}
          onToggle={toggleRow}
          onOpenMenu={dialogs.openMenu}
          onSelect={select}
          onOpen={rowHandlers.open}
          onNeedMore={queue.loadMore}
        />
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
          headingRef={focus.headingRef}
        />
      </div>
      <QueueDialogs
        dialogs={dialogs}
        detail={detail}
        items={queue.items}
        reasons={reasons}
        say={say}
        onRemove={(reasonId, itemId) => void actions.remove(reasonId, undefined, itemId)}
        onReplied={(updated) => actions.changedElsewhere(updated)}
        onForwarded={() => void refreshDetail()}
      />
    </>
  );
}
