// Adds the open item to a request already logged: the clarification, the name and address, or a follow-up.
import { useId, useState } from 'react';
import type { RequestRowView } from '../../electron/api/requests';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/queries';
import { ErrorAlert } from '../ErrorAlert';
import { useRequestsChanged } from './use-requests-summary';

type Role = 'clarification' | 'name-and-address' | 'identity' | 'other';
const roleNames: Record<Role, string> = {
  clarification: 'the clarification asked for',
  'name-and-address': 'the name and address asked for',
  identity: 'the proof of identity asked for',
  other: 'a follow-up',
};

interface Props {
  itemId: number;
  /** Requests the item already belongs to: not offered again. */
  linked: RequestRowView[];
  say: (message: string) => void;
}

export function AddToRequest({ itemId, linked, say }: Props) {
  const id = useId();
  const api = useApi();
  const changed = useRequestsChanged();
  const query = useApiQuery('requests:list', { show: 'open' });
  const open = (query.data ?? []).filter((request) => !linked.some((other) => other.id === request.id));
  const [chosen, setChosen] = useState<number | null>(null);
  const requestId = open.some((request) => request.id === chosen) ? chosen : (open[0]?.id ?? null);
  const setRequestId = setChosen;
  const [role, setRole] = useState<Role>('other');
  const [error, setError] = useState<string | null>(null);

  if (open.length === 0) return null;
  const add = async () => {
    if (requestId === null) return;
    const result = await api.call('requests:link', { requestId, itemId, role });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    say(
      `Added to ${result.value.reference} as ${roleNames[role]}.${
        result.value.stoppedFor ? ' If it is what the clock waits for, record its arrival in Requests.' : ''
      }`,
    );
    changed();
  };
  return (
    <details className="add-to-request">
      <summary>Add to a request already logged</summary>
      <label htmlFor={`${id}-request`}>Add to request</label>{' '}
      <select
        id={`${id}-request`}
        value={requestId ?? ''}
        onChange={(event) => setRequestId(Number(event.target.value))}
      >
        {open.map((request) => (
          <option key={request.id} value={request.id}>
            {request.reference} ({request.requester?.name ?? request.typeName})
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-role`}>as</label>{' '}
      <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
        {(Object.keys(roleNames) as Role[]).map((value) => (
          <option key={value} value={value}>
            {roleNames[value]}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => void add()}>
        Add
      </button>
      <ErrorAlert message={error} />
    </details>
  );
}
