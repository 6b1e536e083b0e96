// "Send the subject access export": says exactly which file goes to which address from which council account,
// with the items to read first, before anything is sent. When the console cannot email it (no address, no email
// account, or the clerk must redact it first) it saves the file instead, and the clerk records where it went.
import { useEffect, useId, useRef, useState } from 'react';
import type { RequestDetailView, SubjectAccessPlan } from '../../electron/api/requests';
import { ukToday } from '../../electron/api/uk-time';
import { ErrorAlert } from '../ErrorAlert';
import { useApi } from '../api/api-context';
import { Modal } from '../dialogs/Modal';
import { download } from '../format/download';
import { exactTime } from '../format/relative-time';

interface Props {
  request: RequestDetailView;
  plan: SubjectAccessPlan;
  onDone: (updated: RequestDetailView, message: string) => void;
  onClose: () => void;
}

type Mode = 'send' | 'save' | 'record';

const namesNotSearched = "Other people's names are not searched for: if in doubt, read every item in the export.";

function ItemsToRead({ plan }: { plan: SubjectAccessPlan }) {
  if (plan.toRead.length === 0)
    return (
      <p>
        No email address, phone number, postcode, street address or IP address of anyone else was found in the items.{' '}
        {namesNotSearched}
      </p>
    );
  return (
    <section className="read-first" aria-label="Read these items first">
      <h3>
        {plan.toRead.length === 1
          ? 'Read this item first: it may hold'
          : `Read these ${plan.toRead.length} items first: they may hold`}{' '}
        someone else&apos;s personal data
      </h3>
      <ul>
        {plan.toRead.map((item) => (
          <li key={item.itemId}>
            <details>
              <summary>
                {item.what}: {item.sender}, <time dateTime={item.receivedAt}>{exactTime(item.receivedAt)}</time>
              </summary>
              {item.subject ? <p className="read-first-subject">{item.subject}</p> : null}
              <p className="read-first-text">{item.text}</p>
            </details>
          </li>
        ))}
      </ul>
      <p className="muted">
        The console cannot redact the export. If anything in {plan.toRead.length === 1 ? 'it' : 'them'} must be
        withheld, save the export instead, redact it and send it yourself. {namesNotSearched}
      </p>
    </section>
  );
}

