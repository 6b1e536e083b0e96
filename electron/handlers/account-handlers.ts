// accounts:*, problems:* — Settings → Channels and the Problems view.
import { write } from '../moderation/write';
import type { AccountsOverview, ProblemsView } from '../api/accounts';
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import {
  addAccount,
  checkSettings,
  editedSettings,
  removeAccount,
  pauseAccount,
  toAccountView,
  updateAccount,
} from '../moderation/accounts';
import { isConnectorKind } from '../sync/channel-runtime';
import type { HandlerContext } from './context';

type AccountMethods =
  | 'accounts:list'
  | 'accounts:add'
  | 'accounts:update'
  | 'accounts:test'
  | 'accounts:pause'
  | 'accounts:remove'
  | 'problems:list'
  | 'problems:review';

const problemLimit = 200;

export function accountHandlers(context: HandlerContext): Pick<HandlerMap, AccountMethods> {
  const { store, secrets, channels } = context;
  const overview = (): AccountsOverview => ({
    accounts: store.accounts
      .list()
      .filter((account) => isConnectorKind(account.connector) && !account.removedAt)
      .map((account) => toAccountView(store, secrets, account, context.now())),
    secretStore: secrets.info(),
  });
  const problems = (): ProblemsView => ({
    payloads: store.problems.listOpen(problemLimit).map((row) => ({
      id: row.id,
      accountName: row.accountName,
      channel: row.channel,
      error: row.error,
      raw: row.raw,
      at: row.createdAt,
    })),
    failedActions: store.outbox.failed(problemLimit).map((entry) => ({
      id: entry.id,
      accountName: entry.accountName,
      operation: entry.operation,
      itemId: entry.itemId,
      itemExcerpt: entry.itemText === null ? null : entry.itemText.slice(0, 120),
      error: entry.lastError ?? 'No reason was given.',
      attempts: entry.attempts,
      at: entry.updatedAt,
    })),
  });
  const realAccount = (id: number) => {
    const account = store.accounts.get(id);
    return account && isConnectorKind(account.connector) && !account.removedAt ? account : null;
  };
  const changed = (accountId: number) => context.events.publish({ type: 'accounts:changed', accountIds: [accountId] });

  return {
    'accounts:list': () => ok(overview()),
    'accounts:add': async ({ connector, name, settings }) => {
      const result = write(context, (change) =>
        addAccount(change, secrets, channels.destinationOf, connector, name, settings),
      );
      if (!result.ok) return fail(result.code, result.message);
      await channels.connect(result.account);
      changed(result.account.id);
      return ok(toAccountView(store, secrets, result.account, context.now()));
    },
    'accounts:update': async ({ id, name, settings }) => {
      const account = realAccount(id);
      if (!account) return fail('not_found', `Account ${id} is not connected.`);
      const result = write(context, (change) =>
        updateAccount(change, secrets, channels.destinationOf, account, name, settings),
      );
      if (!result.ok) return fail(result.code, result.message, result.fields ? { fields: result.fields } : undefined);
      await channels.connect(result.account);
      changed(id);
      return ok(toAccountView(store, secrets, result.account, context.now()));
    },
    'accounts:test': async ({ id, connector, settings }) => {
      if (id !== undefined) {
        const account = realAccount(id);
        if (!account) return fail('not_found', `Account ${id} is not connected.`);
        // Unchanged settings are tested on the running connector, which may renew its own sign-in.
        const running = !settings || Object.keys(settings).length === 0 ? channels.runningConnector(id) : undefined;
        let connector = running;
        if (!connector) {
          const edited = editedSettings(store, secrets, account, settings ?? {}, channels.destinationOf);
          if (!edited.ok && edited.code === 'secret_needed')
            return fail(edited.code, edited.message, { fields: edited.fields });
          if (!edited.ok) return ok({ ok: false, message: edited.message });
          connector = channels.connectorFor(edited.checked);
        }
        const verified = await connector.verify();
        return ok(verified.ok ? { ok: true, message: verified.detail } : { ok: false, message: verified.message });
      }
      if (!connector || !settings)
        return fail('invalid_input', 'Give the account to test, or the kind of account and its settings.');
      const checked = checkSettings(connector, settings);
      if (!checked.ok) return ok({ ok: false, message: checked.message });
      const verified = await channels.connectorFor(checked.checked).verify();
      return ok(verified.ok ? { ok: true, message: verified.detail } : { ok: false, message: verified.message });
    },
    'accounts:pause': async ({ id, paused }) => {
      const account = realAccount(id);
      if (!account) return fail('not_found', `Account ${id} is not connected.`);
      write(context, (change) => pauseAccount(change, account, paused));
      const after = store.accounts.get(id) ?? account;
      await channels.connect(after);
      changed(id);
      return ok(toAccountView(store, secrets, after, context.now()));
    },
    'accounts:remove': async ({ id }) => {
      const account = realAccount(id);
      if (!account) return fail('not_found', `Account ${id} is not connected.`);
      await channels.disconnect(id);
      write(context, (change) => removeAccount(change, secrets, account));
      changed(id);
      return ok(overview());
    },
    'problems:list': () => ok(problems()),
    'problems:review': ({ id }) => {
      if (!write(context, (change) => store.problems.markReviewed(id, change.operator, change.now)))
        return fail('not_found', 'That problem is not open any more; reload the list.');
      return ok(problems());
    },
  };
}
