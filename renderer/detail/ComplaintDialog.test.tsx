// After a removal for reason 8 the queue offers the reply asking for a formal complaint or a report to the
// Police; and a row's ⋯ menu removes with a reason. Both as the queue opens them (use-queue-dialogs and
// QueueDialogs), with the backend's answers given by the test.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ComplaintFollowUp } from '../../electron/api/contract';
import { fail, ok } from '../../electron/api/envelope';
import { QueueDialogs } from '../queue/QueueDialogs';
import { useQueueDialogs } from '../queue/use-queue-dialogs';
import { fakeBackend, type Answers } from '../test-support/fake-backend';
import { queueShortcuts } from '../test-support/queue-keys';
import { itemDetail, policyReasons, queueItem } from '../test-support/sample-items';

const followUp: ComplaintFollowUp = {
  text: 'Dear Gary, if you believe a councillor has broken the Code of Conduct, please make a formal complaint to monitoring.officer@district.example, or report a crime to the Police on 101.',
  problem: null,
};
const smsFromRuth = queueItem({ id: 45, channel: 'sms', kind: 'sms', channelCanRemove: false });

function Queue({
  say,
  refreshDetail,
  onRemove,
}: {
  say: (message: string) => void;
  refreshDetail: () => void;
  onRemove: (reasonId: string, itemId: number) => void;
}) {
  const dialogs = useQueueDialogs({ detail: null, selectedId: 41, say, refreshDetail });
  return (
    <>
      <button type="button" onClick={() => dialogs.offerComplaint(41, followUp)}>
        Remove: Alleged breach
      </button>
      <button type="button" onClick={(event) => dialogs.openMenu(45, event.currentTarget.getBoundingClientRect())}>
        Remove the text message from Ruth…
      </button>
      <QueueDialogs
        dialogs={dialogs}
        detail={null}
        items={[queueItem(), smsFromRuth]}
        reasons={policyReasons}
        onRemove={onRemove}
        onReplySent={() => undefined}
        onForwarded={() => undefined}
      />
    </>
  );
}

function openQueue(answers: Answers = {}) {
  const backend = fakeBackend({ 'item:complaintReply': () => ok(itemDetail()), ...answers });
  const { QueueShortcuts, pressed } = queueShortcuts();
  const on = { say: vi.fn(), refreshDetail: vi.fn(), remove: vi.fn() };
  render(
    backend.wrap(
      <>
        <QueueShortcuts />
        <Queue say={on.say} refreshDetail={on.refreshDetail} onRemove={on.remove} />
      </>,
    ),
  );
  return { ...backend, ...on, pressed };
}

const complaintDialog = () => screen.queryByRole('dialog', { name: 'Ask for a formal complaint' });
const reply = () => screen.getByRole('textbox', { name: 'Reply' });

describe('the formal complaint reply after reason 8', () => {
  it('opens with the policy’s reply filled in, ready to edit', async () => {
    const user = userEvent.setup();
    openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    expect(complaintDialog()).toHaveTextContent('make a formal complaint or report it to the Police');
    expect(reply()).toHaveValue(followUp.text);
    expect(reply()).toHaveFocus();
  });

  it('sends the reply as edited, once, and says so', async () => {
    const user = userEvent.setup();
    const { requestsTo, say, refreshDetail } = openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    await user.type(reply(), ' Yours sincerely, the Clerk');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(complaintDialog()).toBeNull());
    expect(requestsTo('item:complaintReply')).toEqual([
      { id: 41, decision: 'send', text: `${followUp.text} Yours sincerely, the Clerk` },
    ]);
    expect(say).toHaveBeenCalledExactlyOnceWith('Sending the reply: formal complaint or Police…');
    expect(refreshDetail).toHaveBeenCalledTimes(1);
  });

  it('records a skip on Escape or Skip, sending nothing', async () => {
    const user = userEvent.setup();
    const { requestsTo, say } = openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(complaintDialog()).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(complaintDialog()).toBeNull());
    expect(requestsTo('item:complaintReply')).toEqual([
      { id: 41, decision: 'skip' },
      { id: 41, decision: 'skip' },
    ]);
    expect(say).toHaveBeenLastCalledWith('Formal complaint reply skipped.');
  });

  it('will not send while a {{placeholder}} is left, nor an empty reply', async () => {
    const user = userEvent.setup();
    openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    await user.clear(reply());
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.type(reply(), 'Please write to {{{{complaints address}}');
    expect(screen.getByText('Fill in the {{…}} placeholders before sending.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });

  it('stays open with the reason when the backend refuses', async () => {
    const user = userEvent.setup();
    const refusal = 'There is no complaints address: add one under Policy → Settings.';
    const { say } = openQueue({ 'item:complaintReply': () => fail('conflict', refusal) });
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(complaintDialog()).toBeInTheDocument();
    expect(say).not.toHaveBeenCalled();
  });

  it('takes digits typed into the reply as text, not as removal keys', async () => {
    const user = userEvent.setup();
    const { pressed } = openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove: Alleged breach' }));
    await user.clear(reply());
    await user.type(reply(), 'Call 101 or 999');
    screen.getByRole('button', { name: 'Skip' }).focus();
    await user.keyboard('28iz');
    expect(reply()).toHaveValue('Call 101 or 999');
    expect(pressed).not.toHaveBeenCalled();
  });
});

describe('a row’s removal menu', () => {
  it('offers the eight reasons, says when the channel cannot take the item down, and removes once', async () => {
    const user = userEvent.setup();
    const { remove } = openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove the text message from Ruth…' }));
    const menu = screen.getByRole('menu', { name: 'Remove with a policy reason' });
    expect(screen.getAllByRole('menuitem')).toHaveLength(8);
    expect(screen.getByRole('menuitem', { name: 'Remove: Obscene or racist 1' })).toHaveFocus();
    expect(menu).toHaveTextContent('SMS does not let the council remove a text message');
    await user.click(screen.getByRole('menuitem', { name: /^Remove: Personal attack or threat/ }));
    expect(remove).toHaveBeenCalledExactlyOnceWith('personal-attack', 45);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on Escape or a click elsewhere, removing nothing; no queue key acts while it is open', async () => {
    const user = userEvent.setup();
    const { remove, pressed } = openQueue();
    await user.click(screen.getByRole('button', { name: 'Remove the text message from Ruth…' }));
    await user.keyboard('3z');
    expect(pressed).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove the text message from Ruth…' }));
    await user.click(document.body);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(remove).not.toHaveBeenCalled();
    await user.keyboard('3');
    expect(pressed).toHaveBeenCalledExactlyOnceWith('3');
  });
});
