// Child process for the atomicity test: removes an item and, in "kill" mode, dies by SIGKILL between
// writing the removal action and queueing its channel action, inside the transaction.
import { join } from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { startBackend } from '../../electron/app/composition';
import { sqliteHandle } from '../../electron/store/sqlite-handle';

const [dataDir, sampleFile, mode] = process.argv.slice(2);
if (!dataDir || !sampleFile || (mode !== 'kill' && mode !== 'normal'))
  throw new Error('usage: DATA_DIR SAMPLE kill|normal');

const backend = await startBackend({
  dataDir: join(dataDir),
  mode: 'browser',
  sample: { kind: 'file', path: sampleFile },
  log: () => undefined,
  outboxIntervalMs: 0,
});
const id = Number(
  sqliteHandle(backend.store)
    .prepare(`SELECT id FROM items WHERE channel = 'facebook' AND from_council = 0 ORDER BY id LIMIT 1`)
    .pluck()
    .get(),
);
if (mode === 'kill') {
  const enqueue = backend.store.outbox.enqueue.bind(backend.store.outbox);
  backend.store.outbox.enqueue = (entry) => {
    const written = Number(
      sqliteHandle(backend.store).prepare(`SELECT count(*) FROM actions WHERE kind = 'removed'`).pluck().get(),
    );
    process.stdout.write(`action written: ${written}\n`);
    process.kill(process.pid, 'SIGKILL');
    return enqueue(entry);
  };
}
const result = await dispatch(backend.handlers, 'item:remove', { id, reasonId: 'obscene-racist' }, () => undefined);
process.stdout.write(`${JSON.stringify({ ok: result.ok })}\n`);
await backend.close();
