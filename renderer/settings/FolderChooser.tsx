// Browser mode's Browse…: a backup folder or a backup file chosen inside the clerk's home folder, by mouse or keyboard.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FolderEntry, FolderListing } from '../../electron/api/folders';
import { ukDateTime } from '../../electron/api/uk-time';
import { useApi } from '../api/api-context';
import { Modal } from '../dialogs/Modal';
import './folder-chooser.css';

interface Props {
  /** folder: the folder being looked in is chosen; backup: one of its backup files is. */
  choose: 'folder' | 'backup';
  /** What the field holds now (a folder or a file); the list starts there when it can. */
  start: string;
  onChoose: (path: string) => void;
  onCancel: () => void;
}

const words = {
  folder: { title: 'Choose a backup folder', confirm: 'Choose this folder', empty: 'No folders in here.' },
  backup: {
    title: 'Choose a backup to restore',
    confirm: 'Choose this backup',
    empty: 'No folders or backups in here.',
  },
};

export function FolderChooser({ choose, start, onChoose, onCancel }: Props) {
  const api = useApi();
  const titleId = useId();
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [problem, setProblem] = useState<{ alert: boolean; text: string } | null>(null);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const entryList = useRef<HTMLUListElement>(null);
  const upButton = useRef<HTMLButtonElement>(null);
  // The newest request wins: a slow answer for a folder already left is dropped.
  const latest = useRef(0);
  const show = choose === 'backup' ? 'backups' : 'folders';

  const list = (folder: string | undefined) =>
    api.call('folders:list', folder === undefined ? { show } : { folder, show });
  const display = (shown: FolderListing, focusOn: string | null) => {
    setListing(shown);
    setProblem(null);
    setSelected(null);
    setActive(
      Math.max(
        0,
        shown.entries.findIndex((entry) => entry.path === focusOn),
      ),
    );
  };
  /** focusOn: the entry to give the keyboard to (the folder just left, going up); the first otherwise. */
  const open = async (folder: string | undefined, focusOn: string | null = null) => {
    const request = ++latest.current;
    const result = await list(folder);
    if (request !== latest.current) return;
    if (!result.ok) return setProblem({ alert: true, text: result.error.message });
    display(result.value, focusOn);
  };

  useEffect(() => {
    const request = ++latest.current;
    const typed = start.trim();
    void (async () => {
      const first = typed === '' ? null : await list(typed);
      // What is in the field may not be shown here (outside the home folder, say): start at home and say why.
      const result = first?.ok ? first : await list(undefined);
      if (request !== latest.current) return;
      if (!result.ok) return setProblem({ alert: true, text: result.error.message });
      display(result.value, null);
      if (first && !first.ok)
        setProblem({ alert: false, text: `${first.error.message} Showing your home folder instead of “${typed}”.` });
    })();
    // Only when the dialog opens: later folders are opened by the clerk.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // After a folder is opened, the keyboard goes to its first entry (or back to the one just left).
  useEffect(() => {
    if (!listing) return;
    const target = entryList.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]');
    (target ?? upButton.current)?.focus();
  }, [listing]);

  const goUp = () => {
    if (listing?.parent) void open(listing.parent, listing.folder);
  };
  const pick = (entry: FolderEntry) => {
    if (entry.kind === 'folder') return void open(entry.path);
    // A second press on the chosen backup chooses it, as a double-click does.
    if (selected === entry.path) return onChoose(entry.path);
    setSelected(entry.path);
  };
  const entries = listing?.entries ?? [];
  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), entries.length - 1);
    setActive(next);
    entryList.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: entries.length - 1,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    moveTo(to);
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Backspace') return;
    event.preventDefault();
    goUp();
  };

  const atHome = listing !== null && listing.parent === null;
  const chosen = choose === 'folder' ? (listing?.folder ?? null) : selected;
  return (
    <Modal labelledBy={titleId} onClose={onCancel} className="folder-chooser">
      <div onKeyDown={onKey}>
        <h2 id={titleId}>{words[choose].title}</h2>
        <p className="muted">
          {choose === 'folder'
            ? 'Open the folder the backups should go in, then choose it.'
            : 'Open the folder that holds the backup, then choose the backup.'}{' '}
          Up and down arrows move, Enter opens, Backspace goes up one folder.
        </p>
        <div className="folder-chooser-bar">
          <button type="button" ref={upButton} onClick={goUp} disabled={!listing?.parent}>
            ↑ Up one folder
          </button>
          <button type="button" onClick={() => void open(undefined)} disabled={listing === null || atHome}>
            Home folder
          </button>
        </div>
        <p className="folder-chooser-path" aria-live="polite">
          <span className="muted">Looking in</span> <strong>{listing?.folder ?? '…'}</strong>
          {atHome ? <span className="muted"> (your home folder)</span> : null}
        </p>
        {problem ? (
          <p className={problem.alert ? 'alert' : 'muted'} role={problem.alert ? 'alert' : 'status'}>
            {problem.text}
          </p>
        ) : null}
        {listing && entries.length === 0 ? <p className="folder-chooser-empty">{words[choose].empty}</p> : null}
        {entries.length > 0 ? (
          <ul className="folder-list" ref={entryList} aria-label="In this folder" onKeyDown={onListKey}>
            {entries.map((entry, index) => (
              <li key={entry.path}>
                <button
                  type="button"
                  tabIndex={index === active ? 0 : -1}
                  className={entry.kind === 'folder' ? 'folder-entry' : 'folder-entry backup'}
                  aria-pressed={entry.kind === 'backup' ? selected === entry.path : undefined}
                  onFocus={() => setActive(index)}
                  onClick={() => pick(entry)}
                  onDoubleClick={() => (entry.kind === 'backup' ? onChoose(entry.path) : undefined)}
                >
                  <EntryIcon kind={entry.kind} />
                  <span className="folder-name">{entry.name}</span>
                  {entry.kind === 'backup' ? (
                    <span className="muted folder-facts">
                      {sizeInWords(entry.bytes ?? 0)}
                      {entry.modifiedAt ? `, ${ukDateTime(entry.modifiedAt)}` : ''}
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {listing && listing.notShown > 0 ? (
          <p className="muted">{listing.notShown} more not shown: type the address in the field instead.</p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            disabled={chosen === null}
            onClick={() => (chosen === null ? undefined : onChoose(chosen))}
          >
            {words[choose].confirm}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** Drawn, not an emoji: not every PC has a font with them. */
function EntryIcon({ kind }: { kind: FolderEntry['kind'] }) {
  return (
    <svg className={`folder-icon ${kind}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {kind === 'folder' ? (
        <path d="M1 3.5C1 2.7 1.7 2 2.5 2h3.6l1.5 1.5h5.9c.8 0 1.5.7 1.5 1.5v7.5c0 .8-.7 1.5-1.5 1.5h-11C1.7 14 1 13.3 1 12.5z" />
      ) : (
        <path d="M8 1C4.7 1 2 2.1 2 3.5v9C2 13.9 4.7 15 8 15s6-1.1 6-2.5v-9C14 2.1 11.3 1 8 1zm0 1.5c2.8 0 4.5.9 4.5 1S10.8 4.5 8 4.5 3.5 3.6 3.5 3.5 5.2 2.5 8 2.5zM3.5 5.4C4.8 5.8 6.3 6 8 6s3.2-.2 4.5-.6V8c0 .1-1.7 1-4.5 1S3.5 8.1 3.5 8zm0 4.5c1.3.4 2.8.6 4.5.6s3.2-.2 4.5-.6v2.6c0 .1-1.7 1-4.5 1s-4.5-.9-4.5-1z" />
      )}
    </svg>
  );
}

function sizeInWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
