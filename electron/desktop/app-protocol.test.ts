import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { describe, expect, it } from 'vitest';
import { emailFrameStyleHash } from '../api/email-frame';
import { appResponseHeaders, privilegedSchemes, registerAppProtocol, resolveAppFile } from './app-protocol';

const root = mkdtempSync(join(tmpdir(), 'app-protocol-'));
mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Console</title>');
writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'outside');
const renderer = join(root, 'renderer');

describe('app:// protocol', () => {
  it('serves files of the renderer, index.html at the root', () => {
    expect(resolveAppFile(renderer, 'app://console/')).toBe(join(renderer, 'index.html'));
    expect(resolveAppFile(renderer, 'app://console/assets/app.js')).toBe(join(renderer, 'assets', 'app.js'));
  });

  it('refuses traversal out of the renderer, encoded or not, and other hosts', () => {
    for (const url of [
      'app://console/../secret.txt',
      'app://console/%2e%2e/secret.txt',
      'app://console/%2E%2E%2Fsecret.txt',
      'app://console/..%5Csecret.txt',
      'app://other/index.html',
      'app://console/%00',
    ]) {
      const file = resolveAppFile(renderer, url);
      expect(file === null || file.startsWith(renderer + '/')).toBe(true);
      expect(file).not.toBe(join(root, 'secret.txt'));
    }
    expect(resolveAppFile(renderer, 'app://other/index.html')).toBeNull();
  });

  it('sends the strict CSP with every file', () => {
    const headers = appResponseHeaders('index.html');
    expect(headers['Content-Security-Policy']).toBe(
      `default-src 'self'; script-src 'self'; style-src 'self' ${emailFrameStyleHash}; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
  });

  it('registers app:// as a standard, secure scheme and answers 404 outside the renderer', async () => {
    expect(privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const captured: { handler?: (request: Request) => Promise<Response> } = {};
    registerAppProtocol(
      {
        handle: (_scheme: string, fn: (request: Request) => Promise<Response>) => (captured.handler = fn),
      } as unknown as Protocol,
      renderer,
    );
    const page = await captured.handler?.(new Request('app://console/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect((await captured.handler?.(new Request('app://console/%2e%2e/secret.txt')))?.status).toBe(404);
  });
});
