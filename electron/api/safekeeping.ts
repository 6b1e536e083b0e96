// Backups, restore and retention, as the Backup view shows them.
import { z } from 'zod';

export const retentionInput = z.strictObject({
  removedContentYears: z.number().int().min(1).max(50),
  correspondenceYears: z.number().int().min(1).max(50),
});

export interface SafekeepingView {
  /** Where "Back up now" writes unless another folder is chosen. */
  backupFolder: string;
  lastBackup: { file: string; at: string; by: string } | null;
  retention: z.infer<typeof retentionInput>;
  lastPurge: { at: string; removedItems: number; oldItems: number } | null;
}

export type BackupCheckView =
  { ok: true; items: number; actions: number; lastActionAt: string | null } | { ok: false; message: string };
