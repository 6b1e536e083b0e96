// The layer boundaries of docs/architecture.md are lint errors; this proves the rules still bite.
import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}:${message.line}`);
}

describe('layer rules', () => {
  it('keep core free of electron, Node I/O, DOM and the rest of the project', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import Database from 'better-sqlite3';",
      "import { ConsoleStore } from '../store/console-store';",
      "import type { Channel } from '../api/domain';",
      'export const probe: unknown[] = [readFileSync, Database, ConsoleStore, window, process];',
      'export type C = Channel;',
    ].join('\n');
    expect(await ruleIds('electron/core/probe.ts', code)).toEqual([
      'no-restricted-imports:1',
      'no-restricted-imports:2',
      'no-restricted-imports:3',
      'no-restricted-globals:5',
      'no-restricted-globals:5',
    ]);
  });

  it('keep api free of electron and of the rest of the project', async () => {
    const code =
      "import { ipcMain } from 'electron';\nimport { x } from '../core/search-query';\nexport const probe = [ipcMain, x, document];\n";
    const ids = await ruleIds('electron/api/probe.ts', code);
    expect(ids).toEqual(
      expect.arrayContaining(['no-restricted-imports:1', 'no-restricted-imports:2', 'no-restricted-globals:3']),
    );
  });

  it('keep the renderer to electron/api', async () => {
    const code =
      "import { startBackend } from '../electron/app/composition';\nimport { ok } from '../electron/api';\nexport const probe = [startBackend, ok];\n";
    expect(await ruleIds('renderer/probe.ts', code)).toEqual(['no-restricted-imports:1']);
  });

  it('keep Electron out of the store and services, but allow its types', async () => {
    const code =
      "import { app } from 'electron';\nimport type { BrowserWindow } from 'electron';\nexport const probe: [unknown, BrowserWindow | null] = [app, null];\n";
    expect(await ruleIds('electron/store/probe.ts', code)).toEqual(['@typescript-eslint/no-restricted-imports:1']);
  });

  it('keep testing/ (fakes and test support) out of production code, but open to tests', async () => {
    const code =
      "import { FakeGraph } from '../../testing/fakes/facebook/fake-graph';\nexport const probe = [FakeGraph];\n";
    expect(await ruleIds('electron/handlers/probe.ts', code)).toEqual(['@typescript-eslint/no-restricted-imports:1']);
    expect(await ruleIds('electron/desktop/probe.ts', code)).toEqual(['no-restricted-imports:1']);
    expect(await ruleIds('electron/core/probe.ts', code)).toContain('no-restricted-imports:1');
    expect(await ruleIds('electron/handlers/probe.test.ts', code)).toEqual([]);
    const fromRenderer = "import { tempDir } from '../testing/support/temp-dir';\nexport const probe = [tempDir];\n";
    expect(await ruleIds('renderer/probe.ts', fromRenderer)).toEqual(['no-restricted-imports:1']);
  });

  it('keep SQL in the store: better-sqlite3 and the raw connection nowhere else', async () => {
    const code = [
      "import Database from 'better-sqlite3';",
      "import { sqliteHandle } from '../store/sqlite-handle';",
      'export const probe: unknown[] = [Database, sqliteHandle];',
    ].join('\n');
    expect(await ruleIds('electron/moderation/probe.ts', code)).toEqual([
      'no-restricted-imports:1',
      'no-restricted-imports:2',
    ]);
    expect(await ruleIds('electron/handlers/probe.test.ts', code)).toEqual(['no-restricted-imports:1']);
    expect(await ruleIds('electron/store/probe.ts', code)).toEqual([]);
  });

  it('send every change to the record through moderation/write(): no transaction or append of its own elsewhere', () => {
    expect(writesOutsideWrite()).toEqual([]);
    // Each exception still holds exactly the transactions its reason is for: a new one needs its own.
    for (const [file, { count, why }] of Object.entries(notWrites))
      expect(hitsIn(file), `${file} (${why})`).toHaveLength(count);
  });

  it('would catch a transaction or an append made outside write()', () => {
    const code = [
      'store.transaction(() => store.items.markRemoved(id, actionId));',
      "store.actions.append({ itemId: id, kind: 'note', operator, details: {}, createdAt: now });",
    ].join('\n');
    expect(hits(code)).toEqual([1, 2]);
  });
});

/**
 * Transactions that are not writes (nothing is recorded, no one is working, no view is told), each with why;
 * the comment beside each says the same.
 */
const notWrites: Readonly<Record<string, { count: number; why: string }>> = {
  'electron/sync/sync-account.ts': { count: 1, why: 'a bulk ingest: a page of what the channel sent, with its cursor' },
  'electron/moderation/stored-suggestions.ts': {
    count: 1,
    why: 'the background recompute of the suggestions stored with each item',
  },
  'electron/moderation/learning.ts': {
    count: 2,
    why: 'learning from the record in the background, and forgetting what was learned (the record is untouched)',
  },
};

/** The store and the write helper itself are where transactions and appends belong. */
const mayWrite = (file: string) => file.startsWith('electron/store/') || file === 'electron/moderation/write.ts';

const writePattern = /\.transaction\(|\bactions\.append\(/;

/** The 1-based lines of `code` that open a transaction or append to the record. */
function hits(code: string): number[] {
  return code.split('\n').flatMap((line, index) => (writePattern.test(line) ? [index + 1] : []));
}

function hitsIn(file: string): number[] {
  return hits(readFileSync(file, 'utf8'));
}

/** Production code under electron/ (not its tests) that writes other than through write(), as file:line. */
function writesOutsideWrite(): string[] {
  return readdirSync('electron', { recursive: true, encoding: 'utf8' })
    .map((path) => `electron/${path.replaceAll('\\', '/')}`)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .filter((file) => !mayWrite(file) && !Object.hasOwn(notWrites, file))
    .flatMap((file) => hitsIn(file).map((line) => `${file}:${line}`));
}
