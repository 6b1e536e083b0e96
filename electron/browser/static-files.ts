// The built renderer's files, for both ways of serving them (app:// on desktop, HTTP in browser mode).
import { extname, join, normalize, relative, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file)] ?? 'application/octet-stream';
}

/** The file under root that a URL path names ("/" is index.html), or null if it would escape root. */
export function fileUnder(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = join(root, normalize(decoded === '/' ? '/index.html' : decoded));
  const inside = relative(root, file);
  return inside === '' || inside.startsWith('..') || inside.startsWith(sep) ? null : file;
}
