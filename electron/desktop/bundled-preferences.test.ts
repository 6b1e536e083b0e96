// electron-store and conf are ES modules; dist/electron/main.cjs is CommonJS (scripts/build.mjs). This bundles the
// preferences the same way and uses them from the bundle, with a stand-in for Electron (there is no binary here).
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import type { openDesktopPreferences as OpenDesktopPreferences } from './desktop-preferences';

const tempDir = useTempDirs();

describe('desktop preferences, bundled as main.cjs is', () => {
  it('keep and read back a preference through electron-store from a CommonJS bundle', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'electron-stand-in.cjs'), 'module.exports = {};\n');
    const outfile = join(dir, 'preferences.cjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'desktop-preferences.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      supported: { 'dynamic-import': false },
      alias: { electron: join(dir, 'electron-stand-in.cjs') },
      logLevel: 'silent',
    });
    const { openDesktopPreferences } = createRequire(import.meta.url)(outfile) as {
      openDesktopPreferences: typeof OpenDesktopPreferences;
    };
    openDesktopPreferences({ cwd: dir }).set('rowDensity', 'compact');
    expect(openDesktopPreferences({ cwd: dir }).get('rowDensity')).toBe('compact');
  }, 60_000);
});
