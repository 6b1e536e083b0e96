// Chooses the transport: the desktop preload's bridge, or browser mode's HTTP with the page's token.
import { clientFromBridge, type ApiClient } from '../../electron/api/client';
import { httpBridge } from './http-bridge';

const tokenKey = 'console-token';

export type Connection = { ok: true; api: ApiClient } | { ok: false; message: string };

export function connectApi(): Connection {
  if (window.council) return { ok: true, api: clientFromBridge(window.council) };
  const token = takeTokenFromAddress();
  if (!token)
    return { ok: false, message: 'This page needs the address printed by `npm run preview` (it includes a token).' };
  return { ok: true, api: clientFromBridge(httpBridge(token)) };
}

/** Keeps the token for this tab (so reload works) and removes it from the address bar and history. */
function takeTokenFromAddress(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? sessionStorage.getItem(tokenKey);
}
