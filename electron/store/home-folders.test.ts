// The in-app chooser's listing on a real folder tree: only inside the home folder, links resolved.
import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/support/temp-dir';
import { listHomeFolder, noLongerThere, outsideHome } from './home-folders';

const tempDir = useTempDirs();

/** A home folder as a clerk's might be, beside a folder of someone else's. */
function parishHome() {
  const root = tempDir();
  const home = join(root, 'clerk');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(join(home, 'Documents', 'Council backups'), { recursive: true });
  mkdirSync(join(home, '.config', 'Parish Console'), { recursive: true });
  mkdirSync(join(home, 'folder 10'));
  mkdirSync(join(home, 'folder 9'));
  mkdirSync(join(home, 'apples'));
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'secret.db'), 'x');
  const backup = join(home, 'Documents', 'Council backups', 'console-backup-2026-11-24-101500.db');
  writeFileSync(backup, Buffer.alloc(2048));
  utimesSync(backup, new Date('2026-11-24T10:15:00Z'), new Date('2026-11-24T10:15:00Z'));
  writeFileSync(join(home, 'Documents', 'minutes.txt'), 'Minutes');
  writeFileSync(join(home, 'Documents', 'Old.DB'), 'x');
  writeFileSync(join(home, 'Documents', '.hidden.db'), 'x');
  symlinkSync(join(home, 'Documents'), join(home, 'Documents link'));
  symlinkSync(elsewhere, join(home, 'Escape'));
  symlinkSync('/etc', join(home, 'System link'));
  symlinkSync(join(home, 'nowhere'), join(home, 'Broken link'));
  return { root, home, elsewhere, backup };
}

const names = (result: ReturnType<typeof listHomeFolder>) =>
  result.ok ? result.listing.entries.map((entry) => `${entry.kind}:${entry.name}`) : result.message;

describe('listHomeFolder', () => {
  it('lists the home folder: folders only, by name as a person sorts them, no dot-folders, no links that lead out', () => {
    const { home } = parishHome();
    const listed = listHomeFolder({ show: 'folders' }, home);
    expect(names(listed)).toEqual([
      'folder:apples',
      'folder:Documents',
      'folder:Documents link',
      'folder:folder 9',
      'folder:folder 10',
    ]);
    expect(listed).toMatchObject({ ok: true, listing: { folder: home, parent: null, home, notShown: 0 } });
  });

  it('lists backups (.db files, any case) after the folders, with their size and date, when asked', () => {
    const { home, backup } = parishHome();
    const documents = join(home, 'Documents');
    expect(names(listHomeFolder({ folder: documents, show: 'folders' }, home))).toEqual(['folder:Council backups']);
    const listed = listHomeFolder({ folder: join(documents, 'Council backups'), show: 'backups' }, home);
    expect(listed).toEqual({
      ok: true,
      listing: {
        folder: join(documents, 'Council backups'),
        parent: documents,
        home,
        entries: [
          {
            name: 'console-backup-2026-11-24-101500.db',
            path: backup,
            kind: 'backup',
            bytes: 2048,
            modifiedAt: '2026-11-24T10:15:00.000Z',
          },
        ],
        notShown: 0,
      },
    });
    expect(names(listHomeFolder({ folder: documents, show: 'backups' }, home))).toEqual([
      'folder:Council backups',
      'backup:Old.DB',
    ]);
  });

  it('lists backups newest first (the one most often wanted back), by name when made at the same moment', () => {
    const { home } = parishHome();
    const folder = join(home, 'Documents', 'Council backups');
    const made = (name: string, at: string) => {
      writeFileSync(join(folder, name), 'x');
      utimesSync(join(folder, name), new Date(at), new Date(at));
    };
    made('console-backup-2026-11-20-090000.db', '2026-11-20T09:00:00Z');
    made('console-backup-2026-11-25-170000.db', '2026-11-25T17:00:00Z');
    made('console-backup-2026-11-25-170000-2.db', '2026-11-25T17:00:00Z');
    expect(names(listHomeFolder({ folder, show: 'backups' }, home))).toEqual([
      'backup:console-backup-2026-11-25-170000-2.db',
      'backup:console-backup-2026-11-25-170000.db',
      'backup:console-backup-2026-11-24-101500.db',
      'backup:console-backup-2026-11-20-090000.db',
    ]);
  });

  it('takes a backup file for the folder it is in, and a folder reached through a link for where it really is', () => {
    const { home, backup } = parishHome();
    const listed = listHomeFolder({ folder: backup, show: 'backups' }, home);
    expect(listed).toMatchObject({ ok: true, listing: { folder: join(home, 'Documents', 'Council backups') } });
    const linked = listHomeFolder({ folder: join(home, 'Documents link'), show: 'folders' }, home);
    expect(linked).toMatchObject({ ok: true, listing: { folder: join(home, 'Documents'), parent: home } });
  });

  it('refuses anything outside the home folder: above it, beside it, through a link, a system folder, a relative address', () => {
    const { root, home, elsewhere } = parishHome();
    for (const folder of [
      root,
      elsewhere,
      join(home, '..'),
      join(home, 'Documents', '..', '..', 'elsewhere'),
      join(home, 'Escape'),
      join(home, 'System link'),
      '/etc',
      '/',
      'Documents',
      `${home}-other`,
    ]) {
      expect(listHomeFolder({ folder, show: 'backups' }, home), folder).toEqual({ ok: false, message: outsideHome });
    }
  });

  it('says so when the folder is not there (any more)', () => {
    const { home } = parishHome();
    for (const folder of [join(home, 'Deleted'), join(home, 'Broken link')]) {
      expect(listHomeFolder({ folder, show: 'folders' }, home)).toEqual({ ok: false, message: noLongerThere });
    }
  });

  it('works out where the home folder really is when it is itself reached through a link', () => {
    const { root, home } = parishHome();
    symlinkSync(home, join(root, 'home-link'));
    const listed = listHomeFolder({ folder: join(home, 'Documents'), show: 'folders' }, join(root, 'home-link'));
    expect(listed).toMatchObject({ ok: true, listing: { home, parent: home } });
  });

  it('shows at most 500 entries, folders first, and says how many more there were', () => {
    const home = join(tempDir(), 'clerk');
    mkdirSync(home);
    for (let n = 1; n <= 503; n++) mkdirSync(join(home, `Folder ${n}`));
    writeFileSync(join(home, 'a.db'), 'x');
    const listed = listHomeFolder({ show: 'backups' }, home);
    if (!listed.ok) throw new Error(listed.message);
    expect(listed.listing.entries).toHaveLength(500);
    expect(listed.listing.entries.at(-1)?.name).toBe('Folder 500');
    expect(listed.listing.notShown).toBe(4);
  });
});
