// Secrets kept in memory, for tests and benches: nothing is written to disk.
import type { SecretStore, SecretStoreInfo } from '../../electron/secrets/secret-store';

export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.values.set(key, value);
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  info(): SecretStoreInfo {
    return { description: 'in memory (tests)', warning: null };
  }
}
