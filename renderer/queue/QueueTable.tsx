// The one table of every channel: TanStack Table for the columns, TanStack Virtual for 100,000 rows.
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import type { QueueItem } from '../../electron/api/domain';
import { useNow } from '../hooks/use-now';
import { growingColumn, queueColumns, type Selection } from './columns';

export const rowHeight = 46;

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
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
  onNeedMore: () => void;
  selection: Selection;
}

export const QueueTable = forwardRef<QueueTableHandle, Props>(function QueueTable({ items, total, selectedId, hasMore, onSelect, onOpen, onNeedMore, selection }, ref) {
  const scroller = useRef<HTMLDivElement>(null);
  const now = useNow(60_000);
  const columns = useMemo(() => queueColumns(now, selection), [now, selection]);
  const table = useReactTable({ data: items, columns, getCoreRowModel: getCoreRowModel(), getRowId: (item) => String(item.id) });
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 12 });
  const virtualRows = virtualizer.getVirtualItems();

  useImperativeHandle(ref, () => ({
    focus: () => scroller.current?.focus(),
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    isAtTop: () => (scroller.current?.scrollTop ?? 0) < rowHeight,
  }));

  const lastVisible = virtualRows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastVisible >= rows.length - 25) onNeedMore();
  }, [hasMore, lastVisible, rows.length, onNeedMore]);

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} aria-label="Queue rows; j and k move, Enter opens">
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
            const selected = row.original.id === selectedId;
            return (
              <tr
                role="row"
                key={row.id}
                aria-rowindex={virtualRow.index + 2}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                style={{ transform: `translateY(${virtualRow.start}px)` }}
                onClick={() => onSelect(row.original.id)}
                onDoubleClick={() => onOpen(row.original.id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td role="cell" key={cell.id} style={widthOf(cell.column.id, cell.column.getSize())}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/** The message column takes the rest of the row; the others keep their size. */
function widthOf(columnId: string, size: number) {
  return columnId === growingColumn ? { flex: '1 1 0', minWidth: 0 } : { flex: `0 0 ${size}px`, width: size };
}
