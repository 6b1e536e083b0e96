// The reply composer as the clerk uses it: who it goes from and to, a canned reply filling the text, the
// empty-reply message only once they have started, and Send asking the backend for exactly this reply.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ItemDetail } from '../../electron/api/domain';
import { fail, ok } from '../../electron/api/envelope';
import { emptyReplyProblem, type CannedReplyView, type ReplyFormOption } from '../../electron/api/replies';
import { fakeBackend, type Answers } from '../test-support/fake-backend';
import { itemDetail } from '../test-support/sample-items';
import { ReplyComposer } from './ReplyComposer';

const form = (changes: Partial<ReplyFormOption> & Pick<ReplyFormOption, 'form' | 'label'>): ReplyFormOption => ({
  available: true,
  why: null,
  window: null,
  instead: null,
  limit: null,
  ...changes,
});

const garyComment = itemDetail({
  replyForms: [
    form({ form: 'public-reply', label: 'Public reply' }),
    form({ form: 'private-reply', label: 'Private message (Facebook private reply)' }),
  ],
});
const lindaEmail = itemDetail({
  id: 42,
  channel: 'email',
  kind: 'email',
  subject: 'Christmas lights volunteers',
  author: { id: 8, name: 'Linda Ross', email: 'linda.ross@example.com', channel: 'email' },
  replyForms: [form({ form: 'email', label: 'Email' })],
});

const canned = (id: number, name: string, text: string, retired = false): CannedReplyView => ({
  id,
  key: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  text,
  setsConsent: false,
  version: 1,
  retired,
  variables: [],
});
const templates = [
  canned(1, 'Bin collection times', 'Collections move by a day over Christmas.'),
  canned(2, 'Data consent form', 'Please fill in the attached consent form.'),
  canned(3, 'Old office hours', 'The office is open on Tuesdays.', true),
];

/** The console's answers: drafts addressed to the sender, and a preview of exactly the text sent. */
function backendFor(detail: ItemDetail, answers: Answers = {}) {
  return fakeBackend({
    'templates:list': templates,
    'reply:draft': ({ templateId }) =>
      ok({ text: `Dear Gary, ${templates.find((t) => t.id === templateId)?.text ?? ''}`, problem: null }),
    'reply:preview': ({ form: replyForm, text }) =>
      ok({
        form: replyForm,
        from:
          detail.channel === 'email'
            ? 'Ashcombe Parish Council <clerk@ashcombe-pc.example>'
            : 'Ashcombe Parish Council (Facebook page)',
        to: detail.channel === 'email' ? 'Linda Ross <linda.ross@example.com>' : 'Gary Pritchard',
        body: text,
        subject: detail.channel === 'email' ? 'Re: Christmas lights volunteers' : null,
        inReplyTo: null,
        references: [],
        measure: { kind: 'characters', used: text.length, limit: 8000 },
        problems: text.trim() === '' ? [emptyReplyProblem] : [],
        outbound: [],
      }),
    'item:reply': () => ok({ ...detail, status: 'handled' }),
    ...answers,
  });
}

function openComposer(detail: ItemDetail, answers: Answers = {}, startWith: number | null = null) {
  const backend = backendFor(detail, answers);
  const onSent = vi.fn();
  const onClose = vi.fn();
  render(backend.wrap(<ReplyComposer detail={detail} onSent={onSent} onClose={onClose} startWith={startWith} />));
  return { ...backend, onSent, onClose, dialog: screen.getByRole('dialog', { name: /^Reply to / }) };
}

const replyText = () => screen.getByRole('textbox', { name: 'Reply text' });
const preview = () => screen.getByRole('region', { name: 'Preview' });
const send = () => screen.getByRole('button', { name: 'Send' });

