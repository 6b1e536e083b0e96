// One file per migration: the index must list every file, in order, numbered 1..N with no gap.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrations } from './index';

const migrationFiles = readdirSync(import.meta.dirname)
  .filter((name) => /^\d{4}-.+\.ts$/.test(name) && !name.endsWith('.test.ts'))
  .sort();

describe('migrations', () => {
  it('are numbered 1..N with no gap and no repeat, in the order they are applied', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('are one file each, the file named after its version, and every file listed', () => {
    expect(migrationFiles.map((name) => Number(name.slice(0, 4)))).toEqual(migrations.map((m) => m.version));
  });
});
