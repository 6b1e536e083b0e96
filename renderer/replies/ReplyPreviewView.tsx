// Exactly what the channel will receive, with its length in the channel's own terms.
import type { Channel } from '../../electron/api/domain';
import type { ReplyPreview } from '../../electron/api/replies';

function measureLine(preview: ReplyPreview): string {
  const { measure } = preview;
  if (measure.kind === 'sms') {
    const parts = measure.segments ?? 0;
    return `${measure.used} characters · sent as ${parts} text message${parts === 1 ? '' : 's'} (${measure.encoding ?? ''})`;
  }
  if (measure.kind === 'x') return `${measure.used} / ${measure.limit ?? '∞'} characters (X counts a link as 23)`;
  return measure.limit === null ? `${measure.used} characters` : `${measure.used} / ${measure.limit} characters`;
}

export function ReplyPreviewView({ preview, channel }: { preview: ReplyPreview; channel: Channel }) {
  const over = preview.measure.limit !== null && preview.measure.used > preview.measure.limit;
  return (
    <section className="reply-preview" aria-label="Preview">
      <h3>What will be sent</h3>
      {channel === 'email' ? (
        <dl className="email-headers">
          <dt>Subject</dt>
          <dd>{preview.subject}</dd>
          <dt>In-Reply-To</dt>
          <dd>{preview.inReplyTo}</dd>
          <dt>References</dt>
          <dd>{preview.references.join(' ')}</dd>
        </dl>
      ) : null}
      <pre className="preview-body">{preview.body || ' '}</pre>
      <p className={over ? 'measure over' : 'measure'}>{measureLine(preview)}</p>
      {preview.problems.length > 0 ? (
        <ul className="problems" aria-label="Cannot send">
          {preview.problems.map((problem) => (
            <li key={problem} className="alert">
              {problem}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
