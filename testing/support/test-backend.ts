// A backend on a temporary data dir, loaded with the small sample, called through the real dispatch.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/contract';
import type { Envelope } from '../../electron/api/envelope';
import { startBackend, type Backend, type BackendOptions } from '../../electron/app/composition';
import { MemorySecretStore } from './memory-secret-store';
import { parseSampleFile } from '../../electron/core/sample-file';
import { smallSample } from './small-sample';

export interface TestBackend {
  backend: Backend;
  /** Messages arriving on a demo account (e.g. 'demo:x'), through the same ingest the sync uses. */
  arrives(accountKey: string, items: Record<string, unknown>[]): void;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export async function testBackend(
  dataDir: string,
  sample: object = smallSample(),
  options: Partial<BackendOptions> = {},
): Promise<TestBackend> {
  const file = join(dataDir, 'sample.json');
  writeFileSync(file, JSON.stringify(sample));
  const backend = await startBackend({
    dataDir: join(dataDir, 'data'),
    mode: 'browser',
    sample: { kind: 'file', path: file },
    log: () => undefined,
    now: () => new Date('2026-11-24T10:00:00Z'),
    // Tests deliver the outbox themselves, when they mean to.
    outboxIntervalMs: 0,
    secrets: new MemorySecretStore(),
    ...options,
  });
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) =>
    (await dispatch(backend.handlers, method, input, (_, error) => {
      throw error;
    })) as Envelope<MethodOutput<M>>;
  return {
    backend,
    arrives: (accountKey, items) => {
      const parsed = parseSampleFile({ items });
      if (!parsed.ok) throw new Error(parsed.message);
      const account = backend.store.accounts.list().find((candidate) => candidate.key === accountKey);
      if (!account) throw new Error(`no account ${accountKey}`);
      backend.store.items.ingest(account.id, parsed.items, '2026-11-24T10:00:00.000Z');
    },
    call,
    value: async (method, input) => {
      const envelope = await call(method, input);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value;
    },
  };
}

/** A start() for tests: each call gets a backend on a fresh data dir, closed after the test. */
export function useTestBackend(tempDir: () => string): () => Promise<TestBackend> {
  let running: TestBackend | null = null;
  afterEach(async () => {
    await running?.backend.close();
    running = null;
  });
  return async () => {
    running = await testBackend(tempDir());
    return running;
  };
}
