// Connecting an account: the fields its kind needs, Test connection before saving, secrets never shown back.
import { Fragment, useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import type { ApiError } from '../../electron/api/envelope';
import {
  accountForms,
  oauthGroup,
  type AccountField,
  type AccountView,
  type ConnectorKind,
} from '../../electron/api/accounts';
import { emailPresets, type EmailPreset } from '../../electron/api/email-presets';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';

interface Props {
  kind: ConnectorKind;
  /** Editing a saved account; its secrets show as "saved" and stay unless replaced. */
  account: AccountView | null;
  /** `notConnected`: why the last test failed, when the clerk saved anyway. */
  onSaved: (account: AccountView, notConnected: string | null) => void;
  onCancel: () => void;
}

type Values = Record<string, string | boolean>;

function initialValues(kind: ConnectorKind, account: AccountView | null): Values {
  const values: Values = {};
  for (const field of accountForms[kind].fields) {
    const saved = account?.config[field.name];
    values[field.name] =
      field.type === 'checkbox'
        ? typeof saved === 'boolean'
          ? saved
          : (field.defaultChecked ?? true)
        : field.secret
          ? ''
          : saved === undefined
            ? account
              ? ''
              : (field.defaultValue ?? '')
            : String(saved);
  }
  return values;
}

export function AccountForm({ kind, account, onSaved, onCancel }: Props) {
  const api = useApi();
  const form = accountForms[kind];
  const [name, setName] = useState(account?.name ?? form.title);
  const [values, setValues] = useState<Values>(() => initialValues(kind, account));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Saved secrets the backend will not send to a changed address: they must be typed again.
  const [retype, setRetype] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [preset, setPreset] = useState<EmailPreset['id']>('other');
  /** Why the last test failed (saving then asks first); null when it passed or none was made. */
  const [failedTest, setFailedTest] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const choosePreset = (id: EmailPreset['id']) => {
    const chosen = emailPresets.find((candidate) => candidate.id === id);
    setPreset(id);
    if (chosen) setValues({ ...values, ...chosen.values });
  };
  const oauthOpen = emailPresets.find((candidate) => candidate.id === preset)?.needsOAuth ?? false;
  const formRef = useRef<HTMLFormElement>(null);
  const messageId = useId();
  // Empty secrets of a saved account mean "keep the saved one", so they are not sent.
  const settings = () =>
    Object.fromEntries(
      Object.entries(values).filter(
        ([field, value]) => value !== '' || !form.fields.find((candidate) => candidate.name === field)?.secret,
      ),
    );

  const refused = (error: ApiError) => {
    setMessage({ ok: false, text: error.message });
    // An answer that arrives after the clerk has typed the secret again does not mark that field again.
    const stillEmpty = (name: string) =>
      (formRef.current?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '') === '';
    const fields = error.code === 'secret_needed' ? fieldsOf(error.details).filter(stillEmpty) : [];
    setRetype(fields);
    if (fields[0]) formRef.current?.querySelector<HTMLInputElement>(`[name="${fields[0]}"]`)?.focus();
  };

  const test = async () => {
    setBusy(true);
    // The old result goes at once: a five-second test must not leave the last one standing beside it.
    setMessage({ ok: true, text: 'Testing…' });
    const result = account
      ? await api.call('accounts:test', { id: account.id, settings: settings() })
      : await api.call('accounts:test', { connector: kind, settings: settings() });
    setBusy(false);
    // A refusal (a password to type again) is not a failed connection: saving is refused the same way.
    if (!result.ok) return refused(result.error);
    setRetype([]);
    setFailedTest(result.value.ok ? null : result.value.message);
    setMessage({ ok: result.value.ok, text: result.value.message });
  };

  const save = async (event: FormEvent | null, confirmed = false) => {
    event?.preventDefault();
    if (failedTest && !confirmed) return setConfirming(true);
    setConfirming(false);
    setBusy(true);
    const result = account
      ? await api.call('accounts:update', { id: account.id, name, settings: settings() })
      : await api.call('accounts:add', { connector: kind, name, settings: settings() });
    setBusy(false);
    if (!result.ok) return refused(result.error);
    onSaved(result.value, failedTest);
  };

  const heading = account ? `Edit ${account.name}` : `Connect ${article(form.title)} ${form.title}`;
  const groups = [...new Set(form.fields.flatMap((field) => (field.group ? [field.group] : [])))];
  const hintId = (field: AccountField) => `${messageId}-${field.name}-hint`;
  const describedBy = (field: AccountField) =>
    [retype.includes(field.name) ? messageId : null, field.hint ? hintId(field) : null].filter(Boolean).join(' ') ||
    undefined;

  const fieldRow = (field: AccountField) => (
    <Fragment key={field.name}>
      <label className={field.type === 'checkbox' ? 'checkbox-field' : undefined}>
        <span>
          {field.label}
          {retype.includes(field.name) ? (
            <span className="field-error"> (type it again)</span>
          ) : field.secret && account?.savedSecrets.includes(field.name) ? (
            <span className="muted"> (saved; leave empty to keep it)</span>
          ) : null}
        </span>
        {field.type === 'checkbox' ? (
          <input
            type="checkbox"
            name={field.name}
            aria-describedby={describedBy(field)}
            checked={values[field.name] === true}
            onChange={(event) => setValues({ ...values, [field.name]: event.target.checked })}
          />
        ) : (
          <input
            name={field.name}
            type={field.type}
            aria-invalid={retype.includes(field.name) || undefined}
            aria-describedby={describedBy(field)}
            autoComplete={field.secret ? 'new-password' : 'off'}
            placeholder={field.placeholder}
            step={field.type === 'number' && field.group ? 'any' : undefined}
            value={String(values[field.name] ?? '')}
            onChange={(event) => {
              setValues({ ...values, [field.name]: event.target.value });
              if (event.target.value !== '') setRetype(retype.filter((name) => name !== field.name));
            }}
          />
        )}
      </label>
      {field.hint ? (
        <p id={hintId(field)} className="field-hint">
          {field.hint}
        </p>
      ) : null}
    </Fragment>
  );

  return (
    <form ref={formRef} aria-label={heading} onSubmit={(event) => void save(event)} className="account-form">
      <h3>{heading}</h3>
      <div className="form-grid">
        <label>
          <span>Name in the console</span>
          <input value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        {kind === 'email' ? (
          <>
            <label>
              <span>Email provider</span>
              <select
                aria-describedby={`${messageId}-provider-hint`}
                value={preset}
                onChange={(event) => choosePreset(event.target.value as EmailPreset['id'])}
              >
                {emailPresets.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </label>
            <p id={`${messageId}-provider-hint`} className="field-hint">
              Fills in the servers, ports and TLS your provider publishes; Microsoft 365 needs the OAuth2 sign-in below.
            </p>
          </>
        ) : null}
        {form.fields.filter((field) => !field.group).map(fieldRow)}
      </div>
      {groups.map((group) => (
        <details key={group} className="field-group" open={group === oauthGroup && oauthOpen ? true : undefined}>
          <summary>{group}</summary>
          <div className="form-grid">{form.fields.filter((field) => field.group === group).map(fieldRow)}</div>
        </details>
      ))}
      {message ? (
        <p id={messageId} className={message.ok ? 'ok-message' : 'alert'} role="status">
          {message.text}
        </p>
      ) : null}
      <p>
        <button type="button" onClick={() => void test()} disabled={busy}>
          Test connection
        </button>{' '}
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
      {confirming ? (
        <ConfirmDialog
          title="Save without a working connection?"
          confirmLabel="Save anyway"
          cancelLabel="Go back"
          onConfirm={() => void save(null, true)}
          onCancel={() => setConfirming(false)}
        >
          <p>The last test failed: {failedTest}</p>
          <p>
            If you save now, the account is kept but nothing is fetched or sent through it until the problem is fixed;
            Channels shows it as not connected.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

/** The form fields a secret_needed refusal names. */
function fieldsOf(details: unknown): string[] {
  const fields = typeof details === 'object' && details !== null ? (details as { fields?: unknown }).fields : undefined;
  return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : [];
}

/** "an X account", "an SMS (Twilio)", "a Facebook Page": the article follows the sound, and letters read out as "ex", "es"… */
function article(title: string): 'a' | 'an' {
  return /^([AEFHILMNORSX][A-Z]*\b|[AEIOU])/.test(title) ? 'an' : 'a';
}
