// The console: header, filters, the queue and the detail pane, wired to the keyboard.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../electron/api/client';
import type { AppInfo } from '../electron/api/contract';
import { ItemDetailPane } from './detail/ItemDetailPane';
import { useCounts } from './hooks/use-counts';
import { useDebounced } from './hooks/use-debounced';
import { useItemDetail } from './hooks/use-item-detail';
import { useQueue, type QueueFilters as Filters } from './hooks/use-queue';
import { useQueueKeys } from './hooks/use-queue-keys';
import { QueueFilters } from './queue/QueueFilters';
import { QueueTable, type QueueTableHandle } from './queue/QueueTable';
import { QueueEmpty } from './queue/QueueEmpty';
import { useStatusMessage } from './hooks/use-status-message';

export function App({ api }: { api: ApiClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText, 150);
  const [choice, setChoice] = useState<Omit<Filters, 'search'>>({ status: 'new', channel: null });
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
  const status = useStatusMessage();
  const tableRef = useRef<QueueTableHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Enter opens the selected item; if its detail is still loading, focus it once it arrives.
  const focusDetailWhenReady = useRef(false);
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

  useEffect(() => {
    void api.call('app:info', {}).then((result) => result.ok && setInfo(result.value));
  }, [api]);

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

  const reloadQueue = queue.reload;
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'queue:changed') return;
        void refreshCounts();
        if (event.cause === 'ingest' && !tableRef.current?.isAtTop()) setNewItemsWaiting(true);
        else if (event.cause === 'ingest') void reloadQueue();
      }),
    [api, refreshCounts, reloadQueue],
  );

  const markHandled = useCallback(async () => {
    if (selectedId === null || selectedIndex < 0) return;
    const result = await api.call('item:markHandled', { id: selectedId });
    if (!result.ok) return setActionError(result.error.message);
    setActionError(null);
    status.say('Marked as needing no action.');
    const next = queue.items[selectedIndex + 1] ?? queue.items[selectedIndex - 1];
    queue.applyChange(result.value);
    if (choice.status === 'new' && next) setSelectedId(next.id);
    else void refreshDetail();
    void refreshCounts();
  }, [api, selectedId, selectedIndex, queue, choice.status, refreshDetail, refreshCounts, status]);

  useQueueKeys({
    j: () => select(selectedIndex + 1),
    ArrowDown: () => select(selectedIndex + 1),
    k: () => select(selectedIndex - 1),
    ArrowUp: () => select(selectedIndex - 1),
    Enter: openDetail,
    '/': () => searchRef.current?.focus(),
    i: () => void markHandled(),
  });

  const clearFilters = () => {
    setSearchText('');
    setChoice({ status: 'new', channel: null });
  };

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>Moderation console</h1>
          <p className="council">{info?.councilName ?? ' '}</p>
        </div>
        <p className="total" data-testid="queue-total" aria-live="polite">
          {queue.total.toLocaleString('en-GB')} item{queue.total === 1 ? '' : 's'}
        </p>
      </header>
      <QueueFilters
        ref={searchRef}
        filters={filters}
        searchText={searchText}
        counts={counts}
        onSearchText={setSearchText}
        onChange={(next) => setChoice({ status: next.status, channel: next.channel })}
        onLeaveSearch={() => tableRef.current?.focus()}
      />
      {newItemsWaiting ? (
        <p className="notice">
          New items have arrived.{' '}
          <button type="button" onClick={() => { setNewItemsWaiting(false); void queue.reload(); tableRef.current?.scrollToIndex(0); }}>
            Show them
          </button>
        </p>
      ) : null}
      <main className="workspace">
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
              onSelect={(id) => setSelectedId(id)}
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
              <div className="item-actions">
                {actionError ? <p role="alert" className="alert">{actionError}</p> : null}
                <button type="button" onClick={() => void markHandled()} disabled={detail.status !== 'new'}>
                  No action needed <kbd>i</kbd>
                </button>
              </div>
            ) : null
          }
        />
      </main>
      <footer className="app-footer">
        <span>Keyboard: j/k move · Enter open · / search · i no action needed</span>
        <span role="status" aria-live="polite" className="status-message">{status.message}</span>
      </footer>
    </div>
  );
}
