// Child process for the crash tests: syncs the Facebook account, or delivers the outbox, until killed.
import { FacebookConnector } from '../../electron/channels/facebook/facebook-connector';
import { ConsoleStore } from '../../electron/store/console-store';
import { EventHub } from '../../electron/sync/event-hub';
import { OutboxWorker } from '../../electron/sync/outbox-worker';
import { syncAccount } from '../../electron/sync/sync-account';

const [dataDir, baseUrl, mode] = process.argv.slice(2);
if (!dataDir || !baseUrl || (mode !== 'sync' && mode !== 'deliver'))
  throw new Error('usage: DATA_DIR GRAPH_URL sync|deliver');

const store = ConsoleStore.open(dataDir);
const account = store.accounts.list().find((candidate) => candidate.key === 'facebook:1000');
if (!account) throw new Error('the test sets up the facebook:1000 account first');
const connector = new FacebookConnector({
  baseUrl,
  pageId: '1000',
  accessToken: 'page-token',
  now: () => new Date('2026-11-24T12:00:00Z'),
});
const now = () => new Date();
if (mode === 'sync') {
  const added = await syncAccount(store, account, connector, new EventHub(), now);
  process.stdout.write(`synced ${added}\n`);
} else {
  const worker = new OutboxWorker(store, new Map([[account.id, connector]]), new EventHub(), now, { batchSize: 1 });
  while ((await worker.deliverDue()) > 0) process.stdout.write('delivered one\n');
  process.stdout.write('outbox empty\n');
}
store.close();
