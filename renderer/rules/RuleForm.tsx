// Making or changing one rule: conditions, actions, name and on/off, tried on the last 30 days before saving.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError } from '../../electron/api/envelope';
import { channelNames, channels, itemKinds, kindNames } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import type { CannedReplyView } from '../../electron/api/replies';
import { ruleConditionsSchema } from '../../electron/api/rules';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../ErrorAlert';
import { useDebounced } from '../hooks/use-debounced';
import { conditionsOf, definitionOf, type RuleDraft } from './rule-draft';
import { RuleActionFields } from './RuleActionFields';
import { RuleConditionFields } from './RuleConditionFields';
import { DryRunView } from './DryRunView';

interface Props {
  initial: RuleDraft;
  reasons: PolicyReason[];
  templates: CannedReplyView[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** The first field's own words, not the envelope's "The request to … was not valid". */
export function clerkMessage(error: ApiError): string {
  const details = Array.isArray(error.details) ? (error.details as { message?: unknown }[]) : [];
  const first = details[0]?.message;
  return error.code === 'invalid_input' && typeof first === 'string' ? first : error.message;
}

export function RuleForm({ initial, reasons, templates, onSaved, onCancel }: Props) {
  const api = useApi();
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const [error, setError] = useState<string | null>(null);
  // Checked here first, so the clerk reads what is wrong with a field rather than a refused request.
  const checked = ruleConditionsSchema.safeParse(JSON.parse(useDebounced(JSON.stringify(conditionsOf(draft)), 300)));
  const hasConditions = Object.keys(conditionsOf(draft)).length > 0;
  const dryRunQuery = useApiQuery(
    'rules:dryRun',
    { conditions: checked.success ? checked.data : {} },
    { enabled: checked.success, placeholderData: keepPreviousData },
  );
  const dryRun = !hasConditions
    ? null
    : !checked.success
      ? { result: null, problem: checked.error.issues[0]?.message ?? 'Check the conditions.' }
      : dryRunQuery.error
        ? { result: null, problem: dryRunQuery.error.message }
        : { result: dryRunQuery.data ?? null, problem: null };

  const change = (next: Partial<RuleDraft>) => setDraft((before) => ({ ...before, ...next }));

  const save = async () => {
    const definition = definitionOf(draft);
    if (definition.name === '') return setError('Give the rule a name.');
    if (Object.keys(definition.conditions).length === 0) return setError('Choose at least one condition.');
    if (Object.keys(definition.actions).length === 0) return setError('Choose at least one thing for the rule to do.');
    const result =
      draft.id === null
        ? await api.call('rules:create', definition)
        : await api.call('rules:update', { ...definition, id: draft.id });
    if (!result.ok) return setError(clerkMessage(result.error));
    setError(null);
    onSaved(result.value.name);
  };

  return (
    <form
      className="rule-form"
      aria-label={draft.id === null ? 'New rule' : `Edit rule ${initial.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="rule-fields">
        <label htmlFor="rule-name">Name</label>
        <input
          id="rule-name"
          value={draft.name}
          maxLength={80}
          onChange={(event) => change({ name: event.target.value })}
          required
        />
      </div>
      <label className="notice-choice">
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.target.checked })}
        />{' '}
        Rule is on
      </label>
      <RuleConditionFields
        draft={draft}
        change={change}
        reasons={reasons}
        channelOptions={channels.map((channel) => ({ value: channel, label: channelNames[channel] }))}
        kindOptions={itemKinds.map((kind) => ({ value: kind, label: kindNames[kind] }))}
      />
      <DryRunView state={dryRun} />
      <RuleActionFields draft={draft} change={change} reasons={reasons} templates={templates} />
      <ErrorAlert message={error} />
      <p>
        <button type="submit" className="primary">
          Save rule
        </button>{' '}
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
