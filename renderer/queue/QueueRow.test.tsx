// The queue row: what it says of an item, and which of the clerk's clicks reach which callback.
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../electron/api/domain';
import { queueItem } from '../test-support/items';
import { queueColumns, type QueueTableMeta } from './columns';
import { QueueRow } from './QueueRow';

const item = queueItem;

interface Harness {
  rowItem: QueueItem;
  selected?: boolean;
  meta: QueueTableMeta;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
}

/** One row inside a table, drawn the way QueueTable draws it (without the virtual scrolling). */
function OneRow({ rowItem, selected = false, meta, onSelect, onOpen }: Harness) {
  // eslint-disable-next-line react-hooks/incompatible-library -- test harness, no React Compiler
  const table = useReactTable({
    data: [rowItem],
    columns: queueColumns(null),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
    meta,
  });
  const row = table.getRowModel().rows[0];
  if (!row) return null;
  return (
    <table>
      <tbody>
        <QueueRow
          row={row}
          start={0}
          selected={selected}
          checked={meta.isChecked(rowItem.id)}
          now={meta.now}
          onSelect={onSelect}
          onOpen={onOpen}
        />
      </tbody>
    </table>
  );
}

function setUp(rowItem: QueueItem = item, selected = false) {
  const meta = {
    now: new Date('2026-12-01T12:00:00.000Z'),
    isChecked: () => false,
    toggle: vi.fn<QueueTableMeta['toggle']>(),
    openMenu: vi.fn<QueueTableMeta['openMenu']>(),
  };
  const onSelect = vi.fn<(id: number) => void>();
  const onOpen = vi.fn<(id: number) => void>();
  const view = render(<OneRow rowItem={rowItem} selected={selected} meta={meta} onSelect={onSelect} onOpen={onOpen} />);
  return { meta, onSelect, onOpen, view, row: screen.getByRole('row') };
}

describe('QueueRow', () => {
  it('shows the sender, the suggestion and the message, and whether it is selected', () => {
    const { row } = setUp(item, true);
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(within(row).getByText('Margaret Hale')).toBeInTheDocument();
    expect(row).toHaveTextContent('Suggested: Commercial spam');
    expect(row).toHaveTextContent('Buy cheap watches at example.com');
    expect(within(row).getByRole('img', { name: /Facebook/ })).toBeInTheDocument();
  });

  it('selects the item on a click and opens it on a double click', async () => {
    const { row, onSelect, onOpen } = setUp();
    expect(row).toHaveAttribute('aria-selected', 'false');
    await userEvent.click(within(row).getByText('Margaret Hale'));
    expect(onSelect).toHaveBeenCalledWith(41);
    await userEvent.dblClick(within(row).getByText('Margaret Hale'));
    expect(onOpen).toHaveBeenCalledWith(41);
  });

  it('ticks the row for a bulk removal without selecting it', async () => {
    const { row, meta, onSelect } = setUp();
    await userEvent.click(within(row).getByRole('checkbox', { name: 'Select the comment from Margaret Hale' }));
    expect(meta.toggle).toHaveBeenCalledWith(0, false);
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('opens the removal menu for its own item, and offers none once the item is removed', async () => {
    const { row, meta, onSelect, view } = setUp();
    await userEvent.click(within(row).getByRole('button', { name: 'Remove the comment from Margaret Hale…' }));
    expect(meta.openMenu).toHaveBeenCalledWith(41, expect.any(Object));
    expect(onSelect).not.toHaveBeenCalled();
    view.unmount();
    const removed = setUp({ ...item, status: 'removed' });
    expect(within(removed.row).queryByRole('button', { name: /^Remove/ })).toBeNull();
  });
});
