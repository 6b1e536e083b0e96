// Serves the built renderer from app://console/ (not file://), with the strict CSP on every response.
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { contentTypeOf, fileUnder } from '../browser/static-files';
import { contentSecurityPolicy } from './content-security-policy';
import { appOrigin } from './ipc-channels';

export const appScheme = 'app';

/** Must run before the app is ready. */
export const privilegedSchemes = [
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

/** The file under root that an app:// URL names; null for other hosts or anything escaping root. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  return `${url.protocol}//${url.host}` === appOrigin ? fileUnder(root, url.pathname) : null;
}

export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  };
}

export function registerAppProtocol(protocol: Protocol, rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body)
      return new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': contentSecurityPolicy } });
    return new Response(body, { status: 200, headers: appResponseHeaders(file) });
  });
}
