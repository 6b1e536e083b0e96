// Asks before something that cannot be taken back, saying what will happen; the safe choice has the focus.
import { useId, type ReactNode } from 'react';
import { Modal } from './Modal';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = 'Cancel', onConfirm, onCancel }: Props) {
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onClose={onCancel}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <p className="row-buttons">
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          {cancelLabel}
        </button>
      </p>
    </Modal>
  );
}
