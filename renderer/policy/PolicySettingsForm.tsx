// The policy's own settings (the document leaves them as placeholders) and the complaints address.
import { useState, type FormEvent } from 'react';
import type { PolicySettings } from '../../electron/api/policy';
import { DateField } from '../forms/DateField';

const fields: { key: keyof PolicySettings; label: string; type: string }[] = [
  { key: 'councilName', label: 'Council name', type: 'text' },
  { key: 'policyVersion', label: 'Policy version', type: 'text' },
  { key: 'policyAgreedOn', label: 'Date agreed', type: 'date' },
  { key: 'policyReviewDue', label: 'Review due', type: 'date' },
  { key: 'complaintsAddress', label: 'Complaints address', type: 'text' },
  { key: 'complaintsEmail', label: 'Complaints email', type: 'email' },
  { key: 'policyUrl', label: 'Policy web address', type: 'url' },
  { key: 'clerkEmail', label: 'Clerk email', type: 'email' },
  { key: 'consentFormUrl', label: 'Data consent form address', type: 'url' },
];

export function PolicySettingsForm({
  settings,
  onSave,
}: {
  settings: PolicySettings;
  onSave: (settings: PolicySettings) => Promise<string | null>;
}) {
  const [draft, setDraft] = useState(settings);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = await onSave(draft);
    setMessage(error ? { error: true, text: error } : { error: false, text: 'Saved.' });
  };
  return (
    <form aria-label="Policy settings" onSubmit={(event) => void submit(event)}>
      <div className="form-grid">
        {fields.map((field) =>
          field.type === 'date' ? (
            <DateField
              key={field.key}
              label={field.label}
              value={draft[field.key]}
              onChange={(date) => setDraft({ ...draft, [field.key]: date })}
            />
          ) : (
            <label key={field.key}>
              <span>{field.label}</span>
              <input
                type={field.type}
                value={draft[field.key]}
                onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
              />
            </label>
          ),
        )}
      </div>
      <p>
        <button type="submit" className="primary">
          Save
        </button>{' '}
        {message ? <span className={message.error ? 'alert' : 'muted'}>{message.text}</span> : null}
      </p>
    </form>
  );
}
