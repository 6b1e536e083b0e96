// The clerk's and the deputy clerk's profiles: name, role, and the signature put under email replies.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { OperatorView } from '../../electron/api/operators';

export function OperatorsForm({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const [operators, setOperators] = useState<OperatorView[]>([]);
  useEffect(() => {
    void api.call('operators:list', {}).then((result) => result.ok && setOperators(result.value.operators));
  }, [api]);
  const change = (id: number, patch: Partial<OperatorView>) =>
    setOperators(operators.map((operator) => (operator.id === id ? { ...operator, ...patch } : operator)));
  const save = async (operator: OperatorView) => {
    const result = await api.call('operators:save', operator);
    say(result.ok ? `Saved ${result.value.name}'s profile.` : result.error.message);
  };
  return (
    <div className="operators-form">
      {operators.map((operator) => (
        <form
          key={operator.id}
          aria-label={`Profile of ${operator.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void save(operator);
          }}
        >
          <div className="form-grid">
            <label>
              <span>Name</span>
              <input
                value={operator.name}
                onChange={(event) => change(operator.id, { name: event.target.value })}
                required
              />
            </label>
            <label>
              <span>Role</span>
              <select
                value={operator.role}
                onChange={(event) => change(operator.id, { role: event.target.value as OperatorView['role'] })}
              >
                <option value="clerk">Clerk</option>
                <option value="deputy">Deputy Clerk</option>
              </select>
            </label>
            <label>
              <span>Email</span>
              <input
                type="email"
                value={operator.email}
                onChange={(event) => change(operator.id, { email: event.target.value })}
              />
            </label>
            <label>
              <span>Email signature</span>
              <textarea
                className="short"
                value={operator.signature}
                onChange={(event) => change(operator.id, { signature: event.target.value })}
              />
            </label>
          </div>
          <p>
            <button type="submit">Save profile</button>
          </p>
        </form>
      ))}
    </div>
  );
}
