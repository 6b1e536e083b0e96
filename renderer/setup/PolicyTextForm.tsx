// The council's own policy: pasted, or imported from a Word, PDF, Markdown or text file, with its version and dates.
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import type { CouncilPolicy, PolicySettings, PolicyView } from '../../electron/api/policy';
import { DateField } from '../forms/DateField';

interface Props {
  policy: PolicyView;
  onSaveSettings: (settings: PolicySettings) => Promise<string | null>;
  onSaved: (saved: CouncilPolicy) => void;
  submitLabel?: string;
}

const formatNames = { docx: 'Word', pdf: 'PDF', markdown: 'Markdown', text: 'text' } as const;

export function PolicyTextForm({ policy, onSaveSettings, onSaved, submitLabel = 'Save policy' }: Props) {
  const api = useApi();
  const [markdown, setMarkdown] = useState(policy.councilPolicy?.markdown ?? '');
  const [source, setSource] = useState<CouncilPolicy['source']>(policy.councilPolicy?.source ?? 'pasted');
  const [fileName, setFileName] = useState<string | null>(policy.councilPolicy?.fileName ?? null);
  const [version, setVersion] = useState(policy.settings.policyVersion);
  const [agreedOn, setAgreedOn] = useState(policy.settings.policyAgreedOn);
  const [reviewDue, setReviewDue] = useState(policy.settings.policyReviewDue);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [reading, setReading] = useState(false);

  const importFile = async (file: File) => {
    setReading(true);
    setMessage({ error: false, text: `Reading ${file.name}…` });
    const result = await api.call('policy:import', { fileName: file.name, contentBase64: await base64Of(file) });
    setReading(false);
    if (!result.ok) return setMessage({ error: true, text: result.error.message });
    const { facts } = result.value;
    setMarkdown(result.value.markdown);
    setSource(result.value.format);
    setFileName(file.name);
    if (facts.version) setVersion(facts.version);
    if (facts.agreedOn) setAgreedOn(facts.agreedOn);
    if (facts.reviewDue) setReviewDue(facts.reviewDue);
    const found = [facts.version && 'version', facts.agreedOn && 'date agreed', facts.reviewDue && 'review date'];
    const named = found.filter(Boolean).join(', ');
    setMessage({
      error: false,
      text: `Read the ${formatNames[result.value.format]} file ${file.name}${named ? `; it gives the ${named}, filled in below` : ''}. Check the text, then save.`,
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await api.call('policy:saveText', { markdown, source, ...(fileName ? { fileName } : {}) });
    if (!saved.ok) return setMessage({ error: true, text: saved.error.message });
    const error = await onSaveSettings({
      ...policy.settings,
      policyVersion: version,
      policyAgreedOn: agreedOn,
      policyReviewDue: reviewDue,
    });
    if (error) return setMessage({ error: true, text: error });
    setMessage({ error: false, text: 'Saved the council’s policy.' });
    onSaved(saved.value);
  };

  return (
    <form aria-label="The council’s policy" onSubmit={(event) => void submit(event)}>
      <label className="wide-field">
        <span>Import from a file (.docx, .pdf, .md or .txt)</span>
        <input
          type="file"
          accept=".docx,.pdf,.md,.markdown,.txt"
          disabled={reading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      <p className="field-hint">The file is only read; what it gives is shown below to check before saving.</p>
      <label className="wide-field">
        <span>Policy text</span>
        <textarea
          className="policy-text-input"
          value={markdown}
          onChange={(event) => {
            setMarkdown(event.target.value);
            if (source !== 'pasted' && event.target.value === '') setSource('pasted');
          }}
          required
        />
      </label>
      <p className="field-hint">Paste the policy the council agreed, or import it above; you can correct it here.</p>
      <div className="form-grid">
        <label>
          <span>Policy version</span>
          <input value={version} onChange={(event) => setVersion(event.target.value)} />
        </label>
        <p className="field-hint">As the council numbers it, e.g. 2.1; every removal records it.</p>
        <DateField label="Date agreed" value={agreedOn} onChange={setAgreedOn} />
        <DateField label="Review due" value={reviewDue} onChange={setReviewDue} />
      </div>
      <p>
        <button type="submit" className="primary" disabled={reading}>
          {submitLabel}
        </button>{' '}
        {message ? (
          <span role="status" className={message.error ? 'alert' : 'muted'}>
            {message.text}
          </span>
        ) : null}
      </p>
    </form>
  );
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes only so many arguments at once.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
