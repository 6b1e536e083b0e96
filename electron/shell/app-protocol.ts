// Serves the built renderer from app://console/ (not file://), with the strict CSP on every response.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from './content-security-policy';
import { appOrigin } from './ipc-channels';

export const appScheme = 'app';

/** Must run before the app is ready. */
export const privilegedSchemes = [{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file under root that an app:// URL names; null for other hosts or anything escaping root. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== appOrigin) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = join(root, normalize(path === '/' ? '/index.html' : path));
  const inside = relative(root, file);
  return inside === '' || inside.startsWith('..') || inside.startsWith(sep) ? null : file;
}

export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
}

export function registerAppProtocol(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': contentSecurityPolicy } });
    return new Response(body, { status: 200, headers: appResponseHeaders(file) });
  });
}
