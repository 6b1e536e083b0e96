// Backup and retention: back up while working, restore a checked backup, and how long the record keeps what.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { BackupCheckView, SafekeepingView } from '../../electron/api/safekeeping';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { exactTime } from '../format/relative-time';
import { ErrorAlert } from '../ErrorAlert';
import { apiKey, useApiQuery } from '../api/queries';
import { FolderChooser } from './FolderChooser';

type Browsing = 'backup-folder' | 'backup-file';

export function BackupPage({ say }: { say: (message: string) => void }) {
  const api = useApi();
  const [confirmPurge, setConfirmPurge] = useState(false);
  const [folder, setFolder] = useState('');
  const [file, setFile] = useState('');
  const [check, setCheck] = useState<BackupCheckView | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [retention, setRetention] = useState({ removedContentYears: '2', correspondenceYears: '6' });
  const [browsing, setBrowsing] = useState<Browsing | null>(null);
  const desktop = useApiQuery('app:info', {}).data?.mode === 'desktop';

  const query = useApiQuery('safekeeping:get', {});
  const view = query.data ?? null;
  const load = query.refetch;
  const client = useQueryClient();
  // Each answer fills the form once (React's "adjusting state when a prop changes", not an effect).
  const [filledFrom, setFilledFrom] = useState<SafekeepingView | null>(null);
  if (view && view !== filledFrom) {
    setFilledFrom(view);
    setFolder((current) => current || view.backupFolder);
    // The latest backup is the one a clerk most often wants back.
    setFile((current) => current || (view.lastBackup?.file ?? ''));
    setRetention({
      removedContentYears: String(view.retention.removedContentYears),
      correspondenceYears: String(view.retention.correspondenceYears),
    });
  }

  const chosen = (purpose: Browsing, path: string) => {
    setBrowsing(null);
    if (purpose === 'backup-folder') return setFolder(path);
    setFile(path);
    setCheck(null);
  };
  // The desktop has the system's own dialog; the browser cannot hand over a full address, so it has the console's.
  const browse = async (purpose: Browsing) => {
    if (!desktop) return setBrowsing(purpose);
    const start = (purpose === 'backup-file' ? file || folder : folder).trim();
    const result = await api.call('folders:choose', start ? { purpose, start } : { purpose });
    if (!result.ok) return setMessage({ error: true, text: result.error.message });
    if (result.value.path !== null) chosen(purpose, result.value.path);
  };
  const backUp = async () => {
    const result = await api.call('backup:now', { folder });
    if (!result.ok) return setMessage({ error: true, text: result.error.message });
    setMessage({
      error: false,
      text: `Backed up to ${result.value.file} (${Math.round(result.value.bytes / 1024)} KB).`,
    });
    setFile(result.value.file);
    await load();
  };
  const checkFile = async () => {
    const result = await api.call('backup:check', { file });
    setCheck(result.ok ? result.value : { ok: false, message: result.error.message });
  };
  const restore = async () => {
    const result = await api.call('backup:restore', { file });
    if (!result.ok) return setMessage({ error: true, text: result.error.message });
    setMessage({ error: false, text: result.value.message });
  };
  const saveRetention = async () => {
    const result = await api.call('retention:save', {
      removedContentYears: Number(retention.removedContentYears),
      correspondenceYears: Number(retention.correspondenceYears),
    });
    if (!result.ok) return setMessage({ error: true, text: result.error.message });
    client.setQueryData(apiKey('safekeeping:get', {}), result.value);
    say('Retention settings saved.');
  };
  const purgeNow = async () => {
    setConfirmPurge(false);
    const result = await api.call('retention:purgeNow', {});
    if (!result.ok) return setMessage({ error: true, text: result.error.message });
    say(
      result.value.removedItems + result.value.oldItems === 0
        ? 'Nothing is past its retention period.'
        : `Purged the content of ${result.value.removedItems + result.value.oldItems} items; the record keeps the counts.`,
    );
    await load();
  };

  return (
    <div className="page">
      {message ? (
        <p className={message.error ? 'alert' : 'ok-message'} role="alert">
          {message.text}
        </p>
      ) : null}
      <ErrorAlert message={query.error?.message} />
      <section aria-label="Backup">
        <h2>Backup</h2>
        <p className="muted">
          {view?.lastBackup
            ? `Last backup ${exactTime(view.lastBackup.at)} by ${view.lastBackup.by}: ${view.lastBackup.file}`
            : 'No backup has been made from this console yet.'}{' '}
          Backups are made while you work; keep them on another drive or a memory stick.
        </p>
        <div className="path-field">
          <label className="block-field">
            <span>Backup folder</span>
            <input value={folder} onChange={(event) => setFolder(event.target.value)} />
          </label>
          <button type="button" aria-label="Browse for a backup folder" onClick={() => void browse('backup-folder')}>
            Browse…
          </button>
        </div>
        <button type="button" className="primary" onClick={() => void backUp()}>
          Back up now
        </button>
      </section>
      <section aria-label="Restore">
        <h2>Restore from a backup</h2>
        <div className="path-field">
          <label className="block-field">
            <span>Backup file</span>
            <input
              value={file}
              onChange={(event) => {
                setFile(event.target.value);
                setCheck(null);
              }}
              placeholder="…/console-backup-2026-11-24-101500.db"
            />
          </label>
          <button type="button" aria-label="Browse for a backup file" onClick={() => void browse('backup-file')}>
            Browse…
          </button>
        </div>
        <button type="button" onClick={() => void checkFile()} disabled={file.trim() === ''}>
          Check the backup
        </button>{' '}
        {check?.ok ? (
          <button type="button" className="danger" onClick={() => void restore()}>
            Restore it
          </button>
        ) : null}
        {check ? (
          <p className={check.ok ? 'ok-message' : 'alert'} role="status">
            {check.ok
              ? `A whole, undamaged backup: ${check.items} items and ${check.actions} actions${check.lastActionAt ? `, the last on ${exactTime(check.lastActionAt)}` : ''}.`
              : check.message}
          </p>
        ) : null}
      </section>
      <section aria-label="Retention">
        <h2>Retention</h2>
        <p>
          The content of items past these periods is purged (the record keeps that they existed and what was done); each
          purge is recorded with its counts, never content. It runs when the console starts and once a day.
        </p>
        <div className="form-grid">
          <label>
            <span>Keep removed content (years)</span>
            <input
              type="number"
              min={1}
              max={50}
              value={retention.removedContentYears}
              onChange={(event) => setRetention({ ...retention, removedContentYears: event.target.value })}
            />
          </label>
          <label>
            <span>Keep all correspondence (years)</span>
            <input
              type="number"
              min={1}
              max={50}
              value={retention.correspondenceYears}
              onChange={(event) => setRetention({ ...retention, correspondenceYears: event.target.value })}
            />
          </label>
        </div>
        <p>
          <button type="button" className="primary" onClick={() => void saveRetention()}>
            Save retention
          </button>{' '}
          <button type="button" onClick={() => setConfirmPurge(true)}>
            Purge now
          </button>{' '}
          {view?.lastPurge ? (
            <span className="muted">
              Last purge {exactTime(view.lastPurge.at)}: {view.lastPurge.removedItems + view.lastPurge.oldItems} items.
            </span>
          ) : null}
        </p>
      </section>
      {browsing ? (
        <FolderChooser
          choose={browsing === 'backup-folder' ? 'folder' : 'backup'}
          start={browsing === 'backup-file' ? file || folder : folder}
          onChoose={(path) => chosen(browsing, path)}
          onCancel={() => setBrowsing(null)}
        />
      ) : null}
      {confirmPurge ? (
        <ConfirmDialog
          title="Purge now?"
          confirmLabel="Purge now"
          onConfirm={() => void purgeNow()}
          onCancel={() => setConfirmPurge(false)}
        >
          <p>
            The text of removed items past {retention.removedContentYears} years and of all correspondence past{' '}
            {retention.correspondenceYears} years is blanked now and cannot be brought back (except from a backup made
            before). The record keeps that the items existed, what was done and the counts purged.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
