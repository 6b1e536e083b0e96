// A button that opens a small menu of actions (the operator's, the recent actions'): arrows move, Escape closes.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface MenuEntry {
  key: string;
  label: ReactNode;
  onChoose: () => void;
  disabled?: boolean;
}

interface Props {
  /** What the button shows; `name` is its accessible name when that differs. */
  label: ReactNode;
  name?: string;
  menuName: string;
  entries: MenuEntry[];
  className?: string;
  /** Opens upwards (from the footer). */
  up?: boolean;
}

export function MenuButton({ label, name, menuName, entries, className, up }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const move = (step: number) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + step + items.length) % items.length]?.focus();
  };
  return (
    <span className={`menu-button${className ? ` ${className}` : ''}`}>
      <button
        type="button"
        ref={button}
        aria-label={name}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open ? (
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label={menuName}
          className={`popup-menu${up ? ' up' : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape' || event.key === 'Tab') close();
            else if (event.key === 'ArrowDown') move(1);
            else if (event.key === 'ArrowUp') move(-1);
            else return;
            event.preventDefault();
          }}
        >
          {entries.map((entry) => (
            <button
              type="button"
              role="menuitem"
              key={entry.key}
              disabled={entry.disabled}
              onClick={() => {
                setOpen(false);
                entry.onChoose();
              }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      ) : null}
    </span>
  );
}
