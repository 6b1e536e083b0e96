// One row of the queue, drawn again only when its item, place, selection or tick changes (not on every key).
import { flexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { QueueItem } from '../../electron/api/domain';
import { widthOf } from './columns';

interface Props {
  row: Row<QueueItem>;
  start: number;
  selected: boolean;
  checked: boolean;
  /** The minute the times are shown for. */
  now: Date;
  /** Stable callbacks: they are not compared. */
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
}

function QueueRowView({ row, start, selected, onSelect, onOpen }: Props) {
  const item = row.original;
  return (
    <tr
      role="row"
      aria-rowindex={row.index + 2}
      aria-selected={selected}
      data-channel={item.channel}
      className={selected ? 'selected' : undefined}
      style={{ transform: `translateY(${start}px)` }}
      onClick={() => onSelect(item.id)}
      onDoubleClick={() => onOpen(item.id)}
    >
      {row.getVisibleCells().map((cell) => (
        <td role="cell" key={cell.column.id} style={widthOf(cell.column.id, cell.column.getSize())}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

export const QueueRow = memo(
  QueueRowView,
  (before, after) =>
    before.row.original === after.row.original &&
    before.row.index === after.row.index &&
    before.row.getVisibleCells().length === after.row.getVisibleCells().length &&
    before.start === after.start &&
    before.selected === after.selected &&
    before.checked === after.checked &&
    before.now === after.now,
);
