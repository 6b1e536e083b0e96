// The whole item: who sent it, where, its context (the post it answers, the thread) and the record.
import type { ReactNode, Ref } from 'react';
import { itemKindName } from '../../electron/api/channel-words';
import { kindNames, type ItemDetail, type QueueItem } from '../../electron/api/domain';
import { exactTime } from '../format/relative-time';
import { ChannelIcon } from '../queue/ChannelIcon';
import { EmailHtml } from './EmailHtml';

interface Props {
  /** Collapsed by the clerk: kept in the page (the pane's toggle controls it), not drawn. */
  hidden?: boolean;
  detail: ItemDetail | null;
  /** The item shown is the one selected before, until the selected one has loaded: greyed, and takes no clicks. */
  stale?: boolean;
  error: string | null;
  actions?: ReactNode;
  /** The item's heading, which Enter (or a double-click on its row) moves the focus to. */
  ref?: Ref<HTMLHeadingElement>;
}

export function ItemDetailPane({ hidden, detail, stale, error, actions, ref }: Props) {
  if (hidden) return <section className="detail" id="item-detail" aria-label="Item detail" hidden />;
  return (
    <section
      className={stale ? 'detail stale' : 'detail'}
      id="item-detail"
      aria-label="Item detail"
      aria-busy={stale ? true : undefined}
    >
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      {detail ? (
        <Detail detail={detail} headingRef={ref} actions={actions} inert={stale} />
      ) : !error ? (
        <p className="empty">Select an item to see it in full.</p>
      ) : null}
    </section>
  );
}

function Detail({
  detail,
  headingRef,
  actions,
  inert,
}: {
  detail: ItemDetail;
  headingRef: Ref<HTMLHeadingElement> | undefined;
  actions: ReactNode;
  inert?: boolean;
}) {
  const title = detail.subject ?? `${kindNames[detail.kind]} from ${detail.author.name}`;
  return (
    // While greyed it is not there for a screen reader either: the pane says it is busy instead.
    <article inert={inert} aria-hidden={inert ? true : undefined}>
      <header className="detail-header">
        <p className="detail-channel">
          <ChannelIcon channel={detail.channel} /> {itemKindName(detail.channel, detail.kind)} · {detail.accountName}
        </p>
        <h2 tabIndex={-1} ref={headingRef}>
          {title}
        </h2>
        <dl className="detail-meta">
          <dt>From</dt>
          <dd>
            {detail.author.name}
            {detail.author.handle ? ` ${detail.author.handle}` : ''}
            {detail.author.email ? ` <${detail.author.email}>` : ''}
            {detail.author.phone && detail.author.phone !== detail.author.name ? ` ${detail.author.phone}` : ''}
          </dd>
          <dt>Received</dt>
          <dd>
            <time dateTime={detail.receivedAt}>{exactTime(detail.receivedAt)}</time>
          </dd>
          {detail.url ? (
            <>
              <dt>Original</dt>
              <dd className="url">{detail.url}</dd>
            </>
          ) : null}
        </dl>
      </header>
      {detail.html ? <EmailHtml html={detail.html} /> : <div className="body">{detail.text}</div>}
      {actions}
      {detail.parent ? (
        <section className="context" aria-label="In reply to">
          <h3>In reply to</h3>
          <ContextItem item={detail.parent} />
        </section>
      ) : null}
      {detail.thread.length > 0 ? (
        <section className="context" aria-label="Thread">
          <h3>
            Thread ({detail.thread.length} other message{detail.thread.length === 1 ? '' : 's'})
          </h3>
          <ol className="thread">
            {detail.thread.map((item) => (
              <li key={item.id}>
                <ContextItem item={item} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section className="record" aria-label="Record">
        <h3>Record</h3>
        {detail.actions.length === 0 ? (
          <p className="muted">Nothing done yet.</p>
        ) : (
          <ol>
            {detail.actions.map((action) => (
              <li key={action.id}>
                <time dateTime={action.createdAt}>{exactTime(action.createdAt)}</time> · {action.operator} ·{' '}
                {action.summary}
                {action.delivery ? (
                  <span className={action.delivery.startsWith('failed') ? 'delivery failed' : 'delivery'}>
                    {' '}
                    · {action.deliveryWords ?? action.delivery}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}

function ContextItem({ item }: { item: QueueItem }) {
  return (
    <blockquote className={item.fromCouncil ? 'council' : undefined}>
      <p className="context-meta">
        {item.author.name}
        {item.fromCouncil ? ' (the council)' : ''} ·{' '}
        <time dateTime={item.receivedAt}>{exactTime(item.receivedAt)}</time>
      </p>
      <p className="context-text">{item.text}</p>
    </blockquote>
  );
}
