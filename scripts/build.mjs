// Builds the renderer (Vite) and bundles main, preload and browser mode (esbuild) into dist/.
// `--if-needed` skips the build when nothing under the sources changed since the last one.
import { build as bundle } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['electron', 'renderer', 'assets', 'package.json', 'vite.config.ts', 'scripts/build.mjs'];

function newestSourceTime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestSourceTime(join(path, entry)));
  }
  return newest;
}

function upToDate() {
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return sources.every((source) => newestSourceTime(join(root, source)) <= built);
}

if (process.argv.includes('--if-needed') && upToDate()) process.exit(0);

const started = Date.now();
process.stderr.write('Building the console…\n');
await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: 'linked',
  logLevel: 'warning',
  // pdfkit reads its font metrics from its own folder at run time, so it is loaded from node_modules, not bundled.
  external: ['electron', 'better-sqlite3', 'pdfkit'],
  absWorkingDir: root,
};
await Promise.all([
  bundle({
    ...shared,
    entryPoints: ['electron/desktop/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    // Libraries loaded on first use (`await import('pdfkit')`) stay require() calls, as before: a real
    // import() from main.cjs would load pdfkit's ES build through Electron's ES module loader instead.
    supported: { 'dynamic-import': false },
  }),
  bundle({
    ...shared,
    entryPoints: ['electron/desktop/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
  }),
  bundle({
    ...shared,
    entryPoints: ['electron/browser/preview.ts'],
    outfile: 'dist/preview.mjs',
    format: 'esm',
    // Bundled CommonJS dependencies still call require(); give the ES module one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
]);
writeFileSync(stamp, new Date().toISOString());
process.stderr.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
