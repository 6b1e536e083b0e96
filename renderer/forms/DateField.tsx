// A date a clerk types the UK way (05/12/2026, 5 Dec, 5 December 2026) or picks from a calendar; never mm/dd.
// Not <input type="date">: Chromium shows that as mm/dd/yyyy on a PC set to US English.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { parseUkDate } from '../../electron/api/parse-uk-date';
import { ukDate, ukNumericDate, ukToday, type IsoDate } from '../../electron/api/uk-time';
import { DateCalendar } from './DateCalendar';
import './date-field.css';

export interface DateFieldProps {
  label: string;
  /** 'YYYY-MM-DD', or '' for no date. */
  value: IsoDate;
  /** Called with the date when the clerk leaves the field, presses Enter or picks a day ('' when cleared); text that is not a date is never passed on. */
  onChange: (value: IsoDate) => void;
  required?: boolean;
  min?: IsoDate;
  max?: IsoDate;
  /** The UK date today, for "5 December" (this year) and for the calendar; the clock's by default. */
  today?: IsoDate;
  /** A calendar button beside the field; on by default. */
  calendar?: boolean;
}

const shown = (value: IsoDate): string => (value ? ukNumericDate(value) : '');

/** What is wrong with the text, or null when it may be saved. */
function problemWith(
  text: string,
  props: Pick<DateFieldProps, 'label' | 'required' | 'min' | 'max'>,
  today: IsoDate,
): { problem: string | null; date: IsoDate | null } {
  const parsed = parseUkDate(text, today);
  if (!parsed.ok) {
    if (!parsed.empty) return { problem: parsed.message, date: null };
    return { problem: props.required ? `Enter ${props.label.toLowerCase()} as dd/mm/yyyy.` : null, date: '' };
  }
  if (props.min && parsed.date < props.min)
    return { problem: `Choose a date on or after ${ukDate(props.min)}.`, date: null };
  if (props.max && parsed.date > props.max)
    return { problem: `Choose a date on or before ${ukDate(props.max)}.`, date: null };
  return { problem: null, date: parsed.date };
}

export function DateField({
  label,
  value,
  onChange,
  required = false,
  min,
  max,
  today: givenToday,
  calendar = true,
}: DateFieldProps) {
  const id = useId();
  const today = givenToday ?? ukToday(new Date());
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => shown(value));
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  // A new value from the parent (loaded, reset) replaces the text, unless the text already says that date.
  const [valueShown, setValueShown] = useState(value);
  if (value !== valueShown) {
    setValueShown(value);
    if (problemWith(text, { label, required, min, max }, today).date !== value) setText(shown(value));
  }
  const { problem, date } = problemWith(text, { label, required, min, max }, today);

  useEffect(() => input.current?.setCustomValidity(problem ?? ''), [problem]);

  const change = (next: string) => {
    setText(next);
    if (problemWith(next, { label, required, min, max }, today).problem === null) setError(null);
  };
  // The date is passed on when the clerk leaves the field or presses Enter, not at each key: "12/3" on the way
  // to "12/31/2026" must not become 12 March.
  const commit = () => {
    setError(problem);
    if (date === null) return;
    if (date) setText(shown(date));
    if (date !== value) onChange(date);
  };
  // The form will not submit while the text is not a date; say why beside the field, not in a browser bubble.
  const refuse = (event: FormEvent<HTMLInputElement>) => {
    event.preventDefault();
    setError(problem);
    // The browser would have focused the first field it refused; with its bubble turned off, do that here.
    const fields = Array.from(event.currentTarget.form?.elements ?? []) as HTMLInputElement[];
    if (fields.find((field) => field.validity && !field.validity.valid) === event.currentTarget)
      event.currentTarget.focus();
  };
  const pick = (picked: IsoDate) => {
    setOpen(false);
    setError(null);
    setText(shown(picked));
    if (picked !== value) onChange(picked);
    input.current?.focus();
  };

  return (
    <>
      <label htmlFor={id} className="date-field-label">
        {label}
      </label>
      <div className="date-field">
        <div className="date-field-row">
          <input
            ref={input}
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={12}
            value={text}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(event) => change(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => event.key === 'Enter' && commit()}
            onInvalid={refuse}
          />
          {calendar ? (
            <DateCalendar
              label={label}
              selected={date || value || null}
              today={today}
              min={min}
              max={max}
              open={open}
              onOpen={setOpen}
              onPick={pick}
            />
          ) : null}
        </div>
        <span id={`${id}-hint`} className="field-hint">
          dd/mm/yyyy
        </span>
        <span id={`${id}-error`} className="field-error" aria-live="polite">
          {error}
        </span>
      </div>
    </>
  );
}
