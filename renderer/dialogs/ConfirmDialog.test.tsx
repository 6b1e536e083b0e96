// The console's modal dialogs (Modal) and the confirmation built on it: named by their heading, the safe
// choice focused, Escape and Cancel backing out, the action done once, and no queue shortcut acting meanwhile.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { queueShortcuts } from '../test-support/queue-keys';
import { ConfirmDialog } from './ConfirmDialog';
import { Modal } from './Modal';

/** A page with a button that asks before it forgets; the dialog closes on either answer, as pages do. */
function ForgetLearning({ onForget }: { onForget: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Forget what was learned…
      </button>
      {asking ? (
        <ConfirmDialog
          title="Forget what was learned?"
          confirmLabel="Forget all 120 decisions"
          onConfirm={() => {
            onForget();
            setAsking(false);
          }}
          onCancel={() => setAsking(false)}
        >
          <p>Suggestions will come from the rules alone until it has learned from 50 decisions again.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function open() {
  const onForget = vi.fn();
  const { QueueShortcuts, pressed } = queueShortcuts();
  render(
    <>
      <QueueShortcuts />
      <ForgetLearning onForget={onForget} />
    </>,
  );
  return { onForget, pressed };
}

const dialog = () => screen.queryByRole('dialog', { name: 'Forget what was learned?' });

describe('a confirmation', () => {
  it('opens as a modal dialog named by its question, saying what will happen, with the focus on Cancel', async () => {
    const user = userEvent.setup();
    open();
    await user.click(screen.getByRole('button', { name: 'Forget what was learned…' }));
    expect(dialog()).toBeInTheDocument();
    expect(dialog()).toHaveAttribute('open');
    expect(dialog()).toHaveTextContent('Suggestions will come from the rules alone');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('backs out on Escape or Cancel, doing nothing', async () => {
    const user = userEvent.setup();
    const { onForget } = open();
    await user.click(screen.getByRole('button', { name: 'Forget what was learned…' }));
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Forget what was learned…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog()).toBeNull();
    expect(onForget).not.toHaveBeenCalled();
  });

  it('does what it asked about once when confirmed', async () => {
    const user = userEvent.setup();
    const { onForget } = open();
    await user.click(screen.getByRole('button', { name: 'Forget what was learned…' }));
    await user.click(screen.getByRole('button', { name: 'Forget all 120 decisions' }));
    expect(onForget).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
  });

  it('keeps the queue’s shortcuts from acting while it is open, and only then', async () => {
    const user = userEvent.setup();
    const { onForget, pressed } = open();
    await user.click(screen.getByRole('button', { name: 'Forget what was learned…' }));
    await user.keyboard('2iz');
    screen.getByRole('button', { name: 'Forget all 120 decisions' }).focus();
    await user.keyboard('8');
    expect(pressed).not.toHaveBeenCalled();
    expect(onForget).not.toHaveBeenCalled();
    expect(dialog()).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('2');
    expect(pressed).toHaveBeenCalledExactlyOnceWith('2');
  });
});

describe('a modal dialog', () => {
  it('without a way to dismiss it (Who is working?) stays open on Escape, and if the browser closes it', async () => {
    const user = userEvent.setup();
    render(
      <Modal labelledBy="who-title">
        <h2 id="who-title">Who is working?</h2>
        <button type="button">Clerk</button>
      </Modal>,
    );
    const who = screen.getByRole('dialog', { name: 'Who is working?' });
    await user.keyboard('{Escape}');
    expect(who).toHaveAttribute('open');
    (who as HTMLDialogElement).close();
    expect(who).toHaveAttribute('open');
  });

  it('is drawn at the end of the page, outside whatever opened it', () => {
    render(
      <header data-testid="header">
        <Modal labelledBy="note-title" onClose={() => undefined}>
          <h2 id="note-title">Handover note</h2>
        </Modal>
      </header>,
    );
    const note = screen.getByRole('dialog', { name: 'Handover note' });
    expect(screen.getByTestId('header')).not.toContainElement(note);
    expect(note.parentElement).toBe(document.body);
  });
});
