// The desktop's SecretStore: Electron safeStorage (DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import type { SecretStore, SecretStoreInfo } from '../secrets/secret-store';

const fileName = 'secrets.safe.json';

/** Only ciphertext reaches the disk (base64 of safeStorage.encryptString), in a file readable only by the user. */
export class SafeStorageSecretStore implements SecretStore {
  private values: Record<string, string>;
  private readonly path: string;

  constructor(
    private readonly safeStorage: Pick<
      SafeStorage,
      'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
    >,
    dir: string,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.path = join(dir, fileName);
    this.values = existsSync(this.path) ? (JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, string>) : {};
  }

  get(key: string): string | null {
    const stored = this.values[key];
    return stored === undefined ? null : this.safeStorage.decryptString(Buffer.from(stored, 'base64'));
  }

  set(key: string, value: string): void {
    if (!this.safeStorage.isEncryptionAvailable()) {
      throw new Error(
        'This computer offers no way to encrypt secrets (safeStorage is unavailable); the secret was not saved.',
      );
    }
    this.values = { ...this.values, [key]: this.safeStorage.encryptString(value).toString('base64') };
    this.save();
  }

  delete(key: string): void {
    this.values = Object.fromEntries(Object.entries(this.values).filter(([name]) => name !== key));
    this.save();
  }

  info(): SecretStoreInfo {
    if (!this.safeStorage.isEncryptionAvailable()) {
      return {
        description: 'nowhere: this computer offers no encryption',
        warning:
          'This computer offers no key store, so channel passwords and tokens cannot be saved safely. Ask your IT support to enable one.',
      };
    }
    // On Linux without a keyring Electron falls back to a hard-coded key: encrypted in name only.
    if (this.platform === 'linux' && this.safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return {
        description: 'encrypted with a built-in key (no key store found)',
        warning:
          'No key store (GNOME Keyring or KWallet) was found: channel passwords and tokens are stored with a built-in key that does not really protect them. Install or unlock a keyring.',
      };
    }
    return { description: "your computer's key store", warning: null };
  }

  private save(): void {
    writeFileSync(`${this.path}.tmp`, JSON.stringify(this.values), { mode: 0o600 });
    renameSync(`${this.path}.tmp`, this.path);
  }
}
