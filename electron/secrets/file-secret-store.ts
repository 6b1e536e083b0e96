// Browser mode's SecretStore: one AES-256-GCM encrypted file, readable only by the user (mode 0600).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretStore, SecretStoreInfo } from './secret-store';

const keyFile = 'secrets.key';
const secretsFile = 'secrets.enc';
const ownerOnly = 0o600;

/**
 * The key sits beside the file, also 0600: this keeps secrets out of the database, its backups and
 * exports, and away from other users of the machine; it cannot protect them from the user's own
 * account. The desktop app uses the OS key store instead (SafeStorageSecretStore).
 */
export class FileSecretStore implements SecretStore {
  private readonly key: Buffer;
  private values: Record<string, string>;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.key = this.loadKey();
    this.values = this.load();
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }

  set(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    this.save();
  }

  delete(key: string): void {
    this.values = Object.fromEntries(Object.entries(this.values).filter(([name]) => name !== key));
    this.save();
  }

  info(): SecretStoreInfo {
    return { description: `an encrypted file readable only by you (${join(this.dir, secretsFile)})`, warning: null };
  }

  private loadKey(): Buffer {
    const path = join(this.dir, keyFile);
    if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('base64'), { mode: ownerOnly, flag: 'wx' });
    chmodSync(path, ownerOnly);
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32)
      throw new Error(
        `${path} is not a secrets key; move it aside to start again (saved channel secrets will need entering again).`,
      );
    return key;
  }

  private load(): Record<string, string> {
    const path = join(this.dir, secretsFile);
    if (!existsSync(path)) return {};
    const [iv = '', tag = '', data = ''] = readFileSync(path, 'utf8').split('.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as Record<string, string>;
  }

  private save(): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(this.values), 'utf8'), cipher.final()]);
    const path = join(this.dir, secretsFile);
    // Written aside and renamed, so a crash never leaves half a file.
    writeFileSync(`${path}.tmp`, [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64')).join('.'), {
      mode: ownerOnly,
    });
    renameSync(`${path}.tmp`, path);
    chmodSync(path, ownerOnly);
  }
}
