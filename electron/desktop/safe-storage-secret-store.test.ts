import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { SafeStorageSecretStore } from './safe-storage-secret-store';

/** Stands in for Electron's safeStorage: reversible, but never the plain text. */
function fakeSafeStorage(backend: 'gnome_libsecret' | 'basic_text' = 'gnome_libsecret', available = true) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => Buffer.from([...Buffer.from(plain)].map((byte) => byte ^ 0x5a)),
    decryptString: (cipher: Buffer) => Buffer.from([...cipher].map((byte) => byte ^ 0x5a)).toString(),
    getSelectedStorageBackend: () => backend,
  };
}

describe('SafeStorageSecretStore', () => {
  const tempDir = useTempDirs();

  it('stores only what safeStorage encrypted, and reads it back after a restart', () => {
    const dir = tempDir();
    new SafeStorageSecretStore(fakeSafeStorage(), dir, 'win32').set('account:2:password', 'hunter2-council');
    expect(readFileSync(join(dir, 'secrets.safe.json'), 'utf8')).not.toContain('hunter2');
    expect(new SafeStorageSecretStore(fakeSafeStorage(), dir, 'win32').get('account:2:password')).toBe(
      'hunter2-council',
    );
  });

  it('warns when Linux has no keyring, and refuses to save when there is no encryption at all', () => {
    const dir = tempDir();
    expect(new SafeStorageSecretStore(fakeSafeStorage('basic_text'), dir, 'linux').info().warning).toMatch(
      /No key store/,
    );
    expect(new SafeStorageSecretStore(fakeSafeStorage(), dir, 'linux').info().warning).toBeNull();
    const none = new SafeStorageSecretStore(fakeSafeStorage('basic_text', false), dir, 'linux');
    expect(() => none.set('k', 'v')).toThrow(/no way to encrypt/);
  });
});
