// Forwarding an item to a councillor or agency from the address book: what will be sent (redacted unless the
// sender's consent allows), Forward asking for exactly that once, and backing out with Escape or Cancel.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../electron/api/envelope';
import type { AddressBook, ForwardPreview } from '../../electron/api/forwarding';
import { fakeBackend, type Answers } from '../test-support/fake-backend';
import { queueShortcuts } from '../test-support/queue-keys';
import { itemDetail } from '../test-support/sample-items';
import { ForwardDialog } from './ForwardDialog';

const addressBook: AddressBook = [
  { id: 'cllr-hale', name: 'Cllr Margaret Hale', email: 'm.hale@ashcombe-pc.example', kind: 'councillor' },
  { id: 'highways', name: 'County Highways', email: 'highways@county.example', kind: 'agency' },
];
const detail = itemDetail({ text: 'The drain outside 14 Fernley Road is blocked again. Call me on 07700 900588.' });

/** The console redacts the phone number unless asked not to; without a consent form it refuses to. */
function preview({ contactId, note, unredacted }: { contactId: string; note?: string; unredacted?: boolean }) {
  const to = addressBook.find((contact) => contact.id === contactId) ?? addressBook[0];
  if (!to) throw new Error('empty address book');
  const value: ForwardPreview = {
    to,
    subject: 'Forwarded: Facebook comment from Gary Pritchard',
    text: `${note ? `${note}\n\n` : ''}The drain outside 14 Fernley Road is blocked again. Call me on [phone removed].`,
    redacted: true,
    removed: [{ kind: 'phone number', count: 1 }],
    consentProblem: unredacted ? 'Gary Pritchard has not returned a data consent form.' : null,
  };
  return ok(value);
}

function openForward(answers: Answers = {}) {
  const backend = fakeBackend({
    'addressBook:get': addressBook,
    'item:forwardPreview': preview,
    'item:forward': () => ok(detail),
    ...answers,
  });
  const { QueueShortcuts, pressed } = queueShortcuts();
  const onSent = vi.fn();
  const onClose = vi.fn();
  render(
    backend.wrap(
      <>
        <QueueShortcuts />
        <ForwardDialog detail={detail} onSent={onSent} onClose={onClose} />
      </>,
    ),
  );
  return { ...backend, onSent, onClose, pressed };
}

const previewShown = () => screen.findByRole('region', { name: 'Preview' });
const forward = () => screen.getByRole('button', { name: 'Forward' });

describe('forwarding', () => {
  it('opens on the first contact and shows exactly what they will receive, personal data redacted', async () => {
    openForward();
    const dialog = screen.getByRole('dialog', { name: 'Forward to a councillor or agency' });
    const to = within(dialog).getByRole('combobox', { name: 'To' });
    await waitFor(() => expect(to).toHaveValue('cllr-hale'));
    expect(
      within(to)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Cllr Margaret Hale (councillor) <m.hale@ashcombe-pc.example>',
      'County Highways (agency) <highways@county.example>',
    ]);
    const shown = await previewShown();
    expect(shown).toHaveTextContent('Personal data redacted: 1 phone number.');
    expect(shown).toHaveTextContent('Call me on [phone removed].');
    expect(shown).not.toHaveTextContent('07700 900588');
  });

  it('forwards to the contact chosen, with the note, once', async () => {
    const user = userEvent.setup();
    const { requestsTo, onSent } = openForward();
    await previewShown();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'To' }),
      screen.getByRole('option', { name: 'County Highways (agency) <highways@county.example>' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Your note' }), 'Third time this month.');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Third time this month.'),
    );
    await user.click(forward());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(requestsTo('item:forward')).toEqual([
      { id: 41, contactId: 'highways', note: 'Third time this month.', unredacted: false },
    ]);
  });

  it('will not forward personal data without the sender’s consent form', async () => {
    const user = userEvent.setup();
    const { requestsTo } = openForward();
    await previewShown();
    await user.click(screen.getByRole('checkbox', { name: /Include the sender's personal data/ }));
    expect(await screen.findByText('Gary Pritchard has not returned a data consent form.')).toBeInTheDocument();
    expect(forward()).toBeDisabled();
    expect(requestsTo('item:forward')).toEqual([]);
  });

  it('closes on Cancel or Escape without forwarding; no queue key acts while it is open', async () => {
    const user = userEvent.setup();
    const { requestsTo, onClose, pressed } = openForward();
    await previewShown();
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('12iz');
    expect(pressed).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(requestsTo('item:forward')).toEqual([]);
  });
});
