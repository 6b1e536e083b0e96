// Connecting the council's channel accounts: settings in the database, secrets in the SecretStore, all recorded.
import type { Write } from './write';
import type { z } from 'zod';
import {
  accountForms,
  parseAccountSettings,
  type AccountView,
  type CheckedSettings,
  type ConnectorKind,
} from '../api/accounts';
import {
  changedParts,
  destinationSettings,
  savedDestinationOf,
  type Destination,
  type DestinationSettings,
} from '../channels/registry';
import { accountSecretKey, type SecretStore } from '../secrets/secret-store';
import type { AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';
import { destinationChangedMessage, readSavedFor, savedForKey } from '../secrets/secret-binding';
import { dollars } from '../core/x-spend';
import { xSpendOf } from './x-spend';

export type AccountResult =
  | { ok: true; account: AccountRow }
  | {
      ok: false;
      code: 'invalid_input' | 'conflict' | 'not_found' | 'secret_needed';
      message: string;
      fields?: string[];
    };

/** Where a kind of account with these settings sends its secrets (the backend knows the API addresses). */
export type DestinationOf = (account: DestinationSettings) => Destination;

type Checked =
  { ok: true; checked: CheckedSettings } | { ok: false; message: string; problems: string[]; fields: string[] };

/** What is wrong with the values, field by field in the form's labels, and which fields it is. */
export function settingsProblems(
  kind: ConnectorKind,
  error: z.ZodError,
  values: Record<string, unknown>,
): { problems: string[]; fields: string[] } {
  const labels = new Map(accountForms[kind].fields.map((field) => [field.name, field.label]));
  const fields = error.issues.map((issue) => String(issue.path[0] ?? ''));
  const problems = error.issues.map((issue, index) => {
    const field = fields[index] ?? '';
    const label = labels.get(field) ?? field;
    const given = values[field];
    return issue.code === 'invalid_type' && (given === undefined || given === '')
      ? `${label} is missing`
      : `${label}: ${issue.message.replace(/\.$/, '')}`;
  });
  return { problems, fields };
}

/** Form values checked against the kind's schema, then split into what may be stored and what is secret. */
export function checkSettings(kind: ConnectorKind, values: Record<string, unknown>): Checked {
  const parsed = parseAccountSettings(kind, values);
  if (parsed.ok) return parsed;
  const { problems, fields } = settingsProblems(kind, parsed.error, values);
  return { ok: false, message: `${accountForms[kind].title}: ${problems.join('; ')}.`, problems, fields };
}

/** Where settings that may not check as a whole (a secret not typed again) send secrets, or what is wrong. */
export function destinationFrom(
  kind: ConnectorKind,
  values: Record<string, unknown>,
  destinationOf: DestinationOf,
): { ok: true; destination: Destination } | { ok: false; message: string; problems: string[] } {
  const parsed = destinationSettings(kind, values);
  if (parsed.ok) return { ok: true, destination: destinationOf(parsed.destination) };
  const { problems } = settingsProblems(kind, parsed.error, values);
  return { ok: false, message: `${accountForms[kind].title}: ${problems.join('; ')}.`, problems };
}

const secretNames = (kind: ConnectorKind) =>
  new Set(accountForms[kind].fields.filter((field) => field.secret).map((field) => field.name));

export type EditedSettings =
  | {
      ok: true;
      checked: CheckedSettings;
      destination: Destination;
      destinationChanged: boolean;
      typedSecrets: string[];
    }
  | { ok: false; code: 'invalid_input' | 'secret_needed'; message: string; fields?: string[] };

/**
 * What a saved account would use after an edit (for Test connection and Save alike): its saved settings
 * with the form's values over them, checked by the same schema as a new account. The saved secrets come
 * along only while the destination (servers, ports, TLS, site, token address, API) is the one they were
 * saved for; otherwise only secrets typed again are used, and without them the answer is secret_needed.
 */
export function editedSettings(
  store: Store,
  secrets: SecretStore,
  account: AccountRow,
  values: Record<string, unknown>,
  destinationOf: DestinationOf,
): EditedSettings {
  const kind = account.connector as ConnectorKind;
  const secretFields = secretNames(kind);
  const typed: Record<string, unknown> = {};
  const config: Record<string, unknown> = { ...store.accounts.config(account.id) };
  for (const [field, value] of Object.entries(values)) {
    if (!secretFields.has(field)) config[field] = value;
    // A secret left empty in the form means "keep the saved one".
    else if (typeof value === 'string' && value !== '') typed[field] = value;
  }
  const saved = Object.fromEntries(
    savedSecrets(secrets, account).map((field) => [field, secrets.get(accountSecretKey(account.id, field))]),
  );
  // Checked with the saved secrets first, so a bad port is reported as such; nothing is sent yet.
  const asEdited = checkSettings(kind, { ...config, ...saved, ...typed });
  if (!asEdited.ok && asEdited.fields.every((field) => !secretFields.has(field) || Object.hasOwn(typed, field)))
    return { ok: false, code: 'invalid_input', message: asEdited.message };
  const edited = asEdited.ok
    ? { ok: true as const, destination: destinationOf(asEdited.checked) }
    : destinationFrom(kind, config, destinationOf);
  if (!edited.ok) return { ok: false, code: 'invalid_input', message: edited.message };
  const { destination } = edited;
  // An account saved before secrets were bound is taken to be bound to what it has saved; should that no
  // longer check, to nothing, so its secrets must be typed again rather than sent somewhere unknown.
  const savedConfig = destinationFrom(kind, store.accounts.config(account.id), destinationOf);
  const savedFor =
    savedDestinationOf(kind, readSavedFor(secrets, account.id)) ?? (savedConfig.ok ? savedConfig.destination : null);
  const changed = changedParts(savedFor, destination);
  if (changed.length === 0) {
    if (!asEdited.ok) return { ok: false, code: 'invalid_input', message: asEdited.message };
    return {
      ok: true,
      checked: asEdited.checked,
      destination,
      destinationChanged: false,
      typedSecrets: Object.keys(typed),
    };
  }
  const withTyped = checkSettings(kind, { ...config, ...typed });
  if (withTyped.ok)
    return {
      ok: true,
      checked: withTyped.checked,
      destination,
      destinationChanged: true,
      typedSecrets: Object.keys(typed),
    };
  const needed = [...new Set(withTyped.fields.filter((field) => secretFields.has(field)))];
  if (needed.length === 0) return { ok: false, code: 'invalid_input', message: withTyped.message };
  return {
    ok: false,
    code: 'secret_needed',
    message: destinationChangedMessage(kind, changed, Object.keys(saved)),
    fields: needed,
  };
}

/** Checked settings split into what may be stored and the secrets (an empty secret is none). */
function split({ kind, settings }: CheckedSettings): {
  config: Record<string, unknown>;
  secrets: Record<string, string>;
} {
  const config: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  const secretFields = secretNames(kind);
  for (const [name, value] of Object.entries(settings)) {
    if (secretFields.has(name)) {
      if (typeof value === 'string' && value !== '') secrets[name] = value;
    } else config[name] = value;
  }
  return { config, secrets };
}

/** What identifies the account on its channel: the same one cannot be connected twice. */
function accountKey(checked: CheckedSettings): string {
  const id = (() => {
    switch (checked.kind) {
      case 'facebook':
        return checked.settings.pageId;
      case 'x':
        return checked.settings.accountId;
      case 'email':
        return checked.settings.address;
      case 'wordpress':
        return checked.settings.siteUrl;
      case 'twilio':
        return checked.settings.number;
    }
  })();
  return `${checked.kind}:${id.toLowerCase()}`;
}

export function addAccount(
  change: Write,
  secrets: SecretStore,
  destinationOf: DestinationOf,
  kind: ConnectorKind,
  name: string,
  values: Record<string, unknown>,
): AccountResult {
  const { store, now } = change;
  const checked = checkSettings(kind, values);
  if (!checked.ok) return { ok: false, code: 'invalid_input', message: checked.message };
  const { config, secrets: secretValues } = split(checked.checked);
  const key = accountKey(checked.checked);
  if (store.accounts.list().some((account) => account.key === key))
    return { ok: false, code: 'conflict', message: `That ${accountForms[kind].title} is already connected.` };
  const account = store.accounts.add({ key, connector: kind, channel: accountForms[kind].channel, name, config }, now);
  for (const [field, value] of Object.entries(secretValues)) secrets.set(accountSecretKey(account.id, field), value);
  secrets.set(savedForKey(account.id), JSON.stringify(destinationOf(checked.checked)));
  // The record says which account and what was set, never the secrets themselves.
  change.record({
    itemId: null,
    kind: 'account-added',
    details: { accountId: account.id, connector: kind, name, config, secretsSaved: Object.keys(secretValues) },
  });
  return { ok: true, account };
}

export function updateAccount(
  change: Write,
  secrets: SecretStore,
  destinationOf: DestinationOf,
  account: AccountRow,
  name: string | undefined,
  values: Record<string, unknown>,
): AccountResult {
  const { store } = change;
  const saved = savedSecrets(secrets, account);
  const edited = editedSettings(store, secrets, account, values, destinationOf);
  if (!edited.ok) return edited;
  const { config, secrets: secretValues } = split(edited.checked);
  store.accounts.update(account.id, { ...(name ? { name } : {}), config });
  for (const [field, value] of Object.entries(secretValues)) secrets.set(accountSecretKey(account.id, field), value);
  // Secrets saved for the old destination and not typed again are of no use now, and must not go to the new one.
  const dropped = edited.destinationChanged ? saved.filter((field) => !edited.typedSecrets.includes(field)) : [];
  for (const field of dropped) secrets.delete(accountSecretKey(account.id, field));
  secrets.set(savedForKey(account.id), JSON.stringify(edited.destination));
  store.accounts.setHealth(account.id, 'ok', null);
  const changedSecrets = edited.typedSecrets;
  change.record({
    itemId: null,
    kind: 'account-updated',
    details: {
      accountId: account.id,
      name: name ?? account.name,
      config,
      secretsChanged: changedSecrets,
      secretsKept: saved.filter((field) => !changedSecrets.includes(field) && !dropped.includes(field)),
      ...(dropped.length > 0 ? { secretsDropped: dropped } : {}),
    },
  });
  return { ok: true, account: store.accounts.get(account.id) as AccountRow };
}

export function savedSecrets(secrets: SecretStore, account: AccountRow): string[] {
  if (!Object.hasOwn(accountForms, account.connector)) return [];
  return accountForms[account.connector as ConnectorKind].fields
    .filter((field) => field.secret && secrets.get(accountSecretKey(account.id, field.name)) !== null)
    .map((field) => field.name);
}

export function removeAccount(change: Write, secrets: SecretStore, account: AccountRow): void {
  for (const field of savedSecrets(secrets, account)) secrets.delete(accountSecretKey(account.id, field));
  secrets.delete(savedForKey(account.id));
  change.store.accounts.markRemoved(account.id, change.now);
  change.record({ itemId: null, kind: 'account-removed', details: { accountId: account.id, name: account.name } });
}

/** Pauses or resumes fetching and sending for the account. */
export function pauseAccount(change: Write, account: AccountRow, paused: boolean): void {
  change.store.accounts.setPaused(account.id, paused);
  change.record({
    itemId: null,
    kind: paused ? 'account-paused' : 'account-resumed',
    details: { accountId: account.id, name: account.name },
  });
}

export function toAccountView(store: Store, secrets: SecretStore, account: AccountRow, now: Date): AccountView {
  const spend = xSpendOf(store, account, now);
  const config = store.accounts.config(account.id);
  return {
    id: account.id,
    name: account.name,
    connector: account.connector,
    channel: account.channel,
    config: Object.fromEntries(
      Object.entries(config).filter((entry): entry is [string, string | number | boolean] =>
        ['string', 'number', 'boolean'].includes(typeof entry[1]),
      ),
    ),
    savedSecrets: savedSecrets(secrets, account),
    paused: account.paused,
    health: account.paused ? 'paused' : account.health,
    healthMessage: account.healthMessage,
    lastSyncAt: account.lastSyncAt,
    spend: spend
      ? {
          words: spend.words,
          cap: spend.cap === null ? null : `cap ${dollars(spend.cap)} a month`,
          capReached: spend.capReached,
        }
      : null,
  };
}
