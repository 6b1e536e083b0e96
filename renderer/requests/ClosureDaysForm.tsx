// Days the council's office is closed: shown beside due dates and used for complaints. The law's deadlines ignore
// them (FOI and subject access count only weekends and bank holidays).
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ClosureDay } from '../../electron/api/requests';
import { ukDate } from '../../electron/api/uk-time';
import { ErrorAlert } from '../ErrorAlert';
import { useApi } from '../api/api-context';
import { apiKey, useApiQuery } from '../api/queries';
import { DateField } from '../forms/DateField';

interface Props {
  say: (message: string) => void;
  onSaved: () => void;
}

export function ClosureDaysForm({ say, onSaved }: Props) {
  const api = useApi();
  const client = useQueryClient();
  const days = useApiQuery('requests:closureDays', {}).data ?? [];
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = async (next: ClosureDay[], message: string) => {
    const result = await api.call('requests:saveClosureDays', { days: next });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    client.setQueryData(apiKey('requests:closureDays', {}), result.value);
    say(message);
    onSaved();
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return setError('Enter the day the office is closed as dd/mm/yyyy.');
    void save([...days, { date, note: note.trim() }], `Office closed ${ukDate(date)} added.`);
    setDate('');
    setNote('');
  };

  return (
    <section aria-labelledby="closure-heading" className="closure-days">
      <h3 id="closure-heading">Office closure days</h3>
      <p className="muted">
        Days the office is closed beyond bank holidays. They are shown beside due dates and count for complaints; the
        law&apos;s deadlines for FOI and subject access requests still count them as working days.
      </p>
      {days.length === 0 ? (
        <p className="muted">No closure days added.</p>
      ) : (
        <ul>
          {days.map((day) => (
            <li key={day.date}>
              {ukDate(day.date)}
              {day.note ? ` — ${day.note}` : ''}{' '}
              <button
                type="button"
                aria-label={`Remove ${ukDate(day.date)}`}
                onClick={() =>
                  void save(
                    days.filter((other) => other.date !== day.date),
                    `Office closed ${ukDate(day.date)} removed.`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form aria-label="Add a closure day" onSubmit={add} className="form-grid">
        <DateField label="Closed on" value={date} onChange={setDate} />
        <label htmlFor="closure-note">Note</label>
        <input id="closure-note" value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
        <button type="submit">Add closure day</button>
      </form>
      <ErrorAlert message={error} />
    </section>
  );
}
