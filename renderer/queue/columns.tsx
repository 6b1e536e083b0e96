// The queue's columns: the message takes the row; channel is an icon; sender, time and status stay small.
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { itemKindName } from '../../electron/api/channel-words';
import { kindNames, type QueueItem } from '../../electron/api/domain';
import { exactTime } from '../format/relative-time';
import { shortTime } from '../format/short-time';
import type { QueueFilters } from '../hooks/use-queue';
import { ChannelIcon } from './ChannelIcon';
import { SenderBadges } from './SenderBadges';

const column = createColumnHelper<QueueItem>();
export const growingColumn = 'message';
const statusLabels = { new: 'New', handled: 'Handled', removed: 'Removed', blocked: 'Blocked' } as const;

/** What the cells read at render time: kept in the table's meta, so the columns are built once. */
export interface QueueTableMeta {
  now: Date;
  isChecked: (id: number) => boolean;
  toggle: (index: number, range: boolean) => void;
  openMenu: (itemId: number, anchor: DOMRect) => void;
}

const metaOf = (meta: unknown) => meta as QueueTableMeta;
const kindWord = (item: QueueItem) => kindNames[item.kind].toLowerCase();

/**
 * What the rows say of their status: 'status' when the filter spans several statuses (otherwise every
 * row would say the same), 'removal' (why, and who) under Removed, nothing under New, Handled or Blocked.
 */
export type StatusColumn = 'status' | 'removal' | null;

export function statusColumnFor(status: QueueFilters['status']): StatusColumn {
  if (status === 'all' || status === 'by-rules') return 'status';
  return status === 'removed' ? 'removal' : null;
}

export function queueColumns(statusColumn: StatusColumn): ColumnDef<QueueItem, unknown>[] {
  const columns = [
    column.display({
      id: 'select',
      header: () => <span className="visually-hidden">Select</span>,
      size: 34,
      cell: ({ row, table }) => (
        <input
          type="checkbox"
          aria-label={`Select the ${kindWord(row.original)} from ${row.original.author.name}`}
          checked={metaOf(table.options.meta).isChecked(row.original.id)}
          onClick={(event) => {
            event.stopPropagation();
            metaOf(table.options.meta).toggle(row.index, event.shiftKey);
          }}
          onChange={() => undefined}
        />
      ),
    }),
    column.display({
      id: 'channel',
      header: () => <span className="visually-hidden">Channel</span>,
      size: 30,
      cell: ({ row }) => {
        const name = itemKindName(row.original.channel, row.original.kind);
        return (
          <span className="channel-mark" role="img" aria-label={name} title={name}>
            <ChannelIcon channel={row.original.channel} />
          </span>
        );
      },
    }),
    column.display({
      id: 'author',
      header: 'From',
      size: 168,
      cell: ({ row }) => (
        <span className="author-cell">
          <span className="author-name">{row.original.author.name}</span>
          <SenderBadges item={row.original} />
        </span>
      ),
    }),
    column.display({
      id: growingColumn,
      header: 'Message',
      cell: ({ row }) => <Message item={row.original} />,
    }),
    ...(statusColumn === 'removal'
      ? [
          column.display({
            id: 'removal',
            header: 'Removed for',
            size: 190,
            cell: ({ row }) =>
              row.original.removal ? (
                <span className="removal-reason" title={`Removed by ${row.original.removal.operator}`}>
                  {row.original.removal.reasonLabel} · {row.original.removal.operator}
                </span>
              ) : null,
          }),
        ]
      : []),
    ...(statusColumn === 'status'
      ? [
          column.display({
            id: 'status',
            header: 'Status',
            size: 150,
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
        ]
      : []),
    column.display({
      id: 'received',
      header: 'Received',
      size: 76,
      cell: ({ row, table }) => (
        <time dateTime={row.original.receivedAt} title={exactTime(row.original.receivedAt)}>
          {shortTime(row.original.receivedAt, metaOf(table.options.meta).now)}
        </time>
      ),
    }),
    column.display({
      id: 'actions',
      header: () => <span className="visually-hidden">Actions</span>,
      size: 40,
      cell: ({ row, table }) =>
        row.original.status === 'removed' || row.original.fromCouncil ? null : (
          <button
            type="button"
            className="row-actions"
            aria-label={`Remove the ${kindWord(row.original)} from ${row.original.author.name}…`}
            aria-haspopup="menu"
            onClick={(event) => {
              event.stopPropagation();
              metaOf(table.options.meta).openMenu(row.original.id, event.currentTarget.getBoundingClientRect());
            }}
          >
            ⋯
          </button>
        ),
    }),
  ];
  return columns as ColumnDef<QueueItem, unknown>[];
}

/** The message column takes the rest of the row; the others keep their size. */
export function widthOf(columnId: string, size: number) {
  return columnId === growingColumn ? { flex: '1 1 0', minWidth: 0 } : { flex: `0 0 ${size}px`, width: size };
}

/** Two lines of the message: the suggestion first, then (for email) the subject, then the text. */
function Message({ item }: { item: QueueItem }) {
  const body = item.text.replace(/^>.*$/gm, '').replace(/\s+/g, ' ').trim().slice(0, 400);
  return (
    <span className="message">
      {item.requestMark ? (
        <span
          className={`request-chip${item.requestMark.reference ? ' logged' : ''}${item.requestMark.overdue ? ' overdue' : ''}`}
        >
          {item.requestMark.reference && item.requestMark.label !== item.requestMark.reference
            ? `${item.requestMark.reference}: `
            : ''}
          {item.requestMark.label}
        </span>
      ) : null}
      {item.ruleMarks?.priority ? <span className="rule-chip priority">Priority</span> : null}
      {item.ruleMarks?.labels.map((label) => (
        <span key={label} className="rule-chip" title="Labelled by a rule">
          {label}
        </span>
      ))}
      {item.suggestion ? (
        <span
          className={`suggestion-chip confidence-${item.suggestion.confidence}`}
          title={item.suggestion.confidence === 'high' ? 'A strong suggestion' : 'A possible match'}
        >
          Suggested: {item.suggestion.reasonLabel}
        </span>
      ) : null}
      {item.subject ? <strong className="subject">{item.subject} — </strong> : null}
      {body}
    </span>
  );
}
