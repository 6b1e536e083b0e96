// "Since you were last here": what arrived, what the other operator handled, what waits, and their note.
import { actionCount } from '../../electron/api/action-words';
import { channelNames } from '../../electron/api/domain';
import type { HandoverSummary } from '../../electron/api/operators';
import { Modal } from '../dialogs/Modal';
import { exactTime } from '../format/relative-time';
import { RequestsDue } from '../requests/RequestsDue';

export function HandoverDialog({
  summary,
  name,
  onClose,
}: {
  summary: HandoverSummary;
  name: string;
  onClose: () => void;
}) {
  const arrived = summary.arrivedPerChannel.reduce((total, entry) => total + entry.count, 0);
  return (
    <Modal labelledBy="handover-title" className="handover" onClose={onClose}>
      <h2 id="handover-title">Since you were last here, {name}</h2>
      <p className="muted">
        {summary.since ? `Since ${exactTime(summary.since)}.` : 'Your first time here: the last seven days.'}
      </p>
      {summary.notes.length > 0 ? (
        <section aria-label="Handover notes">
          <h3>Handover notes</h3>
          {summary.notes.map((note) => (
            <blockquote key={note.id}>
              <p className="context-meta">
                {note.from} · <time dateTime={note.at}>{exactTime(note.at)}</time>
              </p>
              <p>{note.text}</p>
            </blockquote>
          ))}
        </section>
      ) : null}
      <section aria-label="What arrived">
        <h3>Arrived: {arrived}</h3>
        <p>
          {summary.arrivedPerChannel.map((entry) => `${channelNames[entry.channel]} ${entry.count}`).join(' · ') ||
            'Nothing new.'}
        </p>
      </section>
      <section aria-label="Handled by others">
        <h3>Handled by others</h3>
        {summary.othersHandled.length === 0 ? (
          <p>Nothing.</p>
        ) : (
          <p>{summary.othersHandled.map((entry) => actionCount(entry.kind, entry.count)).join(' · ')}</p>
        )}
        {summary.othersLatest.length > 0 ? (
          <ol className="handover-latest">
            {summary.othersLatest.map((action) => (
              <li key={action.id}>
                {action.operator} · {action.summary}
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      {summary.doneByRules.count > 0 ? (
        <section aria-label="Done by rules">
          <h3>Done by rules: {summary.doneByRules.count.toLocaleString('en-GB')}</h3>
          <ol className="handover-latest">
            {summary.doneByRules.latest.map((action) => (
              <li key={action.id}>{action.summary}</li>
            ))}
          </ol>
          <p className="muted">In the queue under &quot;Done by rules&quot;; each can be undone from the item.</p>
        </section>
      ) : null}
      <section aria-label="Still to do">
        <h3>Still to do</h3>
        <p>
          {summary.waiting} waiting in the queue
          {summary.blockedWaiting > 0 ? ` · ${summary.blockedWaiting} filed under Blocked` : ''}
          {summary.failedChannelActions > 0
            ? ` · ${summary.failedChannelActions} channel action${summary.failedChannelActions === 1 ? '' : 's'} failed (see Problems)`
            : ''}
        </p>
      </section>
      {summary.requests ? <RequestsDue summary={summary.requests} /> : null}
      {summary.pausedChannels.length > 0 ? (
        <section aria-label="Channels not being fetched">
          <h3>Not being fetched</h3>
          <ul>
            {summary.pausedChannels.map((channel) => (
              <li key={channel.accountName}>
                <strong>{channel.accountName}:</strong> {channel.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Start work
        </button>
      </div>
    </Modal>
  );
}
