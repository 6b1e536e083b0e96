// Keyboard-first: every action on the queue has a key. The one place single keys are handled, and the one
// place that decides they must not act: while any dialog or menu is open, or any field has the focus.
import { useEffect, useEffectEvent } from 'react';

export type KeyHandlers = Partial<Record<string, () => void>>;

/** Inputs that take no typing: a key pressed on them is still meant for the queue. */
const untypedInputs = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

function takesTyping(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)
    return true;
  return element instanceof HTMLInputElement && !untypedInputs.has(element.type);
}

/** Something else owns the keyboard: a field being typed in, or a dialog or menu on screen. */
export function keysBelongElsewhere(document: Document): boolean {
  if (takesTyping(document.activeElement)) return true;
  return document.querySelector('dialog[open], [role="dialog"], [role="alertdialog"], [role="menu"]') !== null;
}

export function useQueueKeys(handlers: KeyHandlers): void {
  // Reads this render's handlers (the selected row, the loaded item) without listening again at every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return;
    if (keysBelongElsewhere(document)) return;
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
