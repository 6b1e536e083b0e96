// The policy's own settings (the document leaves them as placeholders) and the complaints address.
import { Fragment, useId, useState, type FormEvent } from 'react';
import type { PolicySettings } from '../../electron/api/policy';
import { DateField } from '../forms/DateField';

export type SettingsField = { key: keyof PolicySettings; label: string; type: string; hint?: string };

export const policySettingsFields: SettingsField[] = [
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
  fields = policySettingsFields,
  name = 'Policy settings',
  submitLabel = 'Save',
}: {
  settings: PolicySettings;
  onSave: (settings: PolicySettings) => Promise<string | null>;
  fields?: SettingsField[];
  name?: string;
  submitLabel?: string;
}) {
  const [draft, setDraft] = useState(settings);
  const hintId = useId();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = await onSave(draft);
    setMessage(error ? { error: true, text: error } : { error: false, text: 'Saved.' });
  };
  return (
    <form aria-label={name} onSubmit={(event) => void submit(event)}>
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
            <Fragment key={field.key}>
              <label>
                <span>{field.label}</span>
                {field.type === 'textarea' ? (
                  <textarea
                    aria-describedby={field.hint ? `${hintId}-${field.key}` : undefined}
                    className="short"
                    value={draft[field.key]}
                    onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                  />
                ) : (
                  <input
                    aria-describedby={field.hint ? `${hintId}-${field.key}` : undefined}
                    type={field.type}
                    value={draft[field.key]}
                    onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
                  />
                )}
              </label>
              {field.hint ? (
                <p id={`${hintId}-${field.key}`} className="field-hint">
                  {field.hint}
                </p>
              ) : null}
            </Fragment>
          ),
        )}
      </div>
      <p>
        <button type="submit" className="primary">
          {submitLabel}
        </button>{' '}
        {message ? <span className={message.error ? 'alert' : 'muted'}>{message.text}</span> : null}
      </p>
    </form>
  );
}
