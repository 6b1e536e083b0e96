// The one table of every channel: TanStack Table for the columns, TanStack Virtual for 100,000 rows.
import { getCoreRowModel, useReactTable, flexRender } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { QueueItem } from '../../electron/api/domain';
import { useNow } from '../hooks/use-now';
import { queueColumns, widthOf, type QueueTableMeta, type StatusColumn } from './columns';
import { QueueRow } from './QueueRow';

export const rowHeight = 54;

export interface QueueTableHandle {
  focus(): void;
  scrollToIndex(index: number): void;
  isAtTop(): boolean;
}

interface Props {
  items: QueueItem[];
  total: number;
  selectedId: number | null;
  hasMore: boolean;
  statusColumn: StatusColumn;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
  onNeedMore: () => void;
  checked: ReadonlySet<number>;
  onToggle: (index: number, range: boolean) => void;
  onOpenMenu: (itemId: number, anchor: DOMRect) => void;
  /** What the queue asks of the table: focus, scrolling to a row, whether the clerk is at the top. */
  ref?: Ref<QueueTableHandle>;
}

export function QueueTable({
  items,
  total,
  selectedId,
  hasMore,
  statusColumn,
  onSelect,
  onOpen,
  onNeedMore,
  checked,
  onToggle,
  onOpenMenu,
  ref,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const now = useNow(60_000);
  // Built once per status mode: what changes from render to render (time, ticks, menus) is read from meta.
  const columns = useMemo(() => queueColumns(statusColumn), [statusColumn]);
  const handlers = useRef({ onToggle, onOpenMenu });
  useEffect(() => {
    handlers.current = { onToggle, onOpenMenu };
  });
  // Rows are drawn again only when their own props change (QueueRow); they read the rest from here.
  const meta = useMemo<QueueTableMeta>(
    () => ({
      now,
      isChecked: (id) => checked.has(id),
      toggle: (index, range) => handlers.current.onToggle(index, range),
      openMenu: (itemId, anchor) => handlers.current.onOpenMenu(itemId, anchor),
    }),
    [now, checked],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: QueueRow memoises the rows itself
  const table = useReactTable({
    data: items,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (item) => String(item.id),
    meta,
  });
  const rows = table.getRowModel().rows;
  // Few rows beyond the window: each costs layout and paint on every change of filter.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
  const virtualRows = virtualizer.getVirtualItems();

  useImperativeHandle(ref, () => ({
    focus: () => scroller.current?.focus(),
    // A row already on screen needs no scrolling, and asking would make the browser lay the page out
    // in the middle of a key press (the virtualizer reads the scroll size).
    scrollToIndex: (index) => {
      const shown = virtualizer.range;
      if (shown && index > shown.startIndex && index < shown.endIndex) return;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    isAtTop: () => (scroller.current?.scrollTop ?? 0) < rowHeight,
  }));

  const lastVisible = virtualRows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastVisible >= rows.length - 25) onNeedMore();
  }, [hasMore, lastVisible, rows.length, onNeedMore]);

  return (
    <div
      className="table-scroller"
      ref={scroller}
      tabIndex={0}
      aria-label="Queue rows; j and k move, Enter opens, ? lists every key"
    >
      <table role="table" aria-label="Queue" aria-rowcount={total + 1} className="queue-table">
        <thead role="rowgroup">
          {table.getHeaderGroups().map((group) => (
            <tr role="row" key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th role="columnheader" key={header.id} style={widthOf(header.column.id, header.getSize())}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody role="rowgroup" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtualRow) => {
            const row = rows[virtualRow.index];
            if (!row) return null;
            return (
              <QueueRow
                key={row.id}
                row={row}
                start={virtualRow.start}
                selected={row.original.id === selectedId}
                checked={checked.has(row.original.id)}
                now={now}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
