// Ingest with and without stored suggestions, timed in CPU seconds as well as on the clock (a shared machine
// inflates the clock): `tsx bench/ingest-cpu.ts [items]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channels } from '../electron/api/domain';
import type { IncomingItem } from '../electron/core/incoming-item';
import { councilSuggestions } from '../electron/moderation/stored-suggestions';
import { ConsoleStore } from '../electron/store/console-store';
import { syntheticItems } from './synthetic-items';

const count = Number(process.argv[2] ?? 10_000);

function ingest(suggesting: boolean): { wall: number; cpu: number } {
  const dir = mkdtempSync(join(tmpdir(), 'console-ingest-'));
  const store = ConsoleStore.open(dir);
  const now = new Date().toISOString();
  if (suggesting) store.items.suggestWith(councilSuggestions(store, 'Bench').top);
  const accounts = Object.fromEntries(
    channels.map((channel) => [
      channel,
      store.accounts.ensure({ key: `bench:${channel}`, connector: 'demo', channel, name: channel }, now).id,
    ]),
  );
  const items = [...syntheticItems(count)];
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let from = 0; from < items.length; from += 5_000) {
    const byAccount = new Map<number, IncomingItem[]>();
    for (const item of items.slice(from, from + 5_000)) {
      const id = accounts[item.channel] as number;
      byAccount.set(id, [...(byAccount.get(id) ?? []), item]);
    }
    store.transaction(() => {
      for (const [id, batch] of byAccount) store.items.ingest(id, batch, now);
    });
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { wall: count / wall, cpu: count / ((used.user + used.system) / 1e6) };
}

for (const suggesting of [false, true, false, true]) {
  const { wall, cpu } = ingest(suggesting);
  process.stdout.write(
    `ingest ${suggesting ? 'with stored suggestions   ' : 'without suggestions       '} ${Math.round(wall).toLocaleString('en-GB').padStart(7)} items/s on the clock, ${Math.round(cpu).toLocaleString('en-GB').padStart(7)} items per CPU second\n`,
  );
}
