import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { chosenPath } from './chosen-path';

const tempDir = useTempDirs();
const asTyped = (path: string) => path;

describe('chosenPath on Linux', () => {
  it('takes a full address of the clerk’s own, existing or not, normalised', () => {
    const dir = tempDir();
    expect(chosenPath(join(dir, 'backups'))).toEqual({ ok: true, path: join(dir, 'backups') });
    expect(chosenPath(`${dir}/a/../backups/`)).toEqual({ ok: true, path: join(dir, 'backups') });
  });

  it('refuses relative addresses, system folders and the root, before touching the disk', () => {
    const touched: string[] = [];
    const realpath = (path: string) => {
      touched.push(path);
      return path;
    };
    for (const input of [
      'backups',
      './backups',
      '../x',
      '',
      '/proc/x',
      '/proc',
      '/sys/kernel',
      '/dev/null',
      '/etc/shadow',
      '/boot',
      '/run/user',
      '/usr/lib',
      '/',
      '/tmp/../etc/passwd',
      'with\0nul',
    ]) {
      expect(chosenPath(input, { platform: 'linux', realpath }), input).toEqual({ ok: false });
    }
    expect(touched).toEqual([]);
  });

  it('refuses a symbolic link that leads into a system folder', () => {
    const dir = tempDir();
    symlinkSync('/etc', join(dir, 'innocent'));
    expect(chosenPath(join(dir, 'innocent', 'shadow'))).toEqual({ ok: false });
    expect(chosenPath(join(dir, 'innocent', 'missing', 'deeper'))).toEqual({ ok: false });
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'stick'));
    expect(chosenPath(join(dir, 'stick', 'backups'))).toEqual({ ok: true, path: join(dir, 'real', 'backups') });
  });
});

describe('chosenPath on Windows', () => {
  const env = {
    SystemRoot: 'C:\\Windows',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    ProgramData: 'C:\\ProgramData',
  };
  const check = (input: string) => chosenPath(input, { platform: 'win32', env, realpath: asTyped });

  it('takes a folder on a drive or a network share', () => {
    expect(check('D:\\Backups')).toEqual({ ok: true, path: 'D:\\Backups' });
    expect(check('C:/Users/Clerk/Documents/Backups')).toEqual({
      ok: true,
      path: 'C:\\Users\\Clerk\\Documents\\Backups',
    });
    expect(check('\\\\office-nas\\council\\backups')).toEqual({ ok: true, path: '\\\\office-nas\\council\\backups' });
  });

  it('refuses relative and drive-relative addresses, devices and system folders, whatever the letter case', () => {
    for (const input of [
      'Backups',
      'C:Backups',
      '\\Backups',
      'c:\\windows\\system32',
      'C:\\WINDOWS',
      'C:\\Program Files\\x',
      'c:\\programdata\\x',
      '\\\\?\\C:\\x',
      '\\\\.\\PhysicalDrive0',
      'D:\\',
    ]) {
      expect(check(input), input).toEqual({ ok: false });
    }
  });
});
