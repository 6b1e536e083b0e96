import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { browserPreferences, type Preferences } from './preferences';
import { usePreference } from './use-preference';

function DensitySwitch({ preferences }: { preferences: Preferences }) {
  const [density, setDensity] = usePreference(preferences, 'rowDensity');
  return (
    <label>
      <input
        type="checkbox"
        checked={density === 'compact'}
        onChange={(event) => setDensity(event.target.checked ? 'compact' : 'comfortable')}
      />{' '}
      Compact rows
    </label>
  );
}

describe('usePreference', () => {
  it('shows the stored preference, saves a change in localStorage, and every view using it follows', async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const preferences = browserPreferences(localStorage);
    render(
      <>
        <DensitySwitch preferences={preferences} />
        <DensitySwitch preferences={preferences} />
      </>,
    );
    const [first, second] = screen.getAllByRole('checkbox', { name: 'Compact rows' });
    await user.click(first as HTMLElement);
    expect(second).toBeChecked();
    expect(browserPreferences(localStorage).get('rowDensity')).toBe('compact');
  });
});
