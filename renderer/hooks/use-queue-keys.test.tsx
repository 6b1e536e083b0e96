// The queue's Enter must not take the key from a focused button: Tab to "Reply" or "Back to …" and Enter presses it.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useQueueKeys } from './use-queue-keys';

function Page({ onOpen, onPress }: { onOpen: () => void; onPress: () => void }) {
  useQueueKeys({ Enter: onOpen, ' ': onOpen, j: onOpen });
  return (
    <>
      <button type="button" onClick={onPress}>
        Back to Little Snoring Parish Council
      </button>
      <input type="checkbox" aria-label="Select this item" />
    </>
  );
}

describe('useQueueKeys and focused buttons', () => {
  it('leaves Enter and Space to a focused button, and still takes the other keys there', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const onPress = vi.fn();
    render(<Page onOpen={onOpen} onPress={onPress} />);
    screen.getByRole('button', { name: 'Back to Little Snoring Parish Council' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onPress).toHaveBeenCalledTimes(2);
    expect(onOpen).not.toHaveBeenCalled();
    await user.keyboard('j');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('opens the item with Enter when no button has the focus (a row tick box included)', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Page onOpen={onOpen} onPress={vi.fn()} />);
    await user.keyboard('{Enter}');
    screen.getByRole('checkbox', { name: 'Select this item' }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });
});
