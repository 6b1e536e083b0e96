// Starts everything behind the contract (store, channels, outbox, handlers, events) for either transport.
import cannedReplies from '../../assets/replies/canned-replies.json';
import removalReasons from '../../assets/policy/removal-reasons.json';
import type { HandlerMap } from '../api/dispatch';
import { channelNames, channels } from '../api/domain';
import { DemoConnector } from '../channels/demo/demo-connector';
import { createConnector, destinationOf, publishedApis, type ApiAddresses } from '../channels/registry';
import { FileSecretStore } from '../secrets/file-secret-store';
import type { SecretStore } from '../secrets/secret-store';
import type { PollerOptions } from '../sync/account-poller';
import { ChannelRuntime } from '../sync/channel-runtime';
import { parseCannedReplies } from '../core/canned-replies';
import { parsePolicyData } from '../core/policy';
import { seededBy, seedTemplates } from '../moderation/canned-replies';
import { currentOperator } from '../moderation/operators';
import { recogniseArrivals } from '../moderation/request-arrivals';
import { answerOutOfOffice } from '../moderation/out-of-office';
import { DecisionLearning } from '../moderation/learning';
import { applyRules } from '../moderation/rule-runs';
import { councilSuggestions, SuggestionRefresh } from '../moderation/stored-suggestions';
import { write, type Writer } from '../moderation/write';
import { buildHandlers } from './build-handlers';
import { loadSample, type SampleChoice } from './sample-source';
import { ConsoleStore } from '../store/console-store';
import { StoreOpenError } from '../store/open-database';
import { EventHub } from '../sync/event-hub';
import { OutboxWorker } from '../sync/outbox-worker';
import { syncAccount } from '../sync/sync-account';
import { UserFacingError } from './user-facing-error';
import { applyPendingRestore, runPurge } from '../moderation/safekeeping';
import { migrations } from '../store/migrations';

const schemaVersion = migrations.at(-1)?.version ?? 0;

export interface BackendOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  sample: SampleChoice;
  log: (line: string) => void;
  councilName?: string;
  now?: () => Date;
  /** How often the outbox worker looks for due channel actions; 0 leaves delivery to the caller (tests). */
  outboxIntervalMs?: number;
  /** Where channel secrets live: the desktop passes safeStorage's; browser mode uses an encrypted file. */
  secrets?: SecretStore;
  /** Published API addresses of the cloud channels; tests point them at local fakes. */
  apis?: ApiAddresses;
  /** Poll intervals and backoff of the account pollers; `autoStart: false` leaves syncing to the caller. */
  polling?: Partial<PollerOptions> & { autoStart?: boolean };
}

export interface Backend {
  handlers: HandlerMap;
  events: EventHub;
  store: ConsoleStore;
  outbox: OutboxWorker;
  channels: ChannelRuntime;
  /** The stored suggestions being worked out again (after a change of rules or of the council's contacts). */
  suggestionRefresh: SuggestionRefresh;
  /** What the suggestions learned from the council's decisions. */
  learning: DecisionLearning;
  close(): Promise<void>;
}

export const appVersion = '0.1.0';

