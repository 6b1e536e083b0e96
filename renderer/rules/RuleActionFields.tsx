// The "Then" half of the rule form. A rule never deletes and never blocks: those are the clerk's alone.
import type { PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';
import type { CannedReplyView } from '../../electron/api/replies';
import type { RuleDraft } from './rule-draft';

interface Props {
  draft: RuleDraft;
  change: (next: Partial<RuleDraft>) => void;
  reasons: PolicyReason[];
  templates: CannedReplyView[];
}

function TemplateSelect({
  label,
  value,
  templates,
  onChange,
}: {
  label: string;
  value: number | null;
  templates: CannedReplyView[];
  onChange: (id: number) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RuleActionFields({ draft, change, reasons, templates }: Props) {
  const active = templates.filter((template) => !template.retired);
  const first = (key: string) => active.find((template) => template.key === key)?.id ?? active[0]?.id ?? null;
  return (
    <fieldset className="rule-group">
      <legend>Then</legend>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.labelOn}
            onChange={(event) => change({ labelOn: event.target.checked })}
          />{' '}
          Label it
        </label>
        {draft.labelOn ? (
          <label>
            <span className="visually-hidden">Label</span>
            <input value={draft.label} maxLength={40} onChange={(event) => change({ label: event.target.value })} />
          </label>
        ) : null}
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.priority}
            onChange={(event) => change({ priority: event.target.checked })}
          />{' '}
          Mark it as priority
        </label>
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.suggestOn}
            onChange={(event) =>
              change({ suggestOn: event.target.checked, suggestReason: draft.suggestReason || (reasons[0]?.id ?? '') })
            }
          />{' '}
          Suggest a reason
        </label>
        {draft.suggestOn ? (
          <label>
            <span className="visually-hidden">Reason to suggest</span>
            <select
              value={draft.suggestReason}
              onChange={(event) => change({ suggestReason: event.target.value as PolicyReasonId })}
            >
              {reasons.map((reason) => (
                <option key={reason.id} value={reason.id}>
                  {reason.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.draftOn}
            onChange={(event) =>
              change({
                draftOn: event.target.checked,
                draftTemplateId: draft.draftTemplateId ?? first('acknowledgement'),
              })
            }
          />{' '}
          Draft a canned reply for me to review
        </label>
        {draft.draftOn ? (
          <TemplateSelect
            label="Reply to draft"
            value={draft.draftTemplateId}
            templates={active}
            onChange={(id) => change({ draftTemplateId: id })}
          />
        ) : null}
      </div>
      <div className="rule-line">
        <label>
          <input
            type="checkbox"
            checked={draft.ackOn}
            onChange={(event) =>
              change({ ackOn: event.target.checked, ackTemplateId: draft.ackTemplateId ?? first('acknowledgement') })
            }
          />{' '}
          Send the out-of-hours acknowledgement
        </label>
        {draft.ackOn ? (
          <TemplateSelect
            label="Acknowledgement to send"
            value={draft.ackTemplateId}
            templates={active}
            onChange={(id) => change({ ackTemplateId: id })}
          />
        ) : null}
      </div>
      <p className="field-hint">
        Sent only to what arrives outside office hours, once a night to each sender, and recorded like any reply.
      </p>
      <div className="rule-line">
        <label>
          <input type="checkbox" checked={draft.hide} onChange={(event) => change({ hide: event.target.checked })} />{' '}
          Hide it until reviewed
        </label>
      </div>
      <p className="field-hint">
        Only Facebook comments and X replies, which can be shown again: other items stay as they are. &quot;No action
        needed&quot; shows it again. A rule never deletes and never blocks anyone.
      </p>
    </fieldset>
  );
}
