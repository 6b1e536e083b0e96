// Problems: what a channel sent that could not be read (kept with its raw payload) and channel actions that failed.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { channelOperationNames } from '../../electron/api/capabilities';
import { exactTime } from '../format/relative-time';
import { ErrorAlert } from '../ErrorAlert';
import { apiKey, useApiQuery } from '../api/queries';

export function ProblemsPage({ say, onChanged }: { say: (message: string) => void; onChanged: () => void }) {
  const api = useApi();
  const query = useApiQuery('problems:list', {});
  const problems = query.data;
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const load = query.refetch;

  const retry = async (id: number) => {
    const result = await api.call('outbox:retry', { id });
    if (!result.ok) return setError(result.error.message);
    say('Trying the channel action again.');
    await load();
    onChanged();
  };
  const review = async (id: number) => {
    const result = await api.call('problems:review', { id });
    if (!result.ok) return setError(result.error.message);
    client.setQueryData(apiKey('problems:list', {}), result.value);
    onChanged();
  };

  if (!problems)
    return (
      <div className="page">
        <ErrorAlert message={query.error?.message} />
      </div>
    );
  return (
    <div className="page">
      <ErrorAlert message={error ?? query.error?.message} />
      <section aria-label="Failed channel actions">
        <h2>Channel actions that failed</h2>
        {problems.failedActions.length === 0 ? (
          <p className="muted">None: everything queued has reached its channel or is still trying.</p>
        ) : null}
        <ul className="problem-list">
          {problems.failedActions.map((action) => (
            <li key={action.id}>
              <strong>{channelOperationNames[action.operation] ?? action.operation}</strong> on {action.accountName} ·{' '}
              <time dateTime={action.at}>{exactTime(action.at)}</time> · {action.attempts} attempt
              {action.attempts === 1 ? '' : 's'}
              {action.itemExcerpt ? <div className="muted">“{action.itemExcerpt}”</div> : null}
              <div className="alert">{action.error}</div>
              <button type="button" onClick={() => void retry(action.id)}>
                Retry
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="Messages that could not be read">
        <h2>Messages that could not be read</h2>
        <p className="muted">Kept aside exactly as the channel sent them; syncing carried on with the rest.</p>
        {problems.payloads.length === 0 ? <p className="muted">None.</p> : null}
        <ul className="problem-list">
          {problems.payloads.map((payload) => (
            <li key={payload.id}>
              <strong>{payload.accountName}</strong> · <time dateTime={payload.at}>{exactTime(payload.at)}</time>
              <div className="alert">{payload.error}</div>
              <details>
                <summary>What the channel sent</summary>
                <pre className="raw-payload">{payload.raw}</pre>
              </details>
              <button type="button" onClick={() => void review(payload.id)}>
                Mark as looked at
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
