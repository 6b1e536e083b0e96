// `npm run bench`: builds a 100,000-item database in a temporary folder and prints the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchBrowser } from './browser-bench';
import { benchChannels } from './channels-bench';
import { benchBackend } from './queue-bench';

const itemCount = Number(process.env.BENCH_ITEMS ?? 100_000);
const dataDir = mkdtempSync(join(tmpdir(), 'console-bench-'));
process.stdout.write(`Benchmark on ${itemCount.toLocaleString('en-GB')} items in ${dataDir}\n\n`);
try {
  await benchBackend(dataDir, itemCount);
  process.stdout.write('\nIn Chromium, against browser mode:\n');
  await benchBrowser(dataDir);
  process.stdout.write('\nChannels, against local fakes (npm run bench:email for the IMAP figures):\n');
  await benchChannels();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
