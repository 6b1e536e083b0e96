// Search, status, channel and order above the queue, with a count per channel; the detail pane's toggle.
import { memo, type Ref } from 'react';
import type { QueueCounts } from '../../electron/api/contract';
import { channelNames, channels, type Channel, type ItemStatus } from '../../electron/api/domain';
import type { QueueFilters as Filters } from '../hooks/use-queue';

const statusOptions: { value: ItemStatus | 'all' | 'by-rules'; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'handled', label: 'Handled' },
  { value: 'removed', label: 'Removed' },
  { value: 'blocked', label: 'Blocked' },
  { value: 'all', label: 'All' },
  { value: 'by-rules', label: 'Done by rules' },
];

interface Props {
  filters: Filters;
  searchText: string;
  counts: QueueCounts | null;
  total: number;
  detailShown: boolean;
  onSearchText: (text: string) => void;
  onChange: (filters: Filters) => void;
  onOrder: (order: Filters['order']) => void;
  onDetailShown: (shown: boolean) => void;
  onLeaveSearch: () => void;
  /** The search box, which / moves the focus to. */
  ref?: Ref<HTMLInputElement>;
}

/** Memoised: drawn again when the filters or counts change, not at every key press in the list. */
export const QueueFilters = memo(function QueueFilters({
  filters,
  searchText,
  counts,
  total,
  detailShown,
  onSearchText,
  onChange,
  onOrder,
  onDetailShown,
  onLeaveSearch,
  ref,
}: Props) {
  return (
    <div className="filters" role="search">
      <input
        ref={ref}
        type="search"
        aria-label="Search"
        placeholder="Search messages and senders  ( / )"
        value={searchText}
        onChange={(event) => onSearchText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onLeaveSearch();
        }}
      />
      <label className="filter">
        <span>Status</span>
        <select
          aria-label="Status"
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value as Filters['status'] })}
        >
          {statusOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Channel</span>
        <select
          aria-label="Channel"
          value={filters.channel ?? ''}
          onChange={(event) =>
            onChange({ ...filters, channel: event.target.value === '' ? null : (event.target.value as Channel) })
          }
        >
          <option value="">All channels{counts ? ` (${counts.total.toLocaleString('en-GB')})` : ''}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {channelNames[channel]}
              {counts ? ` (${counts.byChannel[channel].toLocaleString('en-GB')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Order</span>
        <select
          aria-label="Order"
          value={filters.order}
          onChange={(event) => onOrder(event.target.value === 'flagged' ? 'flagged' : 'newest')}
        >
          <option value="newest">Newest first</option>
          <option value="flagged">Flagged first</option>
        </select>
      </label>
      <p className="total" data-testid="queue-total" aria-live="polite">
        {total.toLocaleString('en-GB')} item{total === 1 ? '' : 's'}
      </p>
      <button
        type="button"
        className="pane-toggle"
        aria-pressed={detailShown}
        aria-controls="item-detail"
        onClick={() => onDetailShown(!detailShown)}
      >
        Detail pane
      </button>
    </div>
  );
});