export function SubjectAccessDialog({ request, plan, onDone, onClose }: Props) {
  const api = useApi();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>(plan.send ? 'send' : 'save');
  const [read, setRead] = useState(plan.toRead.length === 0);
  const [busy, setBusy] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { send } = plan;
  const heading = useRef<HTMLHeadingElement>(null);
  const sentToField = useRef<HTMLInputElement>(null);
  const firstMode = useRef(mode);

  // The buttons that moved on are gone: the keyboard goes to the new step (the field to fill, or its heading).
  useEffect(() => {
    if (mode === firstMode.current) return;
    (mode === 'record' ? sentToField.current : heading.current)?.focus();
  }, [mode]);

  const sendIt = async () => {
    if (!send) return;
    setBusy(true);
    const result = await api.call('requests:sendSubjectAccess', {
      requestId: plan.requestId,
      to: send.to,
      from: send.from,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onDone(result.value, `${plan.reference} answered: ${plan.fileName} is being sent to ${send.to} from ${send.from}.`);
  };

  const saveIt = async () => {
    if (!request.requester) return;
    setBusy(true);
    const made = await api.call('records:subjectAccess', { personId: request.requester.personId });
    setBusy(false);
    if (!made.ok) return setError(made.error.message);
    download(made.value);
    setError(null);
    setSavedName(made.value.name);
    setMode('record');
  };

  const record = async () => {
    if (sentTo.trim().length < 3) return setError('Say where the export was sent: an address, or "handed over".');
    setBusy(true);
    const answered = await api.call('requests:step', {
      requestId: request.id,
      step: { kind: 'answered', on: ukToday(new Date()), subjectAccessExport: true, sentTo: sentTo.trim() },
    });
    setBusy(false);
    if (!answered.ok) return setError(answered.error.message);
    onDone(answered.value, `${request.reference} answered with the subject access export, sent to ${sentTo.trim()}.`);
  };

  return (
    <Modal labelledBy={titleId} className="subject-access" onClose={onClose}>
      {mode === 'send' && send ? (
        <>
          <h2 id={titleId} ref={heading} tabIndex={-1}>
            Send the subject access export?
          </h2>
          <p className="send-line">
            Send <strong>{plan.fileName}</strong> to <strong>{send.to}</strong> from <strong>{send.from}</strong>?
          </p>
          <dl className="detail-meta">
            <dt>To</dt>
            <dd>
              {send.toName} &lt;{send.to}&gt;, and no one else
            </dd>
            <dt>From</dt>
            <dd>
              {send.from} ({send.accountName}); a copy is kept in its Sent folder
            </dd>
            <dt>Attached</dt>
            <dd>
              {plan.fileName}: everything held about {plan.requesterName} ({plan.itemCount} item
              {plan.itemCount === 1 ? '' : 's'}, {plan.actionCount} action{plan.actionCount === 1 ? '' : 's'})
            </dd>
            <dt>Subject</dt>
            <dd>{send.subject}</dd>
          </dl>
          <details>
            <summary>The email&apos;s text</summary>
            <pre className="preview-body">{send.text}</pre>
          </details>
          <ItemsToRead plan={plan} />
          {plan.toRead.length > 0 ? (
            <label className="notice-choice">
              <input type="checkbox" checked={read} onChange={(event) => setRead(event.target.checked)} /> I have read{' '}
              {plan.toRead.length === 1 ? 'this item' : 'these items'}: nothing in{' '}
              {plan.toRead.length === 1 ? 'it' : 'them'} must be withheld
            </label>
          ) : null}
          <ErrorAlert message={error} />
          <div className="dialog-actions">
            <button type="button" data-autofocus onClick={onClose}>
              Cancel
            </button>
            <button type="button" disabled={busy} onClick={() => setMode('save')}>
              Save it to send myself
            </button>
            <button type="button" className="primary" disabled={!read || busy} onClick={() => void sendIt()}>
              {busy ? 'Sending…' : `Send to ${send.to}`}
            </button>
          </div>
        </>
      ) : null}
      {mode === 'save' ? (
        <>
          <h2 id={titleId} ref={heading} tabIndex={-1}>
            Save the subject access export
          </h2>
          <p>
            {plan.cannotSend ??
              `The console will save ${plan.fileName} for you to redact and send yourself; nothing is emailed. Send it, then record where it went.`}
          </p>
          <ItemsToRead plan={plan} />
          <ErrorAlert message={error} />
          <div className="dialog-actions">
            <button type="button" data-autofocus onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void saveIt()}>
              {busy ? 'Making the export…' : `Save ${plan.fileName}`}
            </button>
          </div>
        </>
      ) : null}
      {mode === 'record' ? (
        <>
          <h2 id={titleId} ref={heading} tabIndex={-1}>
            Record where the export went
          </h2>
          <p>
            {savedName} is saved and the export is recorded. Once you have sent it, say where it went; the request is
            then answered. Until then it stays open.
          </p>
          <label className="block-field">
            <span>Sent to</span>
            <input
              ref={sentToField}
              value={sentTo}
              maxLength={500}
              aria-describedby={`${titleId}-sent-to`}
              onChange={(event) => setSentTo(event.target.value)}
            />
          </label>
          <p id={`${titleId}-sent-to`} className="muted">
            The address it went to and how, for example &quot;4 Mill Lane, Ashcombe (by post)&quot;.
          </p>
          <ErrorAlert message={error} />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Not sent yet
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void record()}>
              Record as answered
            </button>
          </div>
        </>
      ) : null}
    </Modal>
  );
}
