// The Rules view: the clerk's automation rules (make, change, turn off, delete) and the office hours they use.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import type { RuleView } from '../../electron/api/rules';
import { useApi } from '../api/api-context';
import { apiKey, useApiQuery } from '../api/queries';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';
import { OfficeHoursForm } from './OfficeHoursForm';
import { describeActions, describeConditions, draftOf, emptyDraft, type RuleDraft } from './rule-draft';
import { clerkMessage, RuleForm } from './RuleForm';

interface Props {
  reasons: PolicyReason[];
  say: (message: string) => void;
}

export function RulesPage({ reasons, say }: Props) {
  const api = useApi();
  const client = useQueryClient();
  const rulesQuery = useApiQuery('rules:list', {});
  const view = rulesQuery.data ?? null;
  const templates = useApiQuery('templates:list', {}).data ?? [];
  const [editing, setEditing] = useState<RuleDraft | null>(null);
  const [deleting, setDeleting] = useState<RuleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = (id: PolicyReasonId) => reasons.find((reason) => reason.id === id)?.label ?? id;

  const load = () => client.invalidateQueries({ queryKey: apiKey('rules:list', {}) });

  const turn = async (rule: RuleView, enabled: boolean) => {
    const { id, name, conditions, actions } = rule;
    const result = await api.call('rules:update', { id, name, enabled, conditions, actions });
    if (!result.ok) return setError(clerkMessage(result.error));
    say(`Rule “${name}” turned ${enabled ? 'on' : 'off'}.`);
    await load();
  };
  const remove = async (rule: RuleView) => {
    const result = await api.call('rules:delete', { id: rule.id });
    setDeleting(null);
    if (!result.ok) return setError(result.error.message);
    client.setQueryData(apiKey('rules:list', {}), result.value);
    say(`Rule “${rule.name}” deleted; what it did stays in the record.`);
  };

  return (
    <div className="page">
      <section>
        <h2>Rules</h2>
        <p>
          A rule acts on each new item that matches all its conditions, as it arrives. What it does is recorded as done
          by the rule, listed in the queue under &quot;Done by rules&quot;, and can be undone from the item.
        </p>
        <ErrorAlert message={error ?? rulesQuery.error?.message} />
        {editing ? (
          <RuleForm
            initial={editing}
            reasons={reasons}
            templates={templates}
            onCancel={() => setEditing(null)}
            onSaved={(name) => {
              setEditing(null);
              say(`Saved rule “${name}”.`);
              void load();
            }}
          />
        ) : (
          <p>
            <button type="button" className="primary" onClick={() => setEditing(emptyDraft)}>
              New rule
            </button>
          </p>
        )}
        {view && view.rules.length === 0 && !editing ? <p className="muted">No rules yet.</p> : null}
        {view && view.rules.length > 0 ? (
          <table className="plain" aria-label="Rules">
            <thead>
              <tr>
                <th>Name</th>
                <th>When</th>
                <th>Then</th>
                <th>Acted on</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.rules.map((rule) => (
                <tr key={rule.id} className={rule.enabled ? undefined : 'retired'}>
                  <td>
                    {rule.name}
                    {rule.enabled ? null : <span className="muted"> (off)</span>}
                  </td>
                  <td>{describeConditions(rule.conditions, label)}</td>
                  <td>{describeActions(rule.actions, label)}</td>
                  <td>
                    {rule.standing.toLocaleString('en-GB')} item{rule.standing === 1 ? '' : 's'}
                  </td>
                  <td className="row-buttons">
                    <button type="button" aria-label={`Edit ${rule.name}`} onClick={() => setEditing(draftOf(rule))}>
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Turn ${rule.enabled ? 'off' : 'on'} ${rule.name}`}
                      onClick={() => void turn(rule, !rule.enabled)}
                    >
                      Turn {rule.enabled ? 'off' : 'on'}
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Delete ${rule.name}`}
                      onClick={() => setDeleting(rule)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section>
        <h2>Office hours</h2>
        {view ? (
          <OfficeHoursForm
            hours={view.officeHours}
            onSaved={(saved) => client.setQueryData(apiKey('rules:list', {}), saved)}
          />
        ) : null}
      </section>
      {deleting ? (
        <Modal labelledBy="delete-rule-title" onClose={() => setDeleting(null)}>
          <h2 id="delete-rule-title">Delete rule “{deleting.name}”?</h2>
          <p>It stops acting on new items. What it has already done stays in the record and can still be undone.</p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={() => void remove(deleting)}>
              Delete rule
            </button>
            <button type="button" className="secondary" data-autofocus onClick={() => setDeleting(null)}>
              Keep it
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
