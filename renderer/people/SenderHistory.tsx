// The sender's person: every channel they use, what they sent, strikes, blocks, links and the clerk's notes.
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { channelNames, type AuthorDetail } from '../../electron/api/domain';
import type { Envelope } from '../../electron/api/envelope';
import type { PersonHistory } from '../../electron/api/people';
import { download } from '../format/download';
import { excerpt } from '../format/excerpt';
import { exactTime } from '../format/relative-time';
import { ChannelIcon } from '../queue/ChannelIcon';
import { BlockDialog, UnblockDialog } from './BlockDialog';
import { LinkSenders } from './LinkSenders';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  person: PersonHistory;
  /** Every item of the person in the queue (key p). */
  onShowAll: () => void;
  /** After any change: the answer to show, a line for the status bar, and whether items changed status (an unblock). */
  onChanged: (person: PersonHistory, message: string, itemsMoved?: boolean) => void;
}

const shownItems = 12;
const consentWords = {
  none: 'none',
  'form-sent': 'form sent, not yet received',
  'form-received': 'form received',
  withdrawn: 'withdrawn',
} as const;
const judgementWords = {
  counted: 'counts',
  expired: 'older than the window',
  cancelled: 'undone or restored',
} as const;

export function identityOf(sender: AuthorDetail): string {
  const parts = [
    sender.name,
    sender.handle,
    sender.email && sender.email !== sender.name ? `<${sender.email}>` : null,
    sender.phone && sender.phone !== sender.name ? sender.phone : null,
  ];
  return parts.filter(Boolean).join(' ');
}

