// The window never leaves the app: navigation, new windows, webviews and permissions are refused;
// web links open in the system browser, only after the clerk confirms.
import type { Session, WebContents } from 'electron';
import { appOrigin } from './ipc-channels';

export interface ExternalLinks {
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
}

export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function installNavigationGuards(contents: WebContents, links: ExternalLinks): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) {
      void links.confirm(url).then((confirmed) => (confirmed ? links.open(url) : undefined));
    }
    return { action: 'deny' };
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
