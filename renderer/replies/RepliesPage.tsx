// The council's canned replies: add, reword (every wording kept) and retire.
import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { CannedReplyView, TemplateVersion } from '../../electron/api/replies';
import { exactTime } from '../format/relative-time';
import { OutOfOfficeForm } from './OutOfOfficeForm';
import { ErrorAlert } from '../ErrorAlert';
import { useApiQuery } from '../api/queries';

const noTemplates: CannedReplyView[] = [];

const variables = ['senderName', 'councilName', 'clerkEmail', 'policyUrl', 'consentFormUrl', 'operatorName'];

export function RepliesPage({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const [editing, setEditing] = useState<{ id: number | null; name: string; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState<{ id: number; versions: TemplateVersion[] } | null>(null);

  const query = useApiQuery('templates:list', {});
  const templates = query.data ?? noTemplates;
  const load = query.refetch;

  const save = async () => {
    if (!editing) return;
    const result =
      editing.id === null
        ? await api.call('templates:add', { name: editing.name, text: editing.text })
        : await api.call('templates:edit', { id: editing.id, name: editing.name, text: editing.text });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setEditing(null);
    say(`Saved "${result.value.name}".`);
    await load();
  };

  const retire = async (template: CannedReplyView) => {
    const result = await api.call('templates:retire', { id: template.id });
    if (!result.ok) return setError(result.error.message);
    say(`Retired "${template.name}"; replies already sent with it keep their record.`);
    await load();
  };

  const showHistory = async (id: number) => {
    const result = await api.call('templates:history', { id });
    if (result.ok) setHistory({ id, versions: result.value });
  };

  return (
    <div className="page">
      <section>
        <h2>Canned replies</h2>
        <p>
          Variables filled in when replying: {variables.map((name) => `{{${name}}}`).join(', ')}. An empty one is shown
          as an error in the composer, never sent as braces.
        </p>
        <ErrorAlert message={error ?? query.error?.message} />
        {editing ? (
          <form
            aria-label={editing.id === null ? 'New canned reply' : 'Edit canned reply'}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <label className="block-field">
              <span>Name</span>
              <input
                value={editing.name}
                onChange={(event) => setEditing({ ...editing, name: event.target.value })}
                required
              />
            </label>
            <label className="block-field">
              <span>Text</span>
              <textarea
                value={editing.text}
                onChange={(event) => setEditing({ ...editing, text: event.target.value })}
                required
              />
            </label>
            <p>
              <button type="submit" className="primary">
                Save
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </p>
          </form>
        ) : (
          <p>
            <button type="button" onClick={() => setEditing({ id: null, name: '', text: '' })}>
              Add a canned reply
            </button>
          </p>
        )}
        <table className="plain" aria-label="Canned replies">
          <thead>
            <tr>
              <th>Name</th>
              <th>Text</th>
              <th>Version</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((template) => (
              <tr key={template.id} className={template.retired ? 'retired' : undefined}>
                <td>
                  {template.name}
                  {template.retired ? <span className="muted"> (retired)</span> : null}
                </td>
                <td className="template-text">{template.text}</td>
                <td>
                  <button type="button" className="link" onClick={() => void showHistory(template.id)}>
                    v{template.version}
                    <span className="visually-hidden">: history of {template.name}</span>
                  </button>
                </td>
                <td>
                  {template.retired ? null : (
                    <>
                      <button
                        type="button"
                        aria-label={`Edit ${template.name}`}
                        onClick={() => setEditing({ id: template.id, name: template.name, text: template.text })}
                      >
                        Edit
                      </button>{' '}
                      <button
                        type="button"
                        className="secondary"
                        aria-label={`Retire ${template.name}`}
                        onClick={() => void retire(template)}
                      >
                        Retire
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {history ? (
          <section aria-label="Wording history">
            <h3>Every wording of “{templates.find((template) => template.id === history.id)?.name}”</h3>
            <ol>
              {history.versions.map((version) => (
                <li key={version.version}>
                  v{version.version} · {version.operator} · <time dateTime={version.at}>{exactTime(version.at)}</time>
                  <br />
                  <span className="template-text">{version.text}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </section>
      <section>
        <h2>Out of office</h2>
        <OutOfOfficeForm templates={templates} />
      </section>
    </div>
  );
}
