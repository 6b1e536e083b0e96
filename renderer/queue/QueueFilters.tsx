// Search, status and channel filters above the queue, with a count per channel.
import { forwardRef } from 'react';
import type { QueueCounts } from '../../electron/api/contract';
import { channelNames, channels, type Channel, type ItemStatus } from '../../electron/api/domain';
import type { QueueFilters as Filters } from '../hooks/use-queue';

const statusOptions: { value: ItemStatus | 'all'; label: string }[] = [
  { value: 'new', label: 'New' },
  { value: 'handled', label: 'Handled' },
  { value: 'removed', label: 'Removed' },
  { value: 'blocked', label: 'Blocked' },
  { value: 'all', label: 'All' },
];

interface Props {
  filters: Filters;
  searchText: string;
  counts: QueueCounts | null;
  total: number;
  onSearchText: (text: string) => void;
  onChange: (filters: Filters) => void;
  onLeaveSearch: () => void;
}

export const QueueFilters = forwardRef<HTMLInputElement, Props>(function QueueFilters(
  { filters, searchText, counts, total, onSearchText, onChange, onLeaveSearch },
  searchRef,
) {
  return (
    <div className="filters" role="search">
      <input
        ref={searchRef}
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
        <select aria-label="Status" value={filters.status} onChange={(event) => onChange({ ...filters, status: event.target.value as Filters['status'] })}>
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
          onChange={(event) => onChange({ ...filters, channel: event.target.value === '' ? null : (event.target.value as Channel) })}
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
      <p className="total" data-testid="queue-total" aria-live="polite">
        {total.toLocaleString('en-GB')} item{total === 1 ? '' : 's'}
      </p>
    </div>
  );
});
