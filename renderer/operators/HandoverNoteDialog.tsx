// A note for the other operator, shown in their "Since you were last here".
import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { OperatorView } from '../../electron/api/operators';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  to: OperatorView;
  onClose: () => void;
  onSent: () => void;
}

export function HandoverNoteDialog({ to, onClose, onSent }: Props) {
  const api = useApi();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    const result = await api.call('handover:note', { toId: to.id, text });
    if (!result.ok) return setError(result.error.message);
    onSent();
  };
  return (
    <Modal labelledBy="note-title" onClose={onClose}>
      <h2 id="note-title">Handover note for {to.name}</h2>
      <label htmlFor="handover-note">What {to.name} should know</label>
      <textarea
        id="handover-note"
        className="short"
        data-autofocus
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={text.trim() === ''} onClick={() => void send()}>
          Leave note
        </button>
      </div>
    </Modal>
  );
}
