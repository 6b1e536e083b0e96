// The list side of the workspace: the rows, or why there are none (a load refused, nothing to do).
import type { Ref } from 'react';
import type { QueueItem } from '../../electron/api/domain';
import type { StatusColumn } from './columns';
import { QueueEmpty } from './QueueEmpty';
import { QueueTable, type QueueTableHandle } from './QueueTable';

interface Props {
  items: QueueItem[];
  total: number;
  loading: boolean;
  error: string | null;
  hasMore: boolean;
  /** Any filter away from the first view, so the empty list offers to clear them. */
  filtered: boolean;
  everything: number;
  selectedId: number | null;
  statusColumn: StatusColumn;
  checked: ReadonlySet<number>;
  tableRef: Ref<QueueTableHandle>;
  onRetry: () => void;
  onClear: () => void;
  onToggle: (index: number, range: boolean) => void;
  onOpenMenu: (itemId: number, anchor: DOMRect) => void;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
  onNeedMore: () => void;
}

export function QueueList(props: Props) {
  const { items, total, loading, error, filtered, everything, tableRef, onRetry, onClear, ...table } = props;
  return (
    <div className="queue-pane">
      {error ? (
        <div role="alert" className="alert">
          {error}{' '}
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : items.length === 0 && !loading ? (
        <QueueEmpty filtered={filtered} total={everything} onClear={onClear} />
      ) : (
        <QueueTable ref={tableRef} items={items} total={total} {...table} />
      )}
    </div>
  );
}
