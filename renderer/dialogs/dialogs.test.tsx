// The dialogs over the queue (Modal): the focus moves in, Escape closes, and the queue's single keys stay out.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ItemDetail } from '../../electron/api/domain';
import { ComplaintDialog } from '../detail/ComplaintDialog';
import { ForwardDialog } from '../detail/ForwardDialog';
import { useQueueKeys } from '../hooks/use-queue-keys';
import { fakeBackend } from '../test-support/fake-backend';
import { itemDetail } from '../test-support/items';

/** The queue's keys, as QueueView has them: j moves on, 6 removes as off-topic. */
function QueueKeys({ pressed }: { pressed: (key: string) => void }) {
  useQueueKeys({ j: () => pressed('j'), '6': () => pressed('6') });
  return null;
}

const followUp = { text: 'Dear Margaret Hale, please write to the clerk.', problem: null };

function complaint(open: boolean, pressed: (key: string) => void, onSkip = vi.fn<() => void>()) {
  return (
    <>
      <QueueKeys pressed={pressed} />
      {open ? <ComplaintDialog followUp={followUp} error={null} onSend={() => undefined} onSkip={onSkip} /> : null}
    </>
  );
}

describe('dialogs', () => {
  it('moves the focus into the dialog, to the field it starts at', () => {
    render(complaint(true, () => undefined));
    const dialog = screen.getByRole('dialog', { name: 'Ask for a formal complaint' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('textbox', { name: 'Reply' })).toHaveFocus();
  });

  it('closes on Escape, from a field as from a button', async () => {
    const onSkip = vi.fn<() => void>();
    render(complaint(true, () => undefined, onSkip));
    await userEvent.keyboard('{Escape}');
    expect(onSkip).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.keyboard('{Escape}');
    expect(onSkip).toHaveBeenCalledTimes(2);
  });

  it('keeps the queue keys from acting while it is open, and gives them back when it closes', async () => {
    const pressed = vi.fn<(key: string) => void>();
    const view = render(complaint(true, pressed));
    await userEvent.keyboard('j6');
    // Off the field too: on the dialog's own button a single key still belongs to the dialog.
    screen.getByRole('button', { name: 'Skip' }).focus();
    await userEvent.keyboard('j6');
    expect(pressed).not.toHaveBeenCalled();
    view.rerender(complaint(false, pressed));
    await userEvent.keyboard('j');
    expect(pressed).toHaveBeenCalledWith('j');
  });

  // Where a dialog marks no field, the browser's showModal() picks the first control; happy-dom does not
  // do that, so here the forward dialog is checked for being modal, Escape and the keys.
  it('opens the forward dialog modal, keeps the queue keys out and closes it on Escape', async () => {
    const pressed = vi.fn<(key: string) => void>();
    const backend = fakeBackend({
      'addressBook:get': () => [],
      'item:forwardPreview': () => null,
    });
    const onClose = vi.fn<() => void>();
    const onSent = vi.fn<(detail: ItemDetail) => void>();
    render(
      backend.wrap(
        <>
          <QueueKeys pressed={pressed} />
          <ForwardDialog detail={itemDetail} onSent={onSent} onClose={onClose} />
        </>,
      ),
    );
    const dialog = screen.getByRole('dialog', { name: 'Forward to a councillor or agency' });
    expect(dialog).toHaveAttribute('open');
    expect(await within(dialog).findByText(/The address book is empty/)).toBeInTheDocument();
    // Where the browser would have put the focus.
    within(dialog).getByRole('combobox', { name: 'To' }).focus();
    await userEvent.keyboard('j');
    expect(pressed).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSent).not.toHaveBeenCalled();
  });
});
