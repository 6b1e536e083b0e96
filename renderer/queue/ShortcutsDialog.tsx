// Key ?: every shortcut of the queue, and when they do not act.
import { Modal } from '../dialogs/Modal';
import { queueShortcuts } from './shortcuts';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal labelledBy="shortcuts-title" className="shortcuts" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="plain shortcut-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {queueShortcuts.map((shortcut) => (
            <tr key={shortcut.does}>
              <td>{shortcut.keys.map((key) => (key === '…' ? ' to ' : <kbd key={key}>{key}</kbd>))}</td>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Keys do nothing while a dialog or menu is open, or while you are typing in a field.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
