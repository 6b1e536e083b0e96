import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { FileSecretStore } from './file-secret-store';

describe('FileSecretStore', () => {
  const tempDir = useTempDirs();

  it('keeps secrets across restarts, encrypted, in files only the user can read', () => {
    const dir = tempDir();
    new FileSecretStore(dir).set('account:1:accessToken', 'EAAG-very-secret-token');
    const again = new FileSecretStore(dir);
    expect(again.get('account:1:accessToken')).toBe('EAAG-very-secret-token');
    expect(readFileSync(join(dir, 'secrets.enc'), 'utf8')).not.toContain('very-secret');
    expect(statSync(join(dir, 'secrets.enc')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
    again.delete('account:1:accessToken');
    expect(new FileSecretStore(dir).get('account:1:accessToken')).toBeNull();
  });

  it('refuses a file altered on disk instead of reading garbage', () => {
    const dir = tempDir();
    new FileSecretStore(dir).set('k', 'v');
    const path = join(dir, 'secrets.enc');
    const [iv, tag, data = ''] = readFileSync(path, 'utf8').split('.');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    writeFileSync(path, [iv, tag, flipped.toString('base64')].join('.'));
    expect(() => new FileSecretStore(dir)).toThrow();
  });
});
