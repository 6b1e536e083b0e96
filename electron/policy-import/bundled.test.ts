// The libraries run inside dist/electron/main.cjs, bundled by esbuild as CommonJS with import() turned into
// require() (scripts/build.mjs): this bundles the import the same way and reads a real Word file and PDF with it.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyDocx, policyPdf } from '../../testing/support/policy-files';
import { useTempDirs } from '../../testing/support/temp-dir';
import type { importPolicy as ImportPolicy } from './import-policy';

const tempDir = useTempDirs();

describe('policy import, bundled as main.cjs is', () => {
  it('reads .docx (mammoth, turndown) and .pdf (unpdf) from a CommonJS bundle', async () => {
    const outfile = join(tempDir(), 'policy-import.cjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'import-policy.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      supported: { 'dynamic-import': false },
      external: ['electron', 'better-sqlite3', 'pdfkit'],
      logLevel: 'silent',
    });
    const { importPolicy } = createRequire(import.meta.url)(outfile) as { importPolicy: typeof ImportPolicy };
    const docx = await importPolicy({ fileName: 'policy.docx', bytes: await policyDocx() });
    const pdf = await importPolicy({ fileName: 'policy.pdf', bytes: await policyPdf() });
    expect(docx.ok && docx.markdown.startsWith('# Ashcombe Parish Council Social Media Policy')).toBe(true);
    expect(pdf.ok && pdf.markdown.startsWith('# Social Media Policy')).toBe(true);
  }, 60_000);
});