/** The handler map over an open store: what both transports, the tests and the benchmark call. */
export function createService(options: {
  store: ConsoleStore;
  events: EventHub;
  now: () => Date;
  councilName: string;
  mode: 'desktop' | 'browser';
  dataDir: string;
  secrets: SecretStore;
  channels: ChannelRuntime;
  /** The demo parish or a sample file was loaded: there is no first-run setup then. */
  sampleLoaded?: boolean;
  /** The backend's own; a service made without one (tests, the benchmark) gets one of its own. */
  suggestionRefresh?: SuggestionRefresh;
  learning?: DecisionLearning;
}): HandlerMap {
  const { store, councilName } = options;
  const nowIso = () => options.now().toISOString();
  let refreshLater: () => void = () => undefined;
  const learning = options.learning ?? new DecisionLearning(store, nowIso, () => refreshLater());
  const suggestions = councilSuggestions(store, councilName, learning);
  store.items.suggestWith(suggestions.top);
  recogniseArrivals(store);
  const suggestionRefresh = options.suggestionRefresh ?? new SuggestionRefresh(store, suggestions, councilName, nowIso);
  refreshLater = () => void suggestionRefresh.runInBackground().catch(() => undefined);
  // Every decision, undo and restore is followed by learning from the record, right after it has answered.
  options.events.subscribe((event) => {
    if (event.type === 'queue:changed' && event.cause === 'action') void learning.catchUp().catch(() => undefined);
  });
  return buildHandlers({
    store,
    secrets: options.secrets,
    channels: options.channels,
    events: options.events,
    now: options.now,
    operator: () => currentOperator(store).name,
    policy: parsePolicyData(removalReasons),
    defaults: { councilName },
    suggestions,
    suggestionRefresh,
    learning,
    info: {
      mode: options.mode,
      version: appVersion,
      dataDir: options.dataDir,
      sampleLoaded: options.sampleLoaded ?? false,
      demoInFront: null,
    },
  });
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  const sample = loadSample(options.sample);
  const restored = applyPendingRestore(options.dataDir, schemaVersion, now());
  let store: ConsoleStore;
  try {
    store = ConsoleStore.open(options.dataDir);
  } catch (error) {
    if (error instanceof StoreOpenError) throw new UserFacingError(error.message);
    throw error;
  }
  const integrity = store.checkIntegrity();
  if (!integrity.ok) {
    store.close();
    throw new UserFacingError(integrity.message);
  }
  const events = new EventHub();
  // The app's own writes (the restore, the seeds, the rules, the out-of-office answer) name who made them.
  const writer: Writer = { store, events, now, operator: () => currentOperator(store).name };
  if (restored) {
    const { file, operator } = restored;
    write(
      writer,
      (change) =>
        restored.ok
          ? change.record({
              itemId: null,
              kind: 'restored-from-backup',
              details: { file, operator, previousKeptAs: restored.previousKeptAs },
            })
          : change.record({
              itemId: null,
              kind: 'restore-failed',
              details: { file, operator, message: restored.message },
            }),
      { operator },
    );
    options.log(
      restored.ok
        ? `Restored the record from ${restored.file}.`
        : `The backup was not restored: ${restored.ok ? '' : restored.message}`,
    );
  }
  const councilName =
    options.councilName ?? (options.sample.kind === 'demo' ? 'Ashcombe Parish Council' : 'Parish Council');
  // Suggestions are stored with each item as it arrives; those stored under other rules are worked out
  // again in the background, newest first, while the console already answers.
  // What was learned from the council's decisions joins them; when it changes enough, they are worked out again.
  let refreshLater: () => void = () => undefined;
  const learning = new DecisionLearning(
    store,
    () => now().toISOString(),
    () => refreshLater(),
  );
  const suggestions = councilSuggestions(store, councilName, learning);
  store.items.suggestWith(suggestions.top);
  recogniseArrivals(store);
  const suggestionRefresh = new SuggestionRefresh(store, suggestions, councilName, () => now().toISOString());
  refreshLater = () =>
    void suggestionRefresh
      .runInBackground()
      .catch((error: unknown) => options.log(`The suggested reasons could not be worked out again: ${String(error)}`));
  const refreshStarted = Date.now();
  void suggestionRefresh.runInBackground().then(
    (looked) =>
      looked > 0 &&
      options.log(`Worked out the suggested reasons again for ${looked} item(s) in ${Date.now() - refreshStarted} ms.`),
    (error: unknown) => options.log(`The suggested reasons could not be worked out again: ${String(error)}`),
  );
  const seeds = parseCannedReplies(cannedReplies);
  if (!seeds.ok) throw new Error(`assets/replies/canned-replies.json: ${seeds.message}`);
  write(writer, (change) => seedTemplates(change, seeds.templates), { operator: seededBy });
  const secrets = options.secrets ?? new FileSecretStore(options.dataDir);
  const apis = options.apis ?? publishedApis;
  const { autoStart = true, ...pollerOptions } = options.polling ?? {};
  // The clerk's rules act first (after the suggestions stored with each item), then the out-of-office answer.
  const onIngested = (itemIds: number[]) => {
    try {
      applyRules(writer, itemIds, councilName);
    } catch (error) {
      // The items are in the queue already; a rule that fails leaves them for the clerk as they are.
      options.log(`The automation rules could not run on ${itemIds.length} new item(s): ${String(error)}`);
    }
    answerOutOfOffice(writer, itemIds, councilName);
  };
  const runtime = new ChannelRuntime(
    store,
    events,
    secrets,
    (checked, hooks) => createConnector(checked, apis, hooks),
    now,
    { log: options.log, onIngested, ...pollerOptions },
    autoStart,
    (account) => destinationOf(account, apis),
  );
  if (sample) {
    for (const channel of channels) {
      if (!sample.items.some((item) => item.channel === channel)) continue;
      const account = store.accounts.ensure(
        { key: `demo:${channel}`, connector: 'demo', channel, name: `${channelNames[channel]} (demo)` },
        now().toISOString(),
      );
      const connector = new DemoConnector(channel, sample.items, sample.fingerprint);
      runtime.register(account.id, connector);
      const added = await syncAccount(store, account, connector, events, now, onIngested);
      options.log(`Loaded ${added} new ${channelNames[channel]} item(s) from ${sample.label}.`);
    }
  }
  const handlers = createService({
    store,
    events,
    now,
    councilName,
    mode: options.mode,
    dataDir: options.dataDir,
    secrets,
    channels: runtime,
    suggestionRefresh,
    learning,
    sampleLoaded: sample !== null,
  });
  // Decisions in the record not yet learned from (made before this version, or before a crash).
  void learning
    .catchUp()
    .catch((error: unknown) => options.log(`Learning from the decisions failed: ${String(error)}`));
  await runtime.startAll();
  const outbox = new OutboxWorker(store, runtime.connectors, events, now);
  // The retention purge runs at start and once a day; it records counts, never content.
  const purge = () => runPurge(store, 'Retention (automatic)', now());
  purge();
  const purgeTimer = setInterval(purge, 24 * 3600_000);
  purgeTimer.unref();
  const interval = options.outboxIntervalMs ?? 1_000;
  if (interval > 0) outbox.start(interval);
  return {
    handlers,
    events,
    store,
    outbox,
    channels: runtime,
    suggestionRefresh,
    learning,
    close: async () => {
      clearInterval(purgeTimer);
      await suggestionRefresh.stop();
      await learning.stop();
      await runtime.stopAll();
      await outbox.stop();
      store.close();
    },
  };
}
