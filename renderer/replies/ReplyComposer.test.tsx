// The reply composer: the canned reply fills the text, the exact text is checked, and what is sent is what was checked.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ItemDetail } from '../../electron/api/domain';
import type { CannedReplyView, ReplyPreview } from '../../electron/api/replies';
import { fakeBackend, refused } from '../test-support/fake-backend';
import { itemDetail } from '../test-support/items';
import { ReplyComposer } from './ReplyComposer';

const templates: CannedReplyView[] = [
  {
    id: 1,
    key: 'thanks',
    name: 'Thank you',
    text: 'Thank you, {{name}}.',
    setsConsent: false,
    version: 1,
    retired: false,
    variables: ['name'],
  },
  {
    id: 2,
    key: 'old',
    name: 'Old wording',
    text: 'Retired.',
    setsConsent: false,
    version: 3,
    retired: true,
    variables: [],
  },
];

/** The backend checks the text it is given: a word from the policy's list stops it until a reason is given. */
function preview(input: unknown): ReplyPreview {
  const { text } = input as { text: string };
  return {
    form: 'public-reply',
    body: text,
    subject: null,
    inReplyTo: null,
    references: [],
    measure: { kind: 'characters', used: text.length, limit: 8000 },
    problems: [],
    outbound: text.includes('idiot')
      ? [{ kind: 'uncivil', message: 'The reply calls someone a name.', evidence: 'idiot' }]
      : [],
  };
}

function setUp(answers: Record<string, (input: unknown) => unknown> = {}) {
  const sent: ItemDetail = { ...itemDetail, actions: [] };
  const backend = fakeBackend({
    'templates:list': () => templates,
    'reply:preview': preview,
    'reply:draft': () => ({ text: 'Thank you, Margaret Hale.', problem: null }),
    'item:reply': () => sent,
    ...answers,
  });
  const onSent = vi.fn<(detail: ItemDetail) => void>();
  const onClose = vi.fn<() => void>();
  render(backend.wrap(<ReplyComposer detail={itemDetail} onSent={onSent} onClose={onClose} />));
  const dialog = screen.getByRole('dialog', { name: 'Reply to Margaret Hale on Facebook' });
  return { ...backend, onSent, onClose, dialog, sent };
}

describe('ReplyComposer', () => {
  it('starts in the canned-reply filter, offers only current replies, and closes on Escape', async () => {
    const { dialog, onClose } = setUp();
    expect(within(dialog).getByRole('searchbox', { name: 'Canned reply' })).toHaveFocus();
    expect(await within(dialog).findByRole('button', { name: 'Thank you' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Old wording' })).toBeNull();
    expect(within(dialog).getByRole('radio', { name: /Private message/ })).toBeDisabled();
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('fills the text from the canned reply and sends exactly that text', async () => {
    const { dialog, callsOf, onSent, sent } = setUp();
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Thank you' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reply text' })).toHaveValue('Thank you, Margaret Hale.');
    const send = within(dialog).getByRole('button', { name: 'Send' });
    await waitFor(() => expect(send).toBeEnabled());
    await userEvent.click(send);
    expect(callsOf('item:reply')).toEqual([
      { id: 41, form: 'public-reply', text: 'Thank you, Margaret Hale.', templateId: 1, overrideReason: undefined },
    ]);
    expect(onSent).toHaveBeenCalledWith(sent);
  });

  it('holds a reply the policy check stops until the clerk writes why it goes anyway', async () => {
    const { dialog, callsOf } = setUp();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reply text' }), 'You idiot');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Send anyway…' }));
    expect(within(dialog).queryByRole('button', { name: 'Send' })).toBeNull();
    const sendAnyway = within(dialog).getByRole('button', { name: 'Send anyway' });
    expect(sendAnyway).toBeDisabled();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason for sending anyway' }), 'Quoting them');
    expect(sendAnyway).toBeEnabled();
    await userEvent.click(sendAnyway);
    expect(callsOf('item:reply')).toMatchObject([{ text: 'You idiot', overrideReason: 'Quoting them' }]);
  });

  it('shows why the reply was refused and keeps the dialog open', async () => {
    const { dialog, onSent } = setUp({ 'item:reply': () => refused('Facebook is not connected.') });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reply text' }), 'Thank you');
    const send = within(dialog).getByRole('button', { name: 'Send' });
    await waitFor(() => expect(send).toBeEnabled());
    await userEvent.click(send);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Facebook is not connected.');
    expect(onSent).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('textbox', { name: 'Reply text' })).toHaveValue('Thank you');
  });
});