describe('the reply composer', () => {
  it('says who the reply is from and to, and shows exactly what will be sent', async () => {
    const user = userEvent.setup();
    const { dialog } = openComposer(lindaEmail);
    expect(within(dialog).getByRole('heading', { name: 'Reply to Linda Ross on Email' })).toBeInTheDocument();
    expect(await screen.findByText('Ashcombe Parish Council <clerk@ashcombe-pc.example>')).toBeInTheDocument();
    expect(preview()).toHaveTextContent(
      'FromAshcombe Parish Council <clerk@ashcombe-pc.example>ToLinda Ross <linda.ross@example.com>SubjectRe: Christmas lights volunteers',
    );
    await user.type(replyText(), 'Thank you, Linda.');
    await waitFor(() => expect(within(preview()).getByText('Thank you, Linda.')).toBeInTheDocument());
  });

  it('fills the text from the canned reply chosen, drafted for this item; retired ones are not offered', async () => {
    const user = userEvent.setup();
    const { requestsTo } = openComposer(garyComment);
    const list = screen.getByRole('list', { name: 'Canned replies' });
    await user.click(await within(list).findByRole('button', { name: 'Bin collection times' }));
    await waitFor(() => expect(replyText()).toHaveValue('Dear Gary, Collections move by a day over Christmas.'));
    expect(within(list).getByRole('button', { name: 'Bin collection times' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(list).queryByRole('button', { name: 'Old office hours' })).toBeNull();
    expect(requestsTo('reply:draft')).toEqual([{ itemId: 41, templateId: 1 }]);

    // Typing filters the list; Enter takes the first that matches.
    await user.type(screen.getByRole('searchbox', { name: 'Canned reply' }), 'consent{Enter}');
    expect(
      within(list)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Data consent form']);
    await waitFor(() => expect(replyText()).toHaveValue('Dear Gary, Please fill in the attached consent form.'));
  });

  it('takes the first match once the list has loaded when Enter was pressed before it had', async () => {
    const user = userEvent.setup();
    let loadList: () => void = () => undefined;
    const listed = new Promise<void>((resolve) => (loadList = resolve));
    openComposer(garyComment, { 'templates:list': () => listed.then(() => ok(templates)) });
    const list = screen.getByRole('list', { name: 'Canned replies' });
    expect(list).toHaveTextContent('Loading the canned replies…');
    expect(list).not.toHaveTextContent('No canned reply matches.');

    await user.type(screen.getByRole('searchbox', { name: 'Canned reply' }), 'consent{Enter}');
    expect(replyText()).toHaveValue('');
    loadList();
    await waitFor(() => expect(replyText()).toHaveValue('Dear Gary, Please fill in the attached consent form.'));
  });

  it('says so when the canned replies cannot be loaded', async () => {
    openComposer(garyComment, { 'templates:list': () => fail('internal', 'The console is busy: try again.') });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The canned replies could not be loaded: The console is busy: try again.',
    );
  });

  it('starts from the canned reply it was opened for', async () => {
    openComposer(garyComment, {}, 2);
    await waitFor(() => expect(replyText()).toHaveValue('Dear Gary, Please fill in the attached consent form.'));
  });

  it('says the reply is empty only once the clerk has started writing', async () => {
    const user = userEvent.setup();
    openComposer(garyComment);
    await screen.findByText('Ashcombe Parish Council (Facebook page)');
    expect(screen.queryByText(emptyReplyProblem)).toBeNull();
    expect(send()).toBeDisabled();

    await user.type(replyText(), 'Hello');
    await waitFor(() => expect(send()).toBeEnabled());
    await user.clear(replyText());
    expect(await screen.findByText(emptyReplyProblem)).toBeInTheDocument();
    expect(send()).toBeDisabled();
  });

  it('sends exactly the text written, in the form chosen, once', async () => {
    const user = userEvent.setup();
    const { requestsTo, onSent } = openComposer(garyComment);
    await user.click(screen.getByRole('radio', { name: /Private message/ }));
    await user.type(replyText(), 'Collections move by a day. Thank you for asking.');
    await waitFor(() => expect(send()).toBeEnabled());
    await user.click(send());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(requestsTo('item:reply')).toEqual([
      { id: 41, form: 'private-reply', text: 'Collections move by a day. Thank you for asking.' },
    ]);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ id: 41, status: 'handled' }));
  });

  it('sends a canned reply as edited, saying which canned reply it came from', async () => {
    const user = userEvent.setup();
    const { requestsTo, onSent } = openComposer(garyComment);
    await user.click(await screen.findByRole('button', { name: 'Bin collection times' }));
    await waitFor(() => expect(replyText()).toHaveValue('Dear Gary, Collections move by a day over Christmas.'));
    await user.type(replyText(), ' Merry Christmas!');
    await waitFor(() => expect(send()).toBeEnabled());
    await user.click(send());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(requestsTo('item:reply')).toEqual([
      {
        id: 41,
        form: 'public-reply',
        text: 'Dear Gary, Collections move by a day over Christmas. Merry Christmas!',
        templateId: 1,
      },
    ]);
  });

  it('says why the reply could not be sent, and stays open', async () => {
    const user = userEvent.setup();
    const refusal = 'Facebook refused the reply: the comment has been deleted.';
    const { onSent, onClose } = openComposer(garyComment, { 'item:reply': () => fail('conflict', refusal) });
    await user.type(replyText(), 'Thank you.');
    await waitFor(() => expect(send()).toBeEnabled());
    await user.click(send());
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(onSent).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes on Cancel or Escape without sending', async () => {
    const user = userEvent.setup();
    const { requestsTo, onClose } = openComposer(garyComment);
    await user.type(replyText(), 'Not this one.');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(requestsTo('item:reply')).toEqual([]);
  });
});
