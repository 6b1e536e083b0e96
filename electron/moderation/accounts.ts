// Connecting the council's channel accounts: settings in the database, secrets in the SecretStore, all recorded.
import { accountConfigSchemas, accountForms, type AccountView, type ConnectorKind } from '../api/accounts';
import { accountSecretKey, type SecretStore } from '../secrets/secret-store';
import type { AccountRow } from '../store/accounts-repo';
import type { ConsoleStore } from '../store/console-store';

export type AccountResult = { ok: true; account: AccountRow } | { ok: false; code: 'invalid_input' | 'conflict' | 'not_found'; message: string };

/** Form values checked against the kind's schema, then split into what may be stored and what is secret. */
export function checkSettings(kind: ConnectorKind, values: Record<string, unknown>): { ok: true; settings: Record<string, unknown> } | { ok: false; message: string } {
  const parsed = accountConfigSchemas[kind].safeParse(values);
  if (parsed.success) return { ok: true, settings: parsed.data as Record<string, unknown> };
  const labels = new Map(accountForms[kind].fields.map((field) => [field.name, field.label]));
  const problems = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const label = labels.get(field) ?? field;
    return issue.code === 'invalid_type' && issue.input === undefined ? `${label} is missing` : `${label}: ${issue.message.replace(/\.$/, '')}`;
  });
  return { ok: false, message: `${accountForms[kind].title}: ${problems.join('; ')}.` };
}

function split(kind: ConnectorKind, settings: Record<string, unknown>): { config: Record<string, unknown>; secrets: Record<string, string> } {
  const config: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  const secretNames = new Set(accountForms[kind].fields.filter((field) => field.secret).map((field) => field.name));
  for (const [name, value] of Object.entries(settings)) {
    if (secretNames.has(name)) {
      if (typeof value === 'string' && value !== '') secrets[name] = value;
    } else config[name] = value;
  }
  return { config, secrets };
}

/** What identifies the account on its channel: the same one cannot be connected twice. */
function accountKey(kind: ConnectorKind, config: Record<string, unknown>): string {
  const id = { facebook: config.pageId, x: config.accountId, email: config.address, wordpress: config.siteUrl, twilio: config.number }[kind];
  return `${kind}:${String(id).toLowerCase()}`;
}

export function addAccount(store: ConsoleStore, secrets: SecretStore, kind: ConnectorKind, name: string, values: Record<string, unknown>, operator: string, now: string): AccountResult {
  const checked = checkSettings(kind, values);
  if (!checked.ok) return { ok: false, code: 'invalid_input', message: checked.message };
  const { config, secrets: secretValues } = split(kind, checked.settings);
  const key = accountKey(kind, config);
  if (store.accounts.list().some((account) => account.key === key)) return { ok: false, code: 'conflict', message: `That ${accountForms[kind].title} is already connected.` };
  const account = store.accounts.add({ key, connector: kind, channel: accountForms[kind].channel, name, config }, now);
  for (const [field, value] of Object.entries(secretValues)) secrets.set(accountSecretKey(account.id, field), value);
  // The record says which account and what was set, never the secrets themselves.
  store.actions.append({ itemId: null, kind: 'account-added', operator, details: { accountId: account.id, connector: kind, name, config, secretsSaved: Object.keys(secretValues) }, createdAt: now });
  return { ok: true, account };
}

export function updateAccount(store: ConsoleStore, secrets: SecretStore, account: AccountRow, name: string | undefined, values: Record<string, unknown>, operator: string, now: string): AccountResult {
  const kind = account.connector as ConnectorKind;
  const saved = savedSecrets(secrets, account);
  // A secret left empty in the form keeps the saved one.
  const merged: Record<string, unknown> = { ...store.accounts.config(account.id), ...values };
  for (const field of accountForms[kind].fields.filter((candidate) => candidate.secret)) {
    if (!merged[field.name]) {
      const value = secrets.get(accountSecretKey(account.id, field.name));
      if (value !== null) merged[field.name] = value;
      else delete merged[field.name];
    }
  }
  const checked = checkSettings(kind, merged);
  if (!checked.ok) return { ok: false, code: 'invalid_input', message: checked.message };
  const { config, secrets: secretValues } = split(kind, checked.settings);
  store.accounts.update(account.id, { ...(name ? { name } : {}), config });
  for (const [field, value] of Object.entries(secretValues)) secrets.set(accountSecretKey(account.id, field), value);
  store.accounts.setHealth(account.id, 'ok', null);
  const changedSecrets = Object.keys(secretValues).filter((field) => typeof values[field] === 'string' && values[field] !== '');
  store.actions.append({ itemId: null, kind: 'account-updated', operator, details: { accountId: account.id, name: name ?? account.name, config, secretsChanged: changedSecrets, secretsKept: saved.filter((field) => !changedSecrets.includes(field)) }, createdAt: now });
  return { ok: true, account: store.accounts.get(account.id) as AccountRow };
}

export function savedSecrets(secrets: SecretStore, account: AccountRow): string[] {
  if (!Object.hasOwn(accountForms, account.connector)) return [];
  return accountForms[account.connector as ConnectorKind].fields.filter((field) => field.secret && secrets.get(accountSecretKey(account.id, field.name)) !== null).map((field) => field.name);
}

export function removeAccount(store: ConsoleStore, secrets: SecretStore, account: AccountRow, operator: string, now: string): void {
  for (const field of savedSecrets(secrets, account)) secrets.delete(accountSecretKey(account.id, field));
  store.accounts.markRemoved(account.id, now);
  store.actions.append({ itemId: null, kind: 'account-removed', operator, details: { accountId: account.id, name: account.name }, createdAt: now });
}

export function toAccountView(store: ConsoleStore, secrets: SecretStore, account: AccountRow): AccountView {
  const config = store.accounts.config(account.id);
  return {
    id: account.id,
    name: account.name,
    connector: account.connector,
    channel: account.channel,
    config: Object.fromEntries(Object.entries(config).filter((entry): entry is [string, string | number | boolean] => ['string', 'number', 'boolean'].includes(typeof entry[1]))),
    savedSecrets: savedSecrets(secrets, account),
    paused: account.paused,
    health: account.paused ? 'paused' : account.health,
    healthMessage: account.healthMessage,
    lastSyncAt: account.lastSyncAt,
  };
}
