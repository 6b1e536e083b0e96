// `npm run preview` as a newcomer meets it: the ready line, and clear messages for every bad start.
import { createServer } from 'node:net';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readyLine, runConsole, startConsole } from './support/console-process';

async function apiCall(
  origin: string,
  token: string,
  method: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${origin}api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

test('prints exactly one ready line on stdout and serves the queue', async ({}, testInfo) => {
  const running = await startConsole(['--demo', '--port', '0', '--data-dir', testInfo.outputPath('data')]);
  try {
    expect(running.stdoutLines()).toHaveLength(1);
    expect(running.stdoutLines()[0]).toMatch(readyLine);
    expect(running.port).toBeGreaterThan(0);
    const { status, json } = await apiCall(running.origin, running.token, 'queue:list', { status: 'all', limit: 1 });
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, value: { total: expect.any(Number) } });
    expect((json as { value: { total: number } }).value.total).toBeGreaterThanOrEqual(150);
  } finally {
    await running.stop();
  }
});

test('refuses calls without the token, from other hosts, and with bad input', async ({}, testInfo) => {
  const running = await startConsole(['--demo', '--data-dir', testInfo.outputPath('data')]);
  try {
    const noToken = await fetch(`${running.origin}api/queue:list`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await apiCall(running.origin, `${running.token}x`, 'queue:list', {})).status).toBe(401);
    const bad = await apiCall(running.origin, running.token, 'queue:list', { status: 'binned' });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('status') },
    });
    const missing = await apiCall(running.origin, running.token, 'item:get', { id: 987654 });
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'not_found' } });
  } finally {
    await running.stop();
  }
});

test('loading the same sample twice adds nothing twice', async ({}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  const totals: number[] = [];
  for (let run = 0; run < 2; run++) {
    const running = await startConsole(['--demo', '--data-dir', dataDir]);
    const { json } = await apiCall(running.origin, running.token, 'queue:list', { status: 'all', limit: 1 });
    totals.push((json as { value: { total: number } }).value.total);
    await running.stop();
  }
  expect(totals[1]).toBe(totals[0]);
});

test('an unknown flag gets the usage and a non-zero exit', async () => {
  const run = await runConsole(['--demo', '--colour', 'blue']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown option --colour.');
  expect(run.stderr).toContain('Usage: npm run preview');
  expect(run.stdout).toBe('');
});

test('a port in use gets a clear message', async ({}, testInfo) => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const run = await runConsole(['--port', String(port), '--data-dir', testInfo.outputPath('data')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Port ${port} is already in use. Choose another with --port, or use --port 0 for a free one.`,
    );
  } finally {
    blocker.close();
  }
});

test('a file that is not a database is refused and left untouched', async ({}, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'console.db');
  writeFileSync(file, 'These are the allotment minutes, not a database.');
  const run = await runConsole(['--data-dir', dataDir]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('is not a console database');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(file, 'utf8')).toBe('These are the allotment minutes, not a database.');
});

test('a data dir that cannot be used gets a clear message', async ({}, testInfo) => {
  const notAFolder = testInfo.outputPath('plain-file');
  writeFileSync(notAFolder, 'x');
  const run = await runConsole(['--data-dir', notAFolder]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('is a file, not a folder');
  if (process.getuid?.() !== 0) {
    const locked = testInfo.outputPath('locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const lockedRun = await runConsole(['--data-dir', join(locked, 'data')]);
    expect(lockedRun.code).toBe(1);
    expect(lockedRun.stderr).toContain('cannot be written to');
  }
});

test('a malformed sample names the item and field, and loads nothing', async ({}, testInfo) => {
  const sample = testInfo.outputPath('sample.json');
  const good = {
    channel: 'sms',
    kind: 'sms',
    id: 'SM1',
    author: { id: '+447700900001', name: 'A resident' },
    text: 'Bins?',
    receivedAt: '2026-11-01T10:00:00Z',
  };
  writeFileSync(sample, JSON.stringify({ items: [good, { ...good, id: 'SM2', receivedAt: 'yesterday' }] }));
  const dataDir = testInfo.outputPath('data');
  const run = await runConsole(['--sample', sample, '--data-dir', dataDir]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('items[1].receivedAt');
  expect(run.stderr).toContain('Nothing was loaded');
  const unreadable = await runConsole(['--sample', testInfo.outputPath('missing.json'), '--data-dir', dataDir]);
  expect(unreadable.code).toBe(1);
  expect(unreadable.stderr).toContain('there is no such file');
  // A good start afterwards finds an empty queue: the bad file left nothing behind.
  const running = await startConsole(['--data-dir', dataDir]);
  const { json } = await apiCall(running.origin, running.token, 'queue:list', { status: 'all' });
  await running.stop();
  expect(json).toMatchObject({ ok: true, value: { total: 0 } });
});
