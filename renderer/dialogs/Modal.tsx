// Every modal of the console: a native <dialog> opened with showModal(), so the browser moves the focus
// in, keeps it there, makes the rest of the page inert and closes on Escape. It is drawn at the end of
// <body>, so it takes none of the styles of the place that opened it (the header's white text).
import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  /** Escape and the close buttons call it; a dialog without it (Who is working?) cannot be dismissed. */
  onClose?: () => void;
  className?: string;
  children: ReactNode;
}

export function Modal({ labelledBy, onClose, className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The latest onClose, while the dialog is opened once and its listeners stay.
  const close = useEffectEvent(() => onClose?.());
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    // showModal() focuses the first control; a dialog that should start elsewhere marks it.
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // Escape from anywhere inside (a search box, a list) closes it; the browser's own cancel is not
    // always sent (e.g. twice in a row without a click), so Escape is handled here.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    const onCancel = (event: Event) => event.preventDefault();
    // Should the browser close it anyway, it opens again: only the console decides when a dialog ends.
    const onClosed = () => {
      if (element.isConnected && !element.open) element.showModal();
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('cancel', onCancel);
    element.addEventListener('close', onClosed);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('cancel', onCancel);
      element.removeEventListener('close', onClosed);
      element.close();
    };
  }, []);
  return createPortal(
    <dialog ref={dialog} className={className ? `dialog ${className}` : 'dialog'} aria-labelledby={labelledBy}>
      {children}
    </dialog>,
    document.body,
  );
}
