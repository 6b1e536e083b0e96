// The calendar button beside a DateField and its popup: react-day-picker (arrow keys, Page Up/Down, Home/End),
// weeks from Monday, in the council's words. Escape or Tab away closes it.
import { useId, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { DayPicker, type Modifiers } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { longMonths, longWeekdays, type IsoDate } from '../../electron/api/uk-time';

// The picker works in the browser's local Date; only the calendar day crosses, so the browser's zone cannot move it.
const pad = (value: number): string => String(value).padStart(2, '0');
const toLocal = (date: IsoDate): Date =>
  new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromLocal = (date: Date): IsoDate => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const dayWords = (date: Date): string =>
  `${longWeekdays[date.getDay()]} ${date.getDate()} ${longMonths[date.getMonth()]} ${date.getFullYear()}`;

const labels = {
  labelNext: () => 'Next month',
  labelPrevious: () => 'Previous month',
  labelDayButton: (date: Date, modifiers: Modifiers) =>
    `${dayWords(date)}${modifiers.today ? ', today' : ''}${modifiers.selected ? ', chosen' : ''}`,
};

export interface DateCalendarProps {
  label: string;
  selected: IsoDate | null;
  today: IsoDate;
  min?: IsoDate | undefined;
  max?: IsoDate | undefined;
  open: boolean;
  onOpen: (open: boolean) => void;
  onPick: (date: IsoDate) => void;
}

export function DateCalendar({ label, selected, today, min, max, open, onOpen, onPick }: DateCalendarProps) {
  const popupId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDialogElement>(null);
  // Escape hands focus back to the button, as a keyboard user expects; a choice hands it to the field.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onOpen(false);
    button.current?.focus();
  };
  const closeWhenFocusLeaves = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (next && !popup.current?.contains(next) && next !== button.current) onOpen(false);
  };
  const disabled = [...(min ? [{ before: toLocal(min) }] : []), ...(max ? [{ after: toLocal(max) }] : [])];
  const selectedDay = selected ? toLocal(selected) : undefined;

  return (
    <>
      <button
        ref={button}
        type="button"
        className="date-field-calendar"
        aria-label={`${label}: calendar`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        onClick={() => onOpen(!open)}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
        </svg>
      </button>
      {open ? (
        <dialog
          ref={popup}
          open
          id={popupId}
          className="date-popup"
          aria-label={label}
          onKeyDown={closeOnEscape}
          onBlur={closeWhenFocusLeaves}
        >
          <DayPicker
            mode="single"
            required
            locale={enGB}
            weekStartsOn={1}
            labels={labels}
            autoFocus
            today={toLocal(today)}
            selected={selectedDay}
            defaultMonth={selectedDay ?? toLocal(today)}
            startMonth={min ? toLocal(min) : undefined}
            endMonth={max ? toLocal(max) : undefined}
            disabled={disabled}
            onSelect={(day: Date) => onPick(fromLocal(day))}
          />
        </dialog>
      ) : null}
    </>
  );
}
