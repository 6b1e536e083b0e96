// The repeat-offender rule: how many strikes, within how many months, before the app offers a block.
import { useState, type FormEvent } from 'react';
import type { PolicyView } from '../../electron/api/policy';

type Rule = PolicyView['repeatOffenders'];

export function RepeatOffendersForm({ rule, onSave }: { rule: Rule; onSave: (rule: Rule) => Promise<string | null> }) {
  const [draft, setDraft] = useState({ threshold: String(rule.threshold), windowMonths: String(rule.windowMonths) });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = await onSave({ threshold: Number(draft.threshold), windowMonths: Number(draft.windowMonths) });
    setMessage(error ? { error: true, text: error } : { error: false, text: 'Saved.' });
  };
  return (
    <form aria-label="Repeat offenders" onSubmit={(event) => void submit(event)}>
      <p>
        A strike is a removal for one of the policy&apos;s reasons that was not undone. Strikes older than the window
        stay in the history but do not count.
      </p>
      <div className="form-grid">
        <label>
          <span>Strikes before blocking</span>
          <input
            type="number"
            min={1}
            max={50}
            required
            value={draft.threshold}
            onChange={(event) => setDraft({ ...draft, threshold: event.target.value })}
          />
        </label>
        <label>
          <span>Within (months)</span>
          <input
            type="number"
            min={1}
            max={120}
            required
            value={draft.windowMonths}
            onChange={(event) => setDraft({ ...draft, windowMonths: event.target.value })}
          />
        </label>
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
