// Who is working, always in view: switch in one click, or leave a note for the other operator.
import { useState } from 'react';
import type { ApiClient } from '../../electron/api/client';
import type { OperatorsView, OperatorView } from '../../electron/api/operators';
import { roleNames } from './WhoIsWorking';

interface Props {
  api: ApiClient;
  view: OperatorsView;
  current: OperatorView;
  onSwitch: (id: number) => void;
  say: (message: string) => void;
}

export function OperatorBar({ api, view, current, onSwitch, say }: Props) {
  const others = view.operators.filter((operator) => operator.id !== current.id);
  const [noteFor, setNoteFor] = useState<OperatorView | null>(null);
  const [text, setText] = useState('');
  const send = async () => {
    if (!noteFor) return;
    const result = await api.call('handover:note', { toId: noteFor.id, text });
    if (!result.ok) return say(result.error.message);
    say(`Note left for ${noteFor.name}.`);
    setNoteFor(null);
    setText('');
  };
  return (
    <div className="operator-bar" aria-label="Who is working" role="group">
      <span>
        Working: <strong>{current.name}</strong> <span className="role">({roleNames[current.role]})</span>
      </span>
      {others.map((operator) => (
        <span key={operator.id}>
          <button type="button" onClick={() => onSwitch(operator.id)}>
            Switch to {operator.name}
          </button>
          <button type="button" onClick={() => setNoteFor(operator)}>
            Note for {operator.name}
          </button>
        </span>
      ))}
      {noteFor ? (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="note-title" onKeyDown={(event) => event.key === 'Escape' && setNoteFor(null)}>
            <h2 id="note-title">Handover note for {noteFor.name}</h2>
            <label htmlFor="handover-note">What {noteFor.name} should know</label>
            <textarea id="handover-note" className="short" value={text} onChange={(event) => setText(event.target.value)} />
            <div className="dialog-actions">
              <button type="button" className="secondary" onClick={() => setNoteFor(null)}>
                Cancel
              </button>
              <button type="button" className="primary" disabled={text.trim() === ''} onClick={() => void send()}>
                Leave note
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}
