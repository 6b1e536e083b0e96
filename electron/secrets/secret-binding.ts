// Each account's secrets are bound to the destination they were saved for, kept beside them in the SecretStore.
import type { ConnectorKind } from '../api/accounts';
import type { Destination } from '../channels/registry';
import { accountSecretKey, type SecretStore } from './secret-store';

/** Not a form field: where the account's secrets were saved for, as JSON. */
export function savedForKey(accountId: number): string {
  return accountSecretKey(accountId, 'savedFor');
}

/** The destination the saved secrets belong to; null for an account saved before secrets were bound. */
export function readSavedFor(secrets: SecretStore, accountId: number): Destination | null {
  const saved = secrets.get(savedForKey(accountId));
  if (saved === null) return null;
  try {
    const parsed = JSON.parse(saved) as unknown;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      Object.values(parsed).every((part) => typeof part === 'string')
    )
      return parsed as Destination;
  } catch {
    // An unreadable binding binds to nothing: the secrets are not sent until typed again.
  }
  return {};
}

const secretNoun: Record<ConnectorKind, string> = {
  facebook: 'Page access token',
  x: 'access token',
  twilio: 'auth token',
  wordpress: 'application password',
  email: 'password',
};

const apiName: Record<'facebook' | 'x' | 'twilio', string> = { facebook: 'Facebook', x: 'X', twilio: 'Twilio' };

/**
 * One sentence for the clerk: what changed, what to type again, and why. `changed` are the parts of the
 * destination that differ; `saved` the secrets saved for the old one.
 */
export function destinationChangedMessage(kind: ConnectorKind, changed: string[], saved: string[]): string {
  switch (kind) {
    case 'wordpress':
      return 'The site address changed, so type the application password again: a saved password is only ever sent to the site it was saved for.';
    case 'email': {
      if (changed.every((part) => part === 'tokenUrl')) {
        return 'The OAuth2 token address changed, so type the tokens again: a saved token is only ever sent to the address it was saved for.';
      }
      const noun = saved.includes('password') || !saved.includes('accessToken') ? 'password' : 'access token';
      return `The mail server address, port or security changed, so type the ${noun} again: a saved ${noun} is only ever sent to the server it was saved for.`;
    }
    default:
      return `The ${apiName[kind]} address the console uses changed, so type the ${secretNoun[kind]} again: a saved token is only ever sent to the address it was saved for.`;
  }
}
