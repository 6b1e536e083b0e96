// A row's own actions: remove it with one of the policy's reasons without opening it.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { PolicyReasonId } from '../../electron/api/domain';
import type { PolicyReason } from '../../electron/api/policy';

interface Props {
  /** Said before the click when the channel cannot take the item down. */
  note: string | null;
  top: number;
  left: number;
  reasons: PolicyReason[];
  onRemove: (reasonId: PolicyReasonId) => void;
  onClose: () => void;
}

export function RowMenu({ note, top, left, reasons, onRemove, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const closeOutside = useEffectEvent((event: MouseEvent) => {
    if (!menu.current?.contains(event.target as Node)) onClose();
  });
  // Once, when the menu opens: the first reason takes the focus, and a click elsewhere closes it.
  useEffect(() => {
    menu.current?.querySelector('button')?.focus();
    const listener = (event: MouseEvent) => closeOutside(event);
    document.addEventListener('mousedown', listener);
    return () => document.removeEventListener('mousedown', listener);
  }, []);
  return (
    <div
      ref={menu}
      role="menu"
      aria-label="Remove with a policy reason"
      className="row-menu"
      style={{ top, left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {note ? <p className="row-menu-note">{note}</p> : null}
      {reasons.map((reason) => (
        <button type="button" role="menuitem" key={reason.id} onClick={() => onRemove(reason.id)}>
          <span className="visually-hidden">Remove: </span>
          {reason.label} <kbd>{reason.key}</kbd>
        </button>
      ))}
    </div>
  );
}
