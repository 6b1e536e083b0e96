// One place for channel secrets (tokens, passwords): never in the database, settings, logs or messages.
export interface SecretStoreInfo {
  /** Where secrets are kept, in the clerk's words. */
  description: string;
  /** Set when the protection is weaker than it should be (e.g. no OS key store on this desktop). */
  warning: string | null;
}

export interface SecretStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  info(): SecretStoreInfo;
}

/** The key of one secret of one account, e.g. account:3:accessToken. */
export function accountSecretKey(accountId: number, field: string): string {
  return `account:${accountId}:${field}`;
}
