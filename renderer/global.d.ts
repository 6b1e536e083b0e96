import type { ConsoleBridge } from '../electron/api/client';

declare global {
  interface Window {
    /** Exposed by the desktop preload; absent in browser mode. */
    council?: ConsoleBridge;
  }
}
