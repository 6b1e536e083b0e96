// Keeping the record safe: backups, a restore applied at the next start, and the retention purge.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  defaultRetentionSettings,
  purgeCutoffs,
  retentionSettingsSchema,
  type RetentionSettings,
} from '../core/retention-policy';
import { restoreDatabase } from '../store/backup';
import type { Store } from '../store/store';
import type { PurgeCounts } from '../store/retention';

const retentionKey = 'retention';
const pendingFile = 'restore-pending.json';

/** Beside the data folder, not inside it: a backup inside would be lost with the folder it is meant to replace. */
export function defaultBackupFolder(dataDir: string): string {
  const folder = resolve(dataDir);
  return join(dirname(folder), `${basename(folder)} backups`);
}

export function readRetention(store: Store): RetentionSettings {
  const parsed = retentionSettingsSchema.safeParse(store.settings.get(retentionKey));
  return parsed.success ? parsed.data : defaultRetentionSettings;
}

export function writeRetention(store: Store, settings: RetentionSettings, now: string): void {
  store.settings.set(retentionKey, settings, now);
}

/** The purge under the council's retention settings; it records its counts itself. */
export function runPurge(store: Store, operator: string, now: Date): PurgeCounts {
  return store.purgeExpired(purgeCutoffs(readRetention(store), now), operator, now);
}

/** A checked backup is put in place when the console next starts, while nothing has the database open. */
export function requestRestore(dataDir: string, file: string, operator: string, now: Date): void {
  writeFileSync(join(dataDir, pendingFile), JSON.stringify({ file, operator, requestedAt: now.toISOString() }), {
    mode: 0o600,
  });
}

export type AppliedRestore =
  | { ok: true; file: string; operator: string; previousKeptAs: string | null }
  | { ok: false; file: string; operator: string; message: string };

/** Applies a restore asked for before the last stop; null when none was asked for. */
export function applyPendingRestore(dataDir: string, knownVersion: number, now: Date): AppliedRestore | null {
  const path = join(dataDir, pendingFile);
  if (!existsSync(path)) return null;
  const request = JSON.parse(readFileSync(path, 'utf8')) as { file: string; operator: string };
  rmSync(path);
  const result = restoreDatabase(dataDir, request.file, knownVersion, now);
  return result.ok
    ? { ok: true, file: request.file, operator: request.operator, previousKeptAs: result.previousKeptAs }
    : { ok: false, file: request.file, operator: request.operator, message: result.message };
}
