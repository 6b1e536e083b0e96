// What the suggestions learned from the clerk's decisions, and forgetting it (after a confirmation).
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/api-context';
import { apiKey, useApiQuery } from '../api/queries';
import { Modal } from '../dialogs/Modal';
import { ErrorAlert } from '../ErrorAlert';

const decisionsWord = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'decision' : 'decisions'}`;

export function LearnedDecisions({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  // Loaded each time the view opens: learning follows each decision, a moment after it is answered.
  const query = useApiQuery('learning:get', {}, { refetchOnMount: 'always' });
  const decisions = query.data?.decisions ?? null;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const forget = async () => {
    const result = await api.call('learning:forget', {});
    if (!result.ok) return setError(result.error.message);
    queryClient.setQueryData(apiKey('learning:get', {}), { decisions: result.value.decisions });
    setConfirming(false);
    setError(null);
    say(`The console forgot what it learned from ${decisionsWord(result.value.forgotten)}.`);
  };

  return (
    <>
      <ErrorAlert message={query.error?.message ?? null} />
      <p>
        Suggestions also learn from your decisions: each removal with its reason and each &ldquo;No action
        needed&rdquo;, on this computer only. An undo or a restore takes that decision back out. They say &ldquo;Learned
        from … of your decisions&rdquo; and never replace the rules&apos; own suggestions.
      </p>
      <p>
        {decisions === null
          ? 'Counting…'
          : decisions === 0
            ? 'Nothing has been learned yet.'
            : `Learned from ${decisionsWord(decisions)} so far.`}
      </p>
      <button type="button" className="secondary" disabled={!decisions} onClick={() => setConfirming(true)}>
        Forget what the console learned from your decisions
      </button>
      {confirming ? (
        <Modal labelledBy="forget-learning-title" onClose={() => setConfirming(false)}>
          <h2 id="forget-learning-title">Forget what was learned?</h2>
          <p>
            The console will forget what it learned from {decisionsWord(decisions ?? 0)}. Your decisions stay in the
            record; suggestions go back to the rules alone and start learning again from your next decision.
          </p>
          <ErrorAlert message={error} />
          <div className="dialog-actions">
            <button type="button" className="secondary" data-autofocus onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button type="button" className="primary" onClick={() => void forget()}>
              Forget {decisionsWord(decisions ?? 0)}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
