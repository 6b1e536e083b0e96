// A removal writes its action and its outbox row in one transaction: a kill between them leaves neither.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConsoleStore } from '../store/console-store';
import { smallSample } from '../../testing/support/small-sample';
import { useTempDirs } from '../../testing/support/temp-dir';
import { sqliteHandle } from '../store/sqlite-handle';

const tempDir = useTempDirs();
const child = fileURLToPath(new URL('../../testing/support/kill-during-removal.ts', import.meta.url));

function runChild(mode: 'kill' | 'normal'): { dataDir: string; signal: NodeJS.Signals | null; stdout: string } {
  const dir = tempDir();
  const sample = join(dir, 'sample.json');
  writeFileSync(sample, JSON.stringify(smallSample()));
  const dataDir = join(dir, 'data');
  const result = spawnSync(process.execPath, ['--import', 'tsx', child, dataDir, sample, mode], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  if (mode === 'normal' && result.status !== 0) throw new Error(result.stderr);
  return { dataDir, signal: result.signal, stdout: result.stdout };
}

function recordOf(dataDir: string): { removals: number; outbox: number; removedItems: number } {
  const store = ConsoleStore.open(dataDir);
  const count = (sql: string) => Number(sqliteHandle(store).prepare(sql).pluck().get());
  const record = {
    removals: count(`SELECT count(*) FROM actions WHERE kind = 'removed'`),
    outbox: count(`SELECT count(*) FROM outbox`),
    removedItems: count(`SELECT count(*) FROM items WHERE status = 'removed'`),
  };
  store.close();
  return record;
}

describe('removal atomicity', () => {
  it('commits action, outbox rows and status together', () => {
    const { dataDir } = runChild('normal');
    expect(recordOf(dataDir)).toEqual({ removals: 1, outbox: 2, removedItems: 1 });
  });

  it('leaves no action without its outbox row when killed between the two', () => {
    const { dataDir, signal, stdout } = runChild('kill');
    expect(signal).toBe('SIGKILL');
    // The action really had been written inside the transaction before the kill.
    expect(stdout).toContain('action written: 1');
    expect(recordOf(dataDir)).toEqual({ removals: 0, outbox: 0, removedItems: 0 });
  });
});
