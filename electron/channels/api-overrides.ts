// Browser mode may point the cloud channels at other addresses (local fakes in tests; a proxy, say).
import type { PollerOptions } from '../sync/account-poller';
import { publishedApis, type ApiAddresses } from './registry';

const loopback = /^http:\/\/127\.0\.0\.1:\d+(\/|$)/;

/**
 * PARISH_CONSOLE_FACEBOOK_API, _X_API, _TWILIO_API override the published addresses; only https or a
 * loopback http address is accepted, so a mistyped variable cannot send tokens in the clear.
 */
export function apiAddressesFrom(env: NodeJS.ProcessEnv): ApiAddresses {
  const pick = (name: string, fallback: string): string => {
    const value = env[name];
    if (!value) return fallback;
    if (!value.startsWith('https://') && !loopback.test(value))
      throw new Error(`${name} must be an https:// address or http://127.0.0.1:PORT, not "${value}".`);
    return value.replace(/\/+$/, '');
  };
  return {
    facebook: pick('PARISH_CONSOLE_FACEBOOK_API', publishedApis.facebook),
    x: pick('PARISH_CONSOLE_X_API', publishedApis.x),
    twilio: pick('PARISH_CONSOLE_TWILIO_API', publishedApis.twilio),
  };
}

/** PARISH_CONSOLE_POLL_SECONDS: how often accounts are polled (default 60). */
export function pollingFrom(env: NodeJS.ProcessEnv): Partial<PollerOptions> {
  const seconds = Number(env.PARISH_CONSOLE_POLL_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? { intervalMs: seconds * 1000 } : {};
}
