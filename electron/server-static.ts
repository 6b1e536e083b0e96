// Serves the built renderer to browser mode with the same strict CSP the desktop window gets.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy } from './shell/content-security-policy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export async function serveStatic(root: string, pathname: string, headOnly: boolean, response: ServerResponse): Promise<void> {
  const file = resolveInside(root, pathname === '/' ? '/index.html' : pathname);
  const body = file ? await readFile(file).catch(() => null) : null;
  if (!file || !body) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
  });
  response.end(headOnly ? undefined : body);
}

/** The file under root that a URL path names, or null if it would escape root. */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = join(root, normalize(decoded));
  const inside = relative(root, file);
  return inside === '' || inside.startsWith('..') || inside.startsWith(sep) ? null : file;
}
