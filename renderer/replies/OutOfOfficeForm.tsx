// While the clerk is away: the dates and the canned reply sent once to each sender by email.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { OutOfOfficeSetting } from '../../electron/api/out-of-office';
import type { CannedReplyView } from '../../electron/api/replies';
import { ukToday } from '../../electron/api/uk-time';
import { DateField } from '../forms/DateField';

const today = () => ukToday(new Date());

export function OutOfOfficeForm({ templates }: { templates: CannedReplyView[] }) {
  const api = useApi();
  const [setting, setSetting] = useState<OutOfOfficeSetting>({
    enabled: false,
    from: today(),
    to: today(),
    templateId: null,
  });
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void api.call('outOfOffice:get', {}).then((result) => result.ok && result.value && setSetting(result.value));
  }, [api]);
  const active = templates.filter((template) => !template.retired);
  const chosen = setting.templateId ?? active.find((template) => template.key === 'out-of-office')?.id ?? null;
  const save = async () => {
    const result = await api.call('outOfOffice:save', { ...setting, templateId: chosen });
    setMessage(result.ok ? { error: false, text: 'Saved.' } : { error: true, text: result.error.message });
  };
  return (
    <form
      aria-label="Out of office"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>
        While it is on, each person who emails the council gets the chosen reply once in the period; it is recorded like
        any reply, and their email stays in the queue.
      </p>
      <label className="notice-choice">
        <input
          type="checkbox"
          checked={setting.enabled}
          onChange={(event) => setSetting({ ...setting, enabled: event.target.checked })}
        />{' '}
        Send the out-of-office reply
      </label>
      <div className="form-grid">
        <DateField
          label="First day away"
          value={setting.from}
          onChange={(from) => setSetting({ ...setting, from })}
          required
        />
        <DateField
          label="Last day away"
          value={setting.to}
          min={setting.from || undefined}
          onChange={(to) => setSetting({ ...setting, to })}
          required
        />
        <label>
          <span>Reply</span>
          <select
            value={chosen ?? ''}
            onChange={(event) => setSetting({ ...setting, templateId: Number(event.target.value) })}
          >
            {active.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p>
        <button type="submit" className="primary">
          Save out of office
        </button>{' '}
        {message ? <span className={message.error ? 'alert' : 'muted'}>{message.text}</span> : null}
      </p>
    </form>
  );
}
