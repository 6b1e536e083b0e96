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

/** Controls that Enter or Space press: on them those keys are the control's own (Reply, Back to…, a link). */
const pressedByEnterOrSpace = 'button, a[href], summary, [role="button"], [role="link"]';

function pressesFocusedControl(key: string, element: Element | null): boolean {
  return (key === 'Enter' || key === ' ') && element instanceof HTMLElement && element.matches(pressedByEnterOrSpace);
}

/** Something else owns the keyboard: a field being typed in, a focused button pressed, or a dialog or menu on screen. */
export function keysBelongElsewhere(document: Document, key = ''): boolean {
  if (takesTyping(document.activeElement) || pressesFocusedControl(key, document.activeElement)) return true;
  return document.querySelector('dialog[open], [role="dialog"], [role="alertdialog"], [role="menu"]') !== null;
}

export function useQueueKeys(handlers: KeyHandlers): void {
  // Reads this render's handlers (the selected row, the loaded item) without listening again at every render.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return;
    if (keysBelongElsewhere(document, event.key)) return;
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
