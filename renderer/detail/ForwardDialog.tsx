// Forward to a councillor or agency from the address book: the exact copy, personal data redacted unless consent allows.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { ItemDetail } from '../../electron/api/domain';
import type { AddressBook, ForwardPreview } from '../../electron/api/forwarding';
import { useDebounced } from '../hooks/use-debounced';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  detail: ItemDetail;
  onSent: (detail: ItemDetail) => void;
  onClose: () => void;
}

export function ForwardDialog({ detail, onSent, onClose }: Props) {
  const api = useApi();
  const [contacts, setContacts] = useState<AddressBook>([]);
  const [contactId, setContactId] = useState('');
  const [note, setNote] = useState('');
  const [unredacted, setUnredacted] = useState(false);
  const [preview, setPreview] = useState<ForwardPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checkedNote = useDebounced(note, 200);

  useEffect(() => {
    void api.call('addressBook:get', {}).then((result) => {
      if (!result.ok) return;
      setContacts(result.value);
      setContactId((current) => current || (result.value[0]?.id ?? ''));
    });
  }, [api]);
  useEffect(() => {
    if (!contactId) return;
    let current = true;
    void api.call('item:forwardPreview', { id: detail.id, contactId, note: checkedNote, unredacted }).then((result) => {
      if (!current) return;
      if (result.ok) setPreview(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, detail.id, contactId, checkedNote, unredacted]);

  const send = async () => {
    const result = await api.call('item:forward', { id: detail.id, contactId, note, unredacted });
    if (!result.ok) return setError(result.error.message);
    onSent(result.value);
  };

  return (
    <Modal labelledBy="forward-title" className="composer" onClose={onClose}>
      <h2 id="forward-title">Forward to a councillor or agency</h2>
      {contacts.length === 0 ? (
        <p className="alert">The address book is empty: add councillors and agencies under Policy → Address book.</p>
      ) : null}
      <label className="block-field">
        <span>To</span>
        <select aria-label="To" value={contactId} onChange={(event) => setContactId(event.target.value)}>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name} ({contact.kind === 'councillor' ? 'councillor' : 'agency'}) &lt;{contact.email}&gt;
            </option>
          ))}
        </select>
      </label>
      <label className="block-field">
        <span>Your note</span>
        <textarea className="short" value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <label className="notice-choice">
        <input type="checkbox" checked={unredacted} onChange={(event) => setUnredacted(event.target.checked)} /> Include
        the sender&apos;s personal data <span className="muted">(only with their data consent form received)</span>
      </label>
      {preview ? (
        <section className="reply-preview" aria-label="Preview">
          <h3>What will be sent</h3>
          <p className="muted">
            {preview.redacted
              ? `Personal data redacted${preview.removed.length > 0 ? `: ${preview.removed.map((entry) => `${entry.count} ${entry.kind}`).join(', ')}` : ' (none found)'}.`
              : 'Unredacted: their data consent form is recorded as received.'}
          </p>
          <p>
            <strong>Subject:</strong> {preview.subject}
          </p>
          <pre className="preview-body">{preview.text}</pre>
          {preview.consentProblem ? <p className="alert">{preview.consentProblem}</p> : null}
        </section>
      ) : null}
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!preview || preview.consentProblem !== null}
          onClick={() => void send()}
        >
          Forward
        </button>
      </div>
    </Modal>
  );
}
