// The council's own target for answering formal complaints (no law sets one): empty means no target, and then a
// complaint has no due date. Counted in office days, so the closure days below are left out.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { useApi } from '../api/api-context';
import { apiKey, useApiQuery } from '../api/queries';

interface Props {
  say: (message: string) => void;
  onSaved: () => void;
}

export function ComplaintTargetForm({ say, onSaved }: Props) {
  const api = useApi();
  const client = useQueryClient();
  const id = useId();
  const saved = useApiQuery('requests:settings', {}).data ?? null;
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);

  // The saved number fills the field once it has loaded (and again after a save elsewhere).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the field follows the saved setting
    if (saved) setDays(saved.complaintTargetWorkingDays === null ? '' : String(saved.complaintTargetWorkingDays));
  }, [saved]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const text = days.trim();
    const target = text === '' ? null : Number(text);
    if (target !== null && (!/^\d+$/.test(text) || target < 1 || target > 250))
      return setError('Give the working days as a whole number from 1 to 250, or leave it empty for no target.');
    const result = await api.call('requests:saveSettings', { complaintTargetWorkingDays: target });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    client.setQueryData(apiKey('requests:settings', {}), result.value);
    say(
      target === null
        ? 'Formal complaints have no target now: they have no due date.'
        : `Formal complaints are now due ${target} working day${target === 1 ? '' : 's'} after they arrive.`,
    );
    onSaved();
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="complaint-target">
      <h3 id={`${id}-heading`}>Formal complaints</h3>
      <form aria-label="Target for formal complaints" onSubmit={(event) => void save(event)}>
        <label htmlFor={`${id}-days`} className="complaint-target-label">
          Answer formal complaints within (working days)
        </label>
        <p className="row-buttons">
          <input
            id={`${id}-days`}
            inputMode="numeric"
            size={4}
            value={days}
            aria-describedby={`${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDays(event.target.value)}
          />{' '}
          <button type="submit">Save target</button>
        </p>
        <p id={`${id}-hint`} className="muted">
          The council&apos;s own target from its complaints procedure; no law sets one. Leave it empty for no target.
          Office closure days are not counted.
        </p>
      </form>
      <ErrorAlert message={error} />
    </section>
  );
}
