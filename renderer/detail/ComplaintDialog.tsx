// Reason 8: the reply asking for a formal complaint or a report to the Police — send, edit or skip.
import { useEffect, useRef, useState } from 'react';
import type { ComplaintFollowUp } from '../../electron/api/contract';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  followUp: ComplaintFollowUp;
  error: string | null;
  onSend: (text: string) => void;
  onSkip: () => void;
}

export function ComplaintDialog({ followUp, error, onSend, onSkip }: Props) {
  const [text, setText] = useState(followUp.text);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const placeholdersLeft = /\{\{|\}\}/.test(text);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="complaint-title" onKeyDown={(event) => event.key === 'Escape' && onSkip()}>
        <h2 id="complaint-title">Ask for a formal complaint</h2>
        <p>The post alleges a breach of a Council policy or the law. The policy asks the sender to make a formal complaint or report it to the Police.</p>
        {followUp.problem ? <p className="alert">{followUp.problem}</p> : null}
        <ErrorAlert message={error} />
        <label htmlFor="complaint-reply">Reply</label>
        <textarea id="complaint-reply" ref={field} value={text} onChange={(event) => setText(event.target.value)} />
        {placeholdersLeft ? <p className="muted">Fill in the {'{{…}}'} placeholders before sending.</p> : null}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onSkip}>
            Skip
          </button>
          <button type="button" className="primary" disabled={placeholdersLeft || text.trim() === ''} onClick={() => onSend(text)}>
            Send
          </button>
        </div>
      </div>
    </div>
  );
}
