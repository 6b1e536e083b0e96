// The queue's columns: channel, author, message, received, status.
import { createColumnHelper } from '@tanstack/react-table';
import { channelNames, kindNames, type QueueItem } from '../../electron/api/domain';
import { excerpt } from '../format/excerpt';
import { exactTime, relativeTime } from '../format/relative-time';
import { ChannelIcon } from './ChannelIcon';

const column = createColumnHelper<QueueItem>();
export const growingColumn = 'message';
const statusLabels = { new: 'New', handled: 'Handled', removed: 'Removed', blocked: 'Blocked' } as const;

export interface Selection {
  isSelected: (id: number) => boolean;
  toggle: (index: number, range: boolean) => void;
  openMenu: (itemId: number, anchor: DOMRect) => void;
}

export function queueColumns(now: Date, selection: Selection) {
  return [
    column.display({
      id: 'select',
      header: () => <span className="visually-hidden">Select</span>,
      size: 40,
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select the ${kindNames[row.original.kind].toLowerCase()} from ${row.original.author.name}`}
          checked={selection.isSelected(row.original.id)}
          onClick={(event) => {
            event.stopPropagation();
            selection.toggle(row.index, event.shiftKey);
          }}
          onChange={() => undefined}
        />
      ),
    }),
    column.accessor('channel', {
      header: 'Channel',
      size: 140,
      cell: ({ row }) => (
        <span className="channel-cell">
          <ChannelIcon channel={row.original.channel} />
          <span className="channel-text">
            <span>{channelNames[row.original.channel]}</span>
            <span className="kind">{kindNames[row.original.kind]}</span>
          </span>
        </span>
      ),
    }),
    column.accessor((item) => item.author.name, {
      id: 'author',
      header: 'From',
      size: 200,
      cell: ({ row }) => (
        <span className="author-cell">
          <span className="author-name">
            {row.original.author.name}
            {row.original.strikes > 0 ? (
              <span className="strike-badge" title={`${row.original.strikes} strike${row.original.strikes === 1 ? '' : 's'} in the repeat-offender window`}>
                {row.original.strikes} strike{row.original.strikes === 1 ? '' : 's'}
              </span>
            ) : null}
          </span>
          {row.original.author.handle ? <span className="handle">{row.original.author.handle}</span> : null}
        </span>
      ),
    }),
    column.accessor((item) => excerpt(item.text, item.subject), {
      id: growingColumn,
      header: 'Message',
      cell: ({ getValue }) => <span className="excerpt">{getValue()}</span>,
    }),
    column.accessor('receivedAt', {
      header: 'Received',
      size: 110,
      cell: ({ getValue }) => (
        <time dateTime={getValue()} title={exactTime(getValue())}>
          {relativeTime(getValue(), now)}
        </time>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      size: 180,
      cell: ({ row }) => (
        <span className="status-cell">
          <span className={`badge badge-${row.original.status}`}>{statusLabels[row.original.status]}</span>
          {row.original.removal ? (
            <span className="removal-reason" title={`Removed by ${row.original.removal.operator}`}>
              {row.original.removal.reasonLabel} · {row.original.removal.operator}
            </span>
          ) : null}
        </span>
      ),
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      size: 48,
      cell: ({ row }) =>
        row.original.status === 'removed' || row.original.fromCouncil ? null : (
          <button
            type="button"
            className="row-actions"
            aria-label={`Remove the ${kindNames[row.original.kind].toLowerCase()} from ${row.original.author.name}…`}
            aria-haspopup="menu"
            onClick={(event) => {
              event.stopPropagation();
              selection.openMenu(row.original.id, event.currentTarget.getBoundingClientRect());
            }}
          >
            ⋯
          </button>
        ),
    }),
  ];
}
