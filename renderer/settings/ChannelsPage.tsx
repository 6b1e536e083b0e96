// Settings → Channels: the council's accounts, how each is, and adding, testing, pausing and removing them.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { accountForms, connectorKinds, type AccountView, type ConnectorKind } from '../../electron/api/accounts';
import { channelNames } from '../../electron/api/domain';
import { exactTime } from '../format/relative-time';
import { ChannelIcon } from '../queue/ChannelIcon';
import { AccountForm } from './AccountForm';
import { ErrorAlert } from '../ErrorAlert';
import { apiKey, useApiQuery } from '../api/queries';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';

const healthWords: Record<string, string> = {
  ok: 'Syncing',
  auth: 'Stopped: sign-in refused',
  error: 'Retrying',
  paused: 'Paused',
  capped: 'Not fetching: spending cap reached',
};

export function ChannelsPage({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const [editing, setEditing] = useState<{ kind: ConnectorKind; account: AccountView | null } | null>(null);
  const [results, setResults] = useState<Record<number, { ok: boolean; message: string }>>({});
  const [error, setError] = useState<string | null>(null);

  // Kept current by accounts:changed (api/invalidation.ts): a sync failing shows here without a reload.
  const query = useApiQuery('accounts:list', {});
  const overview = query.data ?? null;
  const load = query.refetch;
  const client = useQueryClient();

  const test = async (account: AccountView) => {
    const result = await api.call('accounts:test', { id: account.id });
    setResults({ ...results, [account.id]: result.ok ? result.value : { ok: false, message: result.error.message } });
  };
  const pause = async (account: AccountView) => {
    const result = await api.call('accounts:pause', { id: account.id, paused: !account.paused });
    if (!result.ok) return setError(result.error.message);
    say(
      result.value.paused
        ? `${account.name} paused: nothing is fetched or sent until you resume it.`
        : `${account.name} resumed.`,
    );
    await load();
  };
  const [disconnecting, setDisconnecting] = useState<AccountView | null>(null);
  const remove = async (account: AccountView) => {
    setDisconnecting(null);
    const result = await api.call('accounts:remove', { id: account.id });
    if (!result.ok) return setError(result.error.message);
    say(`${account.name} disconnected.`);
    client.setQueryData(apiKey('accounts:list', {}), result.value);
  };

  return (
    <div className="page">
      <section>
        <h2>Channels</h2>
        {overview ? (
          <p className={overview.secretStore.warning ? 'alert' : 'muted'}>
            {overview.secretStore.warning ??
              `Passwords and tokens are kept in ${overview.secretStore.description}, never in the console's database.`}
          </p>
        ) : null}
        <ErrorAlert message={error ?? query.error?.message} />
        <table className="plain" aria-label="Accounts">
          <thead>
            <tr>
              <th>Account</th>
              <th>State</th>
              <th>Last synced</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {overview?.accounts.length === 0 ? (
              <tr>
                <td colSpan={4} className="muted">
                  No accounts connected yet. The demo channel, when loaded, is not listed here.
                </td>
              </tr>
            ) : null}
            {overview?.accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  <ChannelIcon channel={account.channel} /> {account.name}{' '}
                  <span className="muted">({channelNames[account.channel]})</span>
                </td>
                <td>
                  <strong className={`health health-${account.health}`}>
                    {healthWords[account.health] ?? account.health}
                  </strong>
                  {account.healthMessage ? <div className="muted">{account.healthMessage}</div> : null}
                  {account.spend ? (
                    <div className="spend">
                      {account.spend.words}
                      {account.spend.cap ? <span className="muted"> ({account.spend.cap})</span> : null}
                    </div>
                  ) : null}
                  {results[account.id] ? (
                    <div className={results[account.id]?.ok ? 'ok-message' : 'alert'}>
                      {results[account.id]?.message}
                    </div>
                  ) : null}
                </td>
                <td>
                  {account.lastSyncAt ? (
                    <time dateTime={account.lastSyncAt}>{exactTime(account.lastSyncAt)}</time>
                  ) : (
                    'never'
                  )}
                </td>
                <td className="row-buttons">
                  <button
                    type="button"
                    aria-label={`Test connection: ${account.name}`}
                    onClick={() => void test(account)}
                  >
                    Test connection
                  </button>
                  <button
                    type="button"
                    aria-label={`Edit ${account.name}`}
                    onClick={() => setEditing({ kind: account.connector as ConnectorKind, account })}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    aria-label={`${account.paused ? 'Resume' : 'Pause'} ${account.name}`}
                    onClick={() => void pause(account)}
                  >
                    {account.paused ? 'Resume' : 'Pause'}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Disconnect ${account.name}`}
                    onClick={() => setDisconnecting(account)}
                  >
                    Disconnect
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {editing ? (
          <AccountForm
            key={`${editing.kind}-${editing.account?.id ?? 'new'}`}
            kind={editing.kind}
            account={editing.account}
            onCancel={() => setEditing(null)}
            onSaved={(account, notConnected) => {
              setEditing(null);
              if (notConnected) {
                setResults({ ...results, [account.id]: { ok: false, message: `Not connected: ${notConnected}` } });
                say(`${account.name} saved, but not connected: ${notConnected}`);
              } else say(`${account.name} saved; syncing starts now.`);
              void load();
            }}
          />
        ) : (
          <p className="add-account">
            Connect:{' '}
            {connectorKinds.map((kind) => (
              <button type="button" key={kind} onClick={() => setEditing({ kind, account: null })}>
                {accountForms[kind].title}
              </button>
            ))}
          </p>
        )}
      </section>
      {disconnecting ? (
        <ConfirmDialog
          title={`Disconnect ${disconnecting.name}?`}
          confirmLabel="Disconnect"
          onConfirm={() => void remove(disconnecting)}
          onCancel={() => setDisconnecting(null)}
        >
          <p>
            The console stops fetching from and sending through {disconnecting.name}, and deletes its saved password or
            token. Everything it brought in stays in the queue and the record; replies not yet sent through it will not
            go.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
