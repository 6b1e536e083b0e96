// Exactly what the channel will receive, with its length in the channel's own terms.
import type { Channel } from '../../electron/api/domain';
import { emptyReplyProblem, type ReplyPreview } from '../../electron/api/replies';

function measureLine(preview: ReplyPreview): string {
  const { measure } = preview;
  if (measure.kind === 'sms') {
    const parts = measure.segments ?? 0;
    return `${measure.used} characters · sent as ${parts} text message${parts === 1 ? '' : 's'} (${measure.encoding ?? ''})`;
  }
  if (measure.kind === 'x') return `${measure.used} / ${measure.limit ?? '∞'} characters (X counts a link as 23)`;
  return measure.limit === null ? `${measure.used} characters` : `${measure.used} / ${measure.limit} characters`;
}

/** `started`: the clerk has written or chosen something; until then an empty reply is no problem to show. */
export function ReplyPreviewView({
  preview,
  channel,
  started,
}: {
  preview: ReplyPreview;
  channel: Channel;
  started: boolean;
}) {
  const over = preview.measure.limit !== null && preview.measure.used > preview.measure.limit;
  const problems = started ? preview.problems : preview.problems.filter((problem) => problem !== emptyReplyProblem);
  return (
    <section className="reply-preview" aria-label="Preview">
      <h3>What will be sent</h3>
      <dl className="email-headers">
        <dt>From</dt>
        <dd>{preview.from}</dd>
        <dt>To</dt>
        <dd>{preview.to}</dd>
        {channel === 'email' ? (
          <>
            <dt>Subject</dt>
            <dd>{preview.subject}</dd>
          </>
        ) : null}
      </dl>
      <pre className="preview-body">{preview.body || ' '}</pre>
      <p className={over ? 'measure over' : 'measure'}>{measureLine(preview)}</p>
      {channel === 'email' ? (
        // What keeps the reply in the resident's thread: needed by mail programs, not by the clerk.
        <details className="technical-details">
          <summary>Technical details</summary>
          <dl className="email-headers">
            <dt>In-Reply-To</dt>
            <dd>{preview.inReplyTo}</dd>
            <dt>References</dt>
            <dd>{preview.references.join(' ')}</dd>
          </dl>
        </details>
      ) : null}
      {problems.length > 0 ? (
        <ul className="problems" aria-label="Cannot send">
          {problems.map((problem) => (
            <li key={problem} className="alert">
              {problem}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
