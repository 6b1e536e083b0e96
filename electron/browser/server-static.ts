// Serves the built renderer to browser mode with the same strict CSP the desktop window gets.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../desktop/content-security-policy';
import { contentTypeOf, fileUnder } from './static-files';

export async function serveStatic(
  root: string,
  pathname: string,
  headOnly: boolean,
  response: ServerResponse,
): Promise<void> {
  const file = fileUnder(root, pathname);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
  });
  response.end(headOnly ? undefined : body);
}
