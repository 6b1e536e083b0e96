// The councillors and agencies an item may be forwarded to.
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { AddressBook } from '../../electron/api/forwarding';

export function AddressBookForm() {
  const api = useApi();
  const [contacts, setContacts] = useState<AddressBook>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    void api.call('addressBook:get', {}).then((result) => result.ok && setContacts(result.value));
  }, [api]);

  const change = (index: number, patch: Partial<AddressBook[number]>) =>
    setContacts(contacts.map((contact, at) => (at === index ? { ...contact, ...patch } : contact)));
  const save = async () => {
    const result = await api.call('addressBook:save', { contacts });
    setMessage(result.ok ? { error: false, text: 'Saved.' } : { error: true, text: result.error.message });
    if (result.ok) setContacts(result.value);
  };

  return (
    <form
      aria-label="Address book"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <table className="plain">
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Councillor or agency</th>
            <th>
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact, index) => (
            <tr key={contact.id}>
              <td>
                <input
                  aria-label={`Name ${index + 1}`}
                  value={contact.name}
                  onChange={(event) => change(index, { name: event.target.value })}
                  required
                />
              </td>
              <td>
                <input
                  aria-label={`Email ${index + 1}`}
                  type="email"
                  value={contact.email}
                  onChange={(event) => change(index, { email: event.target.value })}
                  required
                />
              </td>
              <td>
                <select
                  aria-label={`Kind ${index + 1}`}
                  value={contact.kind}
                  onChange={(event) => change(index, { kind: event.target.value as 'councillor' | 'agency' })}
                >
                  <option value="councillor">Councillor</option>
                  <option value="agency">Agency</option>
                </select>
              </td>
              <td>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setContacts(contacts.filter((_, at) => at !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          onClick={() => setContacts([...contacts, { id: `c${Date.now()}`, name: '', email: '', kind: 'councillor' }])}
        >
          Add contact
        </button>{' '}
        <button type="submit" className="primary">
          Save address book
        </button>{' '}
        {message ? <span className={message.error ? 'alert' : 'muted'}>{message.text}</span> : null}
      </p>
    </form>
  );
}
