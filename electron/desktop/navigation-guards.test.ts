import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, installNavigationGuards } from './navigation-guards';

type OpenHandler = (details: { url: string }) => { action: 'deny' | 'allow' };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | null = null;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  });
  const links = { confirm: vi.fn(async () => true), open: vi.fn(async () => undefined) };
  installNavigationGuards(contents as unknown as WebContents, links);
  const navigate = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { navigate, open: (url: string) => openHandler?.({ url }), links, emitter };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('navigation guards', () => {
  it('prevents navigating away from the app, and allows the app itself', () => {
    const { navigate } = fakeContents();
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://console.evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://console/index.html')).toBe(false);
  });

  it('denies every new window; a web link opens in the system browser only after confirmation', async () => {
    const { open, links } = fakeContents();
    expect(open('https://www.gov.uk/')).toEqual({ action: 'deny' });
    await settle();
    expect(links.confirm).toHaveBeenCalledWith('https://www.gov.uk/');
    expect(links.open).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it('does not open a link the clerk declined', async () => {
    const { open, links } = fakeContents();
    links.confirm.mockResolvedValueOnce(false);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    await settle();
    expect(links.open).not.toHaveBeenCalled();
  });

  it('never opens javascript:, file: or other schemes', async () => {
    const { open, links } = fakeContents();
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'smb://server/share'])
      expect(open(url)).toEqual({ action: 'deny' });
    await settle();
    expect(links.confirm).not.toHaveBeenCalled();
    expect(links.open).not.toHaveBeenCalled();
  });

  it('prevents attaching a webview', () => {
    const { navigate } = fakeContents();
    expect(navigate('will-attach-webview', '')).toBe(true);
  });

  it('denies every permission request and check', () => {
    type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const captured: { request?: RequestHandler; check?: () => boolean } = {};
    denyAllPermissions({
      setPermissionRequestHandler: (handler: RequestHandler) => (captured.request = handler),
      setPermissionCheckHandler: (handler: () => boolean) => (captured.check = handler),
    } as unknown as Session);
    const callback = vi.fn();
    captured.request?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(captured.check?.()).toBe(false);
  });
});
