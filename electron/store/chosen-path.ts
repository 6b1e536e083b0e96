// Folders and files the clerk types (backups, restores): a full address outside the system's own folders,
// checked before any file operation touches it.
import { realpathSync } from 'node:fs';
import { posix, win32 } from 'node:path';

export type ChosenPath = { ok: true; path: string } | { ok: false };

/**
 * Where the operating system keeps itself. A backup has no business there, and some of these are not
 * files at all: Node's recursive mkdir loops for ever under /proc.
 */
const posixSystemFolders = [
  '/proc',
  '/sys',
  '/dev',
  '/etc',
  '/boot',
  '/run',
  '/bin',
  '/sbin',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/usr',
  '/var/run',
  '/var/lock',
  '/var/lib',
  '/var/log',
  '/var/spool',
  '/var/cache',
  '/snap',
  // macOS
  '/System',
  '/Library',
  '/private/etc',
  '/private/var/run',
  '/private/var/db',
];

function windowsSystemFolders(env: NodeJS.ProcessEnv): string[] {
  const drive = env.SystemDrive ?? 'C:';
  return [
    env.SystemRoot ?? env.windir ?? `${drive}\\Windows`,
    env.ProgramFiles ?? `${drive}\\Program Files`,
    env['ProgramFiles(x86)'] ?? `${drive}\\Program Files (x86)`,
    env.ProgramData ?? `${drive}\\ProgramData`,
  ];
}

export interface PathRules {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Resolves symbolic links of the part that exists; the file system's by default. */
  realpath?: (path: string) => string;
}

/**
 * The full, normalised address `input` stands for, or not ok when it is relative, names a device, or lies
 * in a system folder (also through a symbolic link). Only realpath is called, never on a system folder.
 */
export function chosenPath(input: string, rules: PathRules = {}): ChosenPath {
  const platform = rules.platform ?? process.platform;
  const path = platform === 'win32' ? win32 : posix;
  if (input.includes('\0') || !path.isAbsolute(input)) return { ok: false };
  // \\?\ and \\.\ name devices and raw volumes; "C:folder" is relative to the drive's current folder.
  if (platform === 'win32' && (/^[\\/]{2}[?.][\\/]/.test(input) || !/^([a-zA-Z]:[\\/]|[\\/]{2}[^\\/?.])/.test(input)))
    return { ok: false };
  const systemFolders = platform === 'win32' ? windowsSystemFolders(rules.env ?? process.env) : posixSystemFolders;
  const lexical = path.resolve(input);
  if (inSystemFolder(lexical, systemFolders, path, platform)) return { ok: false };
  const real = realOf(lexical, rules.realpath ?? realpathSync.native, path);
  if (real === null || inSystemFolder(real, systemFolders, path, platform)) return { ok: false };
  return { ok: true, path: real };
}

function inSystemFolder(
  candidate: string,
  systemFolders: readonly string[],
  path: typeof posix,
  platform: NodeJS.Platform,
): boolean {
  const fold = (text: string) => (platform === 'win32' || platform === 'darwin' ? text.toLowerCase() : text);
  const target = fold(path.resolve(candidate));
  if (target === fold(path.parse(target).root)) return true; // The root of a disk is not a folder of the clerk's.
  return systemFolders.some((folder) => {
    const system = fold(path.resolve(folder));
    return target === system || target.startsWith(system.endsWith(path.sep) ? system : system + path.sep);
  });
}

/** The path with the symbolic links of its existing part resolved; the missing rest is kept as typed. */
function realOf(lexical: string, realpath: (path: string) => string, path: typeof posix): string | null {
  const missing: string[] = [];
  let existing = lexical;
  for (;;) {
    try {
      return path.join(realpath(existing), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
      const parent = path.dirname(existing);
      if (parent === existing) return null;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}