export function SenderHistory({ person, onShowAll, onChanged }: Props) {
  const api = useApi();
  const [dialog, setDialog] = useState<'block' | 'unblock' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { strikes } = person;

  const change = async (
    call: Promise<Envelope<PersonHistory>>,
    message: string,
    itemsMoved = false,
  ): Promise<boolean> => {
    const result = await call;
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(null);
    onChanged(result.value, message, itemsMoved);
    return true;
  };

  const subjectAccess = async () => {
    const result = await api.call('records:subjectAccess', { personId: person.id });
    if (!result.ok) return setError(result.error.message);
    download(result.value);
    const { toCheck } = result.value;
    const check =
      toCheck.length === 0
        ? ' Read it before sending: names of other people are not searched for.'
        : ` Before sending it, read ${toCheck.length === 1 ? 'this item' : `these ${toCheck.length} items`}, which may hold someone else's personal data: ${toCheck.join('; ')}.`;
    onChanged(person, `Subject access export made: ${result.value.name}.${check} The export is recorded.`);
  };

  const blockedSenders = person.senders.filter((sender) => sender.block);
  return (
    <section className="sender-history" aria-label="Sender history">
      <h3>
        Sender history: {person.displayName}
        <button type="button" className="link" onClick={onShowAll}>
          All {person.itemTotal} item{person.itemTotal === 1 ? '' : 's'} in the queue <kbd>p</kbd>
        </button>
      </h3>
      <p className={strikes.count > 0 ? 'strike-line has-strikes' : 'strike-line'}>
        <strong>
          {strikes.count} strike{strikes.count === 1 ? '' : 's'}
        </strong>{' '}
        in the last {strikes.windowMonths} months · repeat offenders are blocked at {strikes.threshold}
      </p>
      {strikes.reached && person.blocked !== 'all' ? (
        <p className="alert" role="alert">
          {person.displayName} has reached {strikes.count} strikes in {strikes.windowMonths} months. The policy says
          repeat offenders will be blocked.
        </p>
      ) : null}
      <ErrorAlert message={dialog ? null : error} />
      {blockedSenders.length > 0 ? (
        <p className="blocked-line">
          Blocked on {blockedSenders.map((sender) => channelNames[sender.channel]).join(', ')} since{' '}
          {exactTime(blockedSenders[0]?.block?.since ?? '')} by {blockedSenders[0]?.block?.operator}.
        </p>
      ) : null}
      <div className="item-actions">
        {person.blocked !== 'all' ? (
          <button type="button" className={strikes.reached ? 'danger' : undefined} onClick={() => setDialog('block')}>
            Block sender
          </button>
        ) : null}
        {person.blocked !== 'none' ? (
          <button type="button" onClick={() => setDialog('unblock')}>
            Unblock…
          </button>
        ) : null}
      </div>

      <p className="consent-line">
        Data consent: <strong>{consentWords[person.consent.status]}</strong>
        {person.consent.at ? (
          <span className="muted">
            {' '}
            · <time dateTime={person.consent.at}>{exactTime(person.consent.at)}</time> · {person.consent.by}
          </span>
        ) : null}{' '}
        {person.consent.status !== 'form-received' ? (
          <button
            type="button"
            className="link"
            onClick={() =>
              void change(
                api.call('person:consent', { id: person.id, status: 'form-received' }),
                'Data consent form recorded as received.',
              )
            }
          >
            Form received
          </button>
        ) : (
          <button
            type="button"
            className="link"
            onClick={() =>
              void change(
                api.call('person:consent', { id: person.id, status: 'withdrawn' }),
                'Data consent recorded as withdrawn.',
              )
            }
          >
            Consent withdrawn
          </button>
        )}
      </p>

      <h4>Channels</h4>
      <ul className="senders" aria-label="Channels">
        {person.senders.map((sender) => (
          <li key={sender.id}>
            <ChannelIcon channel={sender.channel} /> <strong>{channelNames[sender.channel]}</strong>{' '}
            {identityOf(sender)}{' '}
            <span className="muted">
              · {sender.itemCount} item{sender.itemCount === 1 ? '' : 's'}
            </span>
            <br />
            <span className="muted">
              {sender.block
                ? `Blocked (${sender.block.method === 'mute' ? 'muted' : sender.block.method === 'page-block' ? 'Page block' : 'blocklist'})`
                : `Block: ${sender.blockDescription}`}
            </span>
            {person.senders.length > 1 ? (
              <button
                type="button"
                className="link"
                aria-label={`Not this person: ${sender.name} on ${channelNames[sender.channel]}`}
                onClick={() =>
                  void change(
                    api.call('person:split', { id: person.id, authorId: sender.id }),
                    `${sender.name} on ${channelNames[sender.channel]} split off.`,
                  )
                }
              >
                Not this person
              </button>
            ) : null}
          </li>
        ))}
      </ul>

      <LinkSenders person={person} onChanged={onChanged} />

      {strikes.entries.length > 0 ? (
        <>
          <h4>Removals</h4>
          <ul className="strikes" aria-label="Removals">
            {strikes.entries.map((entry) => (
              <li key={entry.actionId} className={`strike-${entry.judgement}`}>
                {entry.reasonLabel} · <time dateTime={entry.at}>{exactTime(entry.at)}</time> ·{' '}
                <span className="muted">{judgementWords[entry.judgement]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h4>Items</h4>
      <ol className="person-items" aria-label="Items from this person">
        {person.items.slice(0, shownItems).map((item) => (
          <li key={item.id}>
            <ChannelIcon channel={item.channel} /> <time dateTime={item.receivedAt}>{exactTime(item.receivedAt)}</time>{' '}
            <span className={`badge badge-${item.status}`}>{item.status}</span>
            {item.removal ? <span className="muted"> {item.removal.reasonLabel}</span> : null}
            <br />
            <span className="excerpt">{excerpt(item.text, item.subject, 140)}</span>
          </li>
        ))}
      </ol>

      <h4>Notes</h4>
      {person.notes.length > 0 ? (
        <ul className="notes" aria-label="Notes">
          {person.notes.map((entry) => (
            <li key={entry.id}>
              <span className="muted">
                {entry.operator} · <time dateTime={entry.at}>{exactTime(entry.at)}</time>
              </span>
              <br />
              {entry.text}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          void change(api.call('person:note', { id: person.id, text: note }), 'Note added.').then(
            (done) => done && setNote(''),
          );
        }}
      >
        <label htmlFor="person-note">Note for the clerk and deputy</label>
        <textarea id="person-note" className="short" value={note} onChange={(event) => setNote(event.target.value)} />
        <button type="submit" disabled={note.trim() === ''}>
          Add note
        </button>
      </form>

      <p>
        <button type="button" onClick={() => void subjectAccess()}>
          Subject access export
        </button>{' '}
        <span className="muted">Everything held about {person.displayName}, as a ZIP of JSON and a PDF.</span>
      </p>

      {person.record.length > 0 ? (
        <>
          <h4>Record</h4>
          <ol className="person-record" aria-label="What was done">
            {person.record.slice(0, 20).map((action) => (
              <li key={action.id}>
                <time dateTime={action.createdAt}>{exactTime(action.createdAt)}</time> · {action.operator} ·{' '}
                {action.summary}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {dialog === 'block' ? (
        <BlockDialog
          person={person}
          error={error}
          onCancel={() => setDialog(null)}
          onBlock={() =>
            void change(api.call('person:block', { id: person.id }), `${person.displayName} blocked.`).then(
              (done) => done && setDialog(null),
            )
          }
        />
      ) : null}
      {dialog === 'unblock' ? (
        <UnblockDialog
          person={person}
          error={error}
          onCancel={() => setDialog(null)}
          onUnblock={(reason) =>
            void change(
              api.call('person:unblock', { id: person.id, reason }),
              `${person.displayName} unblocked.`,
              true,
            ).then((done) => done && setDialog(null))
          }
        />
      ) : null}
    </section>
  );
}
