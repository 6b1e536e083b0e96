// The reply composer: a canned reply (type to filter), the form the channel allows, the exact text that goes out, and the checks.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import type { ReplyForm } from '../../electron/api/capabilities';
import { channelNames, type ItemDetail } from '../../electron/api/domain';
import type { CannedReplyView, ReplyPreview } from '../../electron/api/replies';
import { useDebounced } from '../hooks/use-debounced';
import { ReplyPreviewView } from './ReplyPreviewView';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

interface Props {
  detail: ItemDetail;
  onSent: (detail: ItemDetail) => void;
  onClose: () => void;
  /** A canned reply to start from (the request panel's "Ask for a name and address"). */
  startWith?: number | null;
}

export function ReplyComposer({ detail, onSent, onClose, startWith = null }: Props) {
  const api = useApi();
  const firstAvailable =
    detail.replyForms.find((option) => option.available)?.form ?? detail.replyForms[0]?.form ?? 'public-reply';
  const [form, setForm] = useState<ReplyForm>(firstAvailable);
  // null until the council's canned replies have loaded.
  const [templates, setTemplates] = useState<CannedReplyView[] | null>(null);
  // Enter pressed in the filter before the list had loaded: take the first match as soon as it has.
  const pickFirstWhenLoaded = useRef(false);
  const [filter, setFilter] = useState('');
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [text, setText] = useState('');
  // Whether the clerk has written or chosen anything yet, so an empty reply is not an error before they start.
  const [started, setStarted] = useState(false);
  const [draftProblem, setDraftProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<ReplyPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [sending, setSending] = useState(false);
  const checkedText = useDebounced(text, 150);

  const choose = async (template: CannedReplyView) => {
    const result = await api.call('reply:draft', { itemId: detail.id, templateId: template.id });
    if (!result.ok) return setError(result.error.message);
    setTemplateId(template.id);
    setText(result.value.text);
    setStarted(true);
    setDraftProblem(result.value.problem);
    setError(null);
  };
  const loaded = useEffectEvent((live: CannedReplyView[]) => {
    if (!pickFirstWhenLoaded.current) return;
    pickFirstWhenLoaded.current = false;
    const first = matchingIn(live, filter)[0];
    if (first) void choose(first);
  });

  useEffect(() => {
    void api.call('templates:list', {}).then(async (result) => {
      if (!result.ok) {
        setTemplates([]);
        return setError(`The canned replies could not be loaded: ${result.error.message}`);
      }
      const live = result.value.filter((template) => !template.retired);
      setTemplates(live);
      loaded(live);
      // Opened to send one canned reply (the request panel's "Ask for a name and address"): its draft at once.
      const first = live.find((template) => template.id === startWith);
      if (!first) return;
      const draft = await api.call('reply:draft', { itemId: detail.id, templateId: first.id });
      if (!draft.ok) return;
      setTemplateId(first.id);
      setText(draft.value.text);
      setDraftProblem(draft.value.problem);
    });
  }, [api, startWith, detail.id]);
  useEffect(() => {
    let current = true;
    void api.call('reply:preview', { itemId: detail.id, form, text: checkedText }).then((result) => {
      if (current && result.ok) setPreview(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, detail.id, form, checkedText]);

  const matching = useMemo(() => matchingIn(templates ?? [], filter), [templates, filter]);

  // When the channel takes nothing now (Messenger closed), what is left for the clerk.
  const insteadOfReplying = detail.replyForms.every((option) => !option.available)
    ? (detail.replyForms.find((option) => option.instead)?.instead ?? null)
    : null;
  const upToDate = preview !== null && checkedText === text;
  const blocked = !upToDate || preview.problems.length > 0 || text.trim() === '';
  const needsOverride = upToDate && preview.outbound.length > 0;

  const send = async () => {
    setSending(true);
    const result = await api.call('item:reply', {
      id: detail.id,
      form,
      text,
      templateId: templateId ?? undefined,
      overrideReason: needsOverride ? overrideReason.trim() : undefined,
    });
    setSending(false);
    if (!result.ok) return setError(result.error.message);
    onSent(result.value);
  };

  return (
    <Modal labelledBy="reply-title" className="composer" onClose={onClose}>
      <h2 id="reply-title">
        Reply to {detail.author.name} on {channelNames[detail.channel]}
      </h2>
      <fieldset className="reply-forms">
        <legend>Reply as</legend>
        {detail.replyForms.map((option) => (
          <label key={option.form} title={option.why ?? undefined}>
            <input
              type="radio"
              name="reply-form"
              value={option.form}
              checked={form === option.form}
              disabled={!option.available}
              onChange={() => setForm(option.form)}
            />{' '}
            {option.label}
            {option.why ? <span className="muted"> — {option.why}</span> : null}
            {option.window ? <span className="reply-window"> — {option.window}</span> : null}
          </label>
        ))}
      </fieldset>
      {insteadOfReplying ? (
        <p className="alert" role="note" aria-label="Nothing can be sent">
          {insteadOfReplying}
        </p>
      ) : null}
      <div className="composer-grid">
        <div>
          <label htmlFor="template-filter">Canned reply</label>
          <input
            id="template-filter"
            data-autofocus
            type="search"
            placeholder="Type to filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              if (templates === null) pickFirstWhenLoaded.current = true;
              else if (matching[0]) void choose(matching[0]);
            }}
          />
          <ul className="template-list" aria-label="Canned replies">
            {matching.map((template) => (
              <li key={template.id}>
                <button type="button" aria-pressed={template.id === templateId} onClick={() => void choose(template)}>
                  {template.name}
                </button>
              </li>
            ))}
            {templates === null ? (
              <li className="muted">Loading the canned replies…</li>
            ) : matching.length === 0 ? (
              <li className="muted">No canned reply matches.</li>
            ) : null}
          </ul>
        </div>
        <div>
          <label htmlFor="reply-text">Reply text</label>
          <textarea
            id="reply-text"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setStarted(true);
            }}
          />
          {draftProblem ? <p className="alert">{draftProblem}</p> : null}
        </div>
      </div>
      {preview ? <ReplyPreviewView preview={preview} channel={detail.channel} started={started} /> : null}
      <ErrorAlert message={error} />
      {needsOverride ? (
        <div className="override" role="group" aria-label="Policy check">
          <p className="alert">Not sent until this is fixed, or you give a reason to send it anyway:</p>
          <ul>
            {preview.outbound.map((problem) => (
              <li key={`${problem.kind}:${problem.evidence}`}>{problem.message}</li>
            ))}
          </ul>
          {overriding ? (
            <>
              <label htmlFor="override-reason">Reason for sending anyway</label>
              <textarea
                id="override-reason"
                className="short"
                value={overrideReason}
                onChange={(event) => setOverrideReason(event.target.value)}
              />
            </>
          ) : null}
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
        {needsOverride && !overriding ? (
          <button type="button" onClick={() => setOverriding(true)} disabled={preview.problems.length > 0}>
            Send anyway…
          </button>
        ) : null}
        {needsOverride && overriding ? (
          <button
            type="button"
            className="danger"
            disabled={blocked || sending || overrideReason.trim().length < 10}
            onClick={() => void send()}
          >
            Send anyway
          </button>
        ) : null}
        {!needsOverride ? (
          <button type="button" className="primary" disabled={blocked || sending} onClick={() => void send()}>
            Send
          </button>
        ) : null}
      </div>
    </Modal>
  );
}

/** The canned replies whose name or text holds every word typed, in the council's order. */
function matchingIn(templates: CannedReplyView[], filter: string): CannedReplyView[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return templates.filter((template) =>
    words.every((word) => `${template.name} ${template.text}`.toLowerCase().includes(word)),
  );
}
