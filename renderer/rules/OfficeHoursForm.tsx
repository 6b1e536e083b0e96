// The council's office hours, in UK time: what "outside office hours" and the acknowledgement go by.
import { useState } from 'react';
import type { OfficeHours, RulesView } from '../../electron/api/rules';
import { longWeekdays } from '../../electron/api/uk-time';
import { useApi } from '../api/api-context';
import { clerkMessage } from './RuleForm';

// Monday first, as a UK week is read.
const week = [1, 2, 3, 4, 5, 6, 0];

export function OfficeHoursForm({ hours, onSaved }: { hours: OfficeHours; onSaved: (view: RulesView) => void }) {
  const api = useApi();
  const [draft, setDraft] = useState(hours);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const save = async () => {
    const result = await api.call('rules:saveOfficeHours', draft);
    if (!result.ok) return setMessage({ error: true, text: clerkMessage(result.error) });
    setMessage({ error: false, text: 'Saved.' });
    onSaved(result.value);
  };
  return (
    <form
      aria-label="Office hours"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>UK time, summer time included. Outside these hours is evenings, nights and the days not ticked.</p>
      <fieldset className="rule-choices">
        <legend>Open on</legend>
        {week.map((day) => (
          <label key={day}>
            <input
              type="checkbox"
              checked={draft.days.includes(day)}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  days: event.target.checked ? [...draft.days, day].sort() : draft.days.filter((d) => d !== day),
                })
              }
            />{' '}
            {longWeekdays[day]}
          </label>
        ))}
      </fieldset>
      <div className="rule-fields">
        <label htmlFor="office-opens">Opens at</label>
        <input
          id="office-opens"
          type="time"
          value={draft.opens}
          onChange={(event) => setDraft({ ...draft, opens: event.target.value })}
        />
        <label htmlFor="office-closes">Closes at</label>
        <input
          id="office-closes"
          type="time"
          value={draft.closes}
          onChange={(event) => setDraft({ ...draft, closes: event.target.value })}
        />
      </div>
      <p>
        <button type="submit">Save office hours</button>{' '}
        {message ? (
          <span className={message.error ? 'alert' : 'muted'} role={message.error ? 'alert' : undefined}>
            {message.text}
          </span>
        ) : null}
      </p>
    </form>
  );
}
