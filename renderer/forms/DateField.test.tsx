import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateField, type DateFieldProps } from './DateField';

const today = '2026-11-24';

/** The field in a form, as a page would hold it: the chosen date in state, a Save that reports it. */
function Form({
  initial = '',
  onSave,
  ...props
}: Partial<DateFieldProps> & { initial?: string; onSave?: (date: string) => void }) {
  const [date, setDate] = useState(initial);
  return (
    <form
      aria-label="Policy dates"
      onSubmit={(event) => {
        event.preventDefault();
        onSave?.(date);
      }}
    >
      <DateField label="Date agreed" today={today} {...props} value={date} onChange={setDate} />
      <output aria-label="Saved value">{date}</output>
      <button type="submit">Save</button>
    </form>
  );
}

const field = () => screen.getByRole('textbox', { name: 'Date agreed' });
const saved = () => screen.getByRole('status', { name: 'Saved value' }).textContent;

describe('DateField', () => {
  it('shows the date day first, with a visible dd/mm/yyyy hint that is also its description', () => {
    render(<Form initial="2026-12-05" />);
    expect(field()).toHaveValue('05/12/2026');
    expect(screen.getByText('dd/mm/yyyy')).toBeVisible();
    expect(field()).toHaveAccessibleDescription('dd/mm/yyyy');
    expect(field()).not.toHaveAttribute('type', 'date');
  });

  it('takes what a clerk types and tidies it to dd/mm/yyyy on leaving the field', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(field(), '5/12/26');
    expect(saved()).toBe('');
    await user.tab();
    expect(saved()).toBe('2026-12-05');
    expect(field()).toHaveValue('05/12/2026');

    await user.clear(field());
    await user.type(field(), '5 December');
    await user.tab();
    expect(saved()).toBe('2026-12-05');
    expect(field()).toHaveValue('05/12/2026');
  });

  it('says nothing is wrong before anything is typed, even when a date is required', async () => {
    const user = userEvent.setup();
    render(<Form required />);
    await user.click(field());
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).toHaveAccessibleDescription('dd/mm/yyyy');
    expect(screen.queryByText(/Enter date agreed/)).toBeNull();
  });

  it('says why an impossible date is not one, accessibly, and keeps the last real date', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-01-10" />);
    await user.type(field(), '31/02/2026', { initialSelectionStart: 0, initialSelectionEnd: 10 });
    await user.tab();
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveAccessibleDescription('dd/mm/yyyy 31/02/2026 is not a date: February 2026 has 28 days.');
    expect(saved()).toBe('2026-01-10');

    await user.clear(field());
    await user.type(field(), '28/02/2026');
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).toHaveAccessibleDescription('dd/mm/yyyy');
    await user.keyboard('{Enter}');
    expect(saved()).toBe('2026-02-28');
  });

  it('refuses an American date rather than swapping it', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(field(), '12/31/2026');
    await user.tab();
    expect(field()).toHaveAccessibleDescription(
      /there is no month 31\. Type the day first, then the month: dd\/mm\/yyyy\./,
    );
    expect(saved()).toBe('');
  });

  it('stops the form being saved with text that is not a date, and says why beside the field', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Form initial="2026-01-10" onSave={onSave} />);
    await user.clear(field());
    await user.type(field(), 'next week');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(field()).toHaveAccessibleDescription(/"next week" is not a date\./);
    expect(field()).toHaveFocus();

    await user.clear(field());
    await user.type(field(), '11/01/2026{Enter}');
    expect(onSave).toHaveBeenCalledWith('2026-01-11');
  });

  it('keeps a required field from being saved empty', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    render(<Form required onSave={onSave} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(field()).toHaveAccessibleDescription('dd/mm/yyyy Enter date agreed as dd/mm/yyyy.');
  });

  it('holds a date inside the range it is given', async () => {
    const user = userEvent.setup();
    render(<Form min="2026-11-01" max="2026-11-30" />);
    await user.type(field(), '31/10/2026');
    await user.tab();
    expect(field()).toHaveAccessibleDescription('dd/mm/yyyy Choose a date on or after 1 Nov 2026.');
    expect(saved()).toBe('');
  });

  it('follows a new value from the page', () => {
    const { rerender } = render(
      <DateField label="Date agreed" today={today} value="2026-12-05" onChange={() => undefined} />,
    );
    rerender(<DateField label="Date agreed" today={today} value="2027-01-02" onChange={() => undefined} />);
    expect(field()).toHaveValue('02/01/2027');
    rerender(<DateField label="Date agreed" today={today} value="" onChange={() => undefined} />);
    expect(field()).toHaveValue('');
  });
});

describe('DateField calendar', () => {
  const button = () => screen.getByRole('button', { name: 'Date agreed: calendar' });

  it('opens on the chosen date, moves by keyboard, and puts the picked day in the field', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-12-05" />);
    expect(button()).toHaveAttribute('aria-expanded', 'false');
    await user.click(button());
    const calendar = screen.getByRole('dialog', { name: 'Date agreed' });
    expect(button()).toHaveAttribute('aria-expanded', 'true');
    expect(within(calendar).getByRole('grid', { name: 'December 2026' })).toBeVisible();
    expect(document.activeElement).toHaveAccessibleName('Saturday 5 December 2026, chosen');

    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('Sunday 13 December 2026');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(saved()).toBe('2026-12-13');
    expect(field()).toHaveValue('13/12/2026');
    expect(field()).toHaveFocus();
  });

  it('starts weeks on Monday and marks today', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(button());
    expect(document.activeElement).toHaveAccessibleName('Tuesday 24 November 2026, today');
    // 1 November 2026 is a Sunday: the last day of the calendar's first week.
    const firstOfMonth = screen.getByRole('button', { name: 'Sunday 1 November 2026' });
    expect(firstOfMonth.closest('tr')?.lastElementChild).toContainElement(firstOfMonth);
  });

  it('closes on Escape and gives focus back to its button, changing nothing', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-12-05" />);
    await user.click(button());
    await user.keyboard('{ArrowRight}{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button()).toHaveFocus();
    expect(saved()).toBe('2026-12-05');
  });

  it('does not offer days outside the range', async () => {
    const user = userEvent.setup();
    render(<Form initial="2026-11-10" min="2026-11-05" max="2026-11-30" />);
    await user.click(button());
    expect(screen.getByRole('button', { name: 'Wednesday 4 November 2026' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next month' })).toHaveAttribute('aria-disabled', 'true');
  });
});
