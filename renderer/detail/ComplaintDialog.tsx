// Reason 8: the reply asking for a formal complaint or a report to the Police — send, edit or skip.
import { useState } from 'react';
import type { ComplaintFollowUp } from '../../electron/api/contract';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  followUp: ComplaintFollowUp;
  error: string | null;
  onSend: (text: string) => void;
  onSkip: () => void;
}

export function ComplaintDialog({ followUp, error, onSend, onSkip }: Props) {
  const [text, setText] = useState(followUp.text);
  const placeholdersLeft = /\{\{|\}\}/.test(text);
  return (
    <Modal labelledBy="complaint-title" onClose={onSkip}>
      <h2 id="complaint-title">Ask for a formal complaint</h2>
      <p>
        The post alleges a breach of a Council policy or the law. The policy asks the sender to make a formal complaint
        or report it to the Police.
      </p>
      {followUp.problem ? <p className="alert">{followUp.problem}</p> : null}
      <ErrorAlert message={error} />
      <label htmlFor="complaint-reply">Reply</label>
      <textarea id="complaint-reply" data-autofocus value={text} onChange={(event) => setText(event.target.value)} />
      {placeholdersLeft ? <p className="muted">Fill in the {'{{…}}'} placeholders before sending.</p> : null}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onSkip}>
          Skip
        </button>
        <button
          type="button"
          className="primary"
          disabled={placeholdersLeft || text.trim() === ''}
          onClick={() => onSend(text)}
        >
          Send
        </button>
      </div>
    </Modal>
  );
}
