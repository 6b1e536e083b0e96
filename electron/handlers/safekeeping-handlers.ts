// safekeeping:get, backup:*, retention:* — keeping the council's record safe, and no longer than it should be.
import type { HandlerMap } from '../api/dispatch';
import { fail, ok } from '../api/envelope';
import type { SafekeepingView } from '../api/safekeeping';
import { defaultBackupFolder, readRetention, requestRestore, runPurge } from '../moderation/safekeeping';
import { saveRetention } from '../moderation/settings-changes';
import { write } from '../moderation/write';
import { BackupError, checkBackup } from '../store/backup';
import { migrations } from '../store/migrations';
import type { HandlerContext } from './context';

type SafekeepingMethods =
  'safekeeping:get' | 'backup:now' | 'backup:check' | 'backup:restore' | 'retention:save' | 'retention:purgeNow';

const knownVersion = migrations.at(-1)?.version ?? 0;

export function safekeepingHandlers(context: HandlerContext): Pick<HandlerMap, SafekeepingMethods> {
  const { store } = context;
  const view = (): SafekeepingView => {
    const latestBackup = store.actions.latestOfKind('backup-made');
    const latestPurge = store.actions.latestOfKind('retention-purge');
    const backup = latestBackup?.kind === 'backup-made' ? latestBackup : null;
    const purge = latestPurge?.kind === 'retention-purge' ? latestPurge : null;
    const purged = purge ? purge.details : null;
    return {
      backupFolder: defaultBackupFolder(context.info.dataDir),
      lastBackup: backup ? { file: backup.details.file, at: backup.createdAt, by: backup.operator } : null,
      retention: readRetention(store),
      lastPurge:
        purge && purged ? { at: purge.createdAt, removedItems: purged.removedItems, oldItems: purged.oldItems } : null,
    };
  };
  return {
    'safekeeping:get': () => ok(view()),
    'backup:now': async ({ folder }) => {
      try {
        const made = await store.backup(folder ?? defaultBackupFolder(context.info.dataDir), context.now());
        write(context, (change) => change.record({ itemId: null, kind: 'backup-made', details: made }));
        return ok(made);
      } catch (error) {
        if (error instanceof BackupError) return fail('invalid_input', error.message);
        throw error;
      }
    },
    'backup:check': ({ file }) => {
      const checked = checkBackup(file, knownVersion);
      return ok(
        checked.ok
          ? {
              ok: true,
              items: checked.summary.items,
              actions: checked.summary.actions,
              lastActionAt: checked.summary.lastActionAt,
            }
          : { ok: false, message: checked.message },
      );
    },
    'backup:restore': ({ file }) => {
      const checked = checkBackup(file, knownVersion);
      if (!checked.ok) return fail('invalid_input', checked.message);
      requestRestore(context.info.dataDir, file, context.operator(), context.now());
      write(context, (change) =>
        change.record({
          itemId: null,
          kind: 'restore-requested',
          details: { file, items: checked.summary.items, actions: checked.summary.actions },
        }),
      );
      return ok({
        message: `The backup is checked (${checked.summary.items} items, ${checked.summary.actions} actions). Close the console and start it again: the backup replaces the record then, and the current database is kept beside it.`,
      });
    },
    'retention:save': (settings) => {
      write(context, (change) => saveRetention(change, settings));
      return ok(view());
    },
    'retention:purgeNow': () => ok(runPurge(store, context.operator(), context.now())),
  };
}
