// The live side of the accounts: a connector and a poller for each active account, shared with the outbox.
import { accountForms, type CheckedSettings, type ConnectorKind } from '../api/accounts';
import type { Connector, VerifyResult } from '../channels/connector';
import {
  changedParts,
  destinationOf as publishedDestinationOf,
  savedDestinationOf,
  type ConnectorHooks,
  type Destination,
  type DestinationSettings,
} from '../channels/registry';
import { guardSecrets } from '../channels/secret-guard';
import { destinationChangedMessage, readSavedFor, savedForKey } from '../secrets/secret-binding';
import { accountSecretKey, type SecretStore } from '../secrets/secret-store';
import type { AccountRow } from '../store/accounts-repo';
import type { Store } from '../store/store';
import { checkSettings, destinationFrom } from '../moderation/accounts';
import { xPollingHold } from '../moderation/x-spend';
import { AccountPoller, type PollerOptions } from './account-poller';
import type { EventHub } from './event-hub';

/** The hooks are given only for a saved account: a secret the channel replaces is kept for it, and what it costs. */
export type ConnectorFactory = (checked: CheckedSettings, hooks?: ConnectorHooks) => Connector;

export function isConnectorKind(connector: string): connector is ConnectorKind {
  return Object.hasOwn(accountForms, connector);
}

export class ChannelRuntime {
  /** Read by the outbox worker: the connector of each account that can act now. */
  readonly connectors = new Map<number, Connector>();
  private readonly pollers = new Map<number, AccountPoller>();

  constructor(
    private readonly store: Store,
    private readonly events: EventHub,
    private readonly secrets: SecretStore,
    private readonly factory: ConnectorFactory,
    private readonly now: () => Date,
    private readonly pollerOptions: Partial<PollerOptions> = {},
    /** False in tests that drive syncing themselves. */
    private readonly autoStart = true,
    /** Where an account's secrets go, with the API addresses this backend uses. */
    readonly destinationOf: (account: DestinationSettings) => Destination = (account) =>
      publishedDestinationOf(account),
  ) {}

  /**
   * The account's settings with its secrets, checked by its kind's schema, for its connector only: the one
   * place saved secrets meet settings. Instead, `unusable` says why there is none: the destination is no
   * longer the one the secrets were saved for (an address changed behind the form's back, or the API address
   * the console uses), or what is saved no longer checks (a secret lost, a setting a newer rule refuses).
   */
  settingsOf(
    account: AccountRow,
    kind: ConnectorKind,
  ): { ok: true; checked: CheckedSettings } | { ok: false; unusable: string } {
    // Only the form's fields: a setting an earlier version kept and this one no longer asks for is not in the way.
    const fields = new Set(accountForms[kind].fields.map((field) => field.name));
    const settings: Record<string, unknown> = Object.fromEntries(
      Object.entries(this.store.accounts.config(account.id)).filter(([field]) => fields.has(field)),
    );
    const unusable = (problems: string[]) => ({
      ok: false as const,
      unusable: `The saved settings of this ${accountForms[kind].title} cannot be used: ${problems.join('; ')}.`,
    });
    const saved = accountForms[kind].fields
      .filter((field) => field.secret && this.secrets.get(accountSecretKey(account.id, field.name)) !== null)
      .map((field) => field.name);
    if (saved.length > 0) {
      const where = destinationFrom(kind, settings, this.destinationOf);
      if (!where.ok) return unusable(where.problems);
      const { destination } = where;
      let savedFor = savedDestinationOf(kind, readSavedFor(this.secrets, account.id));
      if (savedFor === null) {
        // Saved by a version that did not bind secrets: bound now to what the account has.
        savedFor = destination;
        this.secrets.set(savedForKey(account.id), JSON.stringify(destination));
      }
      const changed = changedParts(savedFor, destination);
      if (changed.length > 0) return { ok: false, unusable: destinationChangedMessage(kind, changed, saved) };
    }
    for (const field of saved) {
      const value = this.secrets.get(accountSecretKey(account.id, field));
      if (value !== null) settings[field] = value;
    }
    const checked = checkSettings(kind, settings);
    return checked.ok ? checked : unusable(checked.problems);
  }

  /** A connector the backend made itself (the demo channel): delivered to, never polled here. */
  register(accountId: number, connector: Connector): void {
    this.connectors.set(accountId, connector);
  }

  /**
   * A connector with its secrets guarded: for a saved account when `accountId` is given (secrets the
   * channel replaces are saved, and guarded too), else for settings not saved yet (Test connection).
   */
  connectorFor(checked: CheckedSettings, accountId?: number): Connector {
    const secretFields = new Set(accountForms[checked.kind].fields.filter((field) => field.secret).map((f) => f.name));
    const secretValues = Object.entries(checked.settings)
      .filter(([field]) => secretFields.has(field))
      .map(([, value]) => value)
      .filter((value): value is string => typeof value === 'string');
    const hooks: ConnectorHooks =
      accountId === undefined
        ? {}
        : {
            saveSecret: (field, value) => {
              this.secrets.set(accountSecretKey(accountId, field), value);
              secretValues.push(value);
            },
            recordUsage: (uses) => void this.store.usage.record(accountId, this.now(), uses),
          };
    return guardSecrets(this.factory(checked, hooks), secretValues);
  }

  /** The connector syncing this account now, if it runs. */
  runningConnector(accountId: number): Connector | undefined {
    return this.connectors.get(accountId);
  }

  /** Builds (or rebuilds) the account's connector and starts its poller, unless paused or removed. */
  async connect(account: AccountRow): Promise<void> {
    await this.disconnect(account.id);
    if (!isConnectorKind(account.connector) || account.removedAt) return;
    const settings = this.settingsOf(account, account.connector);
    if (!settings.ok) {
      // Stopped like a refused sign-in: its actions wait in the outbox until the clerk puts it right.
      this.store.accounts.setHealth(
        account.id,
        'auth',
        `${settings.unusable} Edit the account under Settings → Channels.`,
      );
      return;
    }
    const connector = this.connectorFor(settings.checked, account.id);
    this.connectors.set(account.id, connector);
    if (account.paused || !this.autoStart) return;
    const mayPoll =
      account.connector === 'x' ? (row: AccountRow) => xPollingHold(this.store, row, this.now()) : undefined;
    const poller = new AccountPoller(this.store, account, connector, this.events, this.now, {
      ...this.pollerOptions,
      ...(mayPoll ? { mayPoll } : {}),
    });
    this.pollers.set(account.id, poller);
    await poller.start();
  }

  async disconnect(accountId: number): Promise<void> {
    await this.pollers.get(accountId)?.stop();
    this.pollers.delete(accountId);
    this.connectors.delete(accountId);
  }

  /** Syncs one account now (after reconnecting, or from a test). */
  async syncNow(accountId: number): Promise<void> {
    await this.pollers.get(accountId)?.pollNow();
  }

  async verify(accountId: number): Promise<VerifyResult> {
    const connector = this.connectors.get(accountId);
    if (!connector) return { ok: false, message: 'This account is not connected (paused or removed).' };
    return connector.verify();
  }

  /** Connects every real account in the store (the demo accounts are the backend's own). */
  async startAll(): Promise<void> {
    for (const account of this.store.accounts.list())
      if (isConnectorKind(account.connector) && !account.removedAt) await this.connect(account);
  }

  async stopAll(): Promise<void> {
    for (const id of [...this.pollers.keys()]) await this.disconnect(id);
  }
}
