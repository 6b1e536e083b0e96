// The queue workspace, laid out: filters, notices, the table, the detail pane and what is open over them.
// What each part does is in queue/use-queue-controller.ts (keyboard first).
import { useRef, type CSSProperties } from 'react';
import { statusColumnFor } from './queue/columns';
import { DetailSplitter } from './queue/DetailSplitter';
import { QueueDetail } from './queue/QueueDetail';
import { QueueDialogs } from './queue/QueueDialogs';
import { QueueEmpty } from './queue/QueueEmpty';
import { QueueFilters } from './queue/QueueFilters';
import { ArrivalsNotice, PersonNotice } from './queue/QueueNotices';
import { QueueTable } from './queue/QueueTable';
import { SelectionBar } from './queue/SelectionBar';
import { useQueueController, type QueueOptions } from './queue/use-queue-controller';

export function QueueView(props: QueueOptions) {
  const { reasons } = props;
  const controller = useQueueController(props);
  const { filters, counts, queue, cursor, item, selection, pane, arrivals, dialogs } = controller;
  const { tableRef, searchRef, headingRef, toggleRow, removeSelected } = controller;
  const { rowHandlers, filterHandlers, detailHandlers, dialogHandlers } = controller;
  const workspaceRef = useRef<HTMLDivElement>(null);
  const { person, status } = filters.filters;

  return (
    <>
      <QueueFilters
        ref={searchRef}
        filters={filters.filters}
        searchText={filters.searchText}
        counts={counts}
        total={queue.total}
        detailShown={!pane.collapsed}
        onSearchText={filters.setSearchText}
        onChange={filterHandlers.change}
        onOrder={filterHandlers.order}
        onDetailShown={filterHandlers.detailShown}
        onLeaveSearch={filterHandlers.leaveSearch}
      />
      {person ? <PersonNotice name={person.name} onBack={filters.clear} /> : null}
      {selection.selected.size > 0 ? (
        <SelectionBar
          count={selection.selected.size}
          reasons={reasons}
          onRemove={removeSelected}
          onClear={selection.clear}
        />
      ) : null}
      {arrivals.waiting ? <ArrivalsNotice onShow={arrivals.show} /> : null}
      <div
        className={pane.collapsed ? 'workspace detail-collapsed' : 'workspace'}
        ref={workspaceRef}
        style={{ '--detail-width': `${pane.width}px` } as CSSProperties}
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
            <QueueEmpty filtered={filters.narrowed} total={counts?.total ?? 0} onClear={filters.clear} />
          ) : (
            <QueueTable
              ref={tableRef}
              items={queue.items}
              total={queue.total}
              selectedId={cursor.selectedId}
              hasMore={queue.hasMore}
              statusColumn={statusColumnFor(status)}
              checked={selection.selected}
              onToggle={toggleRow}
              onOpenMenu={dialogs.openMenu}
              onSelect={cursor.select}
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
          shown={item.shown}
          stale={item.shown !== null && item.shown.id !== cursor.selectedId}
          error={item.error}
          actionError={cursor.actionError}
          reasons={reasons}
          handlers={detailHandlers}
          headingRef={headingRef}
        />
      </div>
      <QueueDialogs
        dialogs={dialogs}
        detail={item.detail}
        items={queue.items}
        reasons={reasons}
        onRemove={dialogHandlers.removeFromMenu}
        onReplySent={dialogHandlers.replySent}
        onForwarded={dialogHandlers.forwarded}
      />
    </>
  );
}
