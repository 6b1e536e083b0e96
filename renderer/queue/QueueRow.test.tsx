// The queue's rows as the clerk reads them, drawn by the real table: who, where, what, when, what is suggested,
// which row is selected, and what a click, a double-click, a tick and the ⋯ button do.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueItem } from '../../electron/api/domain';
import { queueItem } from '../test-support/sample-items';
import type { StatusColumn } from './columns';
import { QueueTable } from './QueueTable';

const garyComment = queueItem();
const lindaEmail = queueItem({
  id: 42,
  channel: 'email',
  kind: 'email',
  author: { id: 8, name: 'Linda Ross', handle: null },
  personId: 4,
  subject: 'Christmas lights volunteers',
  text: 'Dear Clerk,\n\n> On Monday you wrote:\n> any volunteers?\n\nI would be happy   to help on the 28th.',
  receivedAt: '2026-11-23T08:50:00Z',
});
const kevMention = queueItem({
  id: 43,
  channel: 'x',
  kind: 'mention',
  author: { id: 9, name: 'Kev Marsh', handle: '@kevmarsh_ac' },
  personId: 5,
  text: "@AshcombePC you'll regret blocking me on Facebook.",
  receivedAt: '2026-11-20T18:05:00Z',
  suggestion: { reasonId: 'personal-attack', reasonLabel: 'Personal attack or threat', confidence: 'high' },
});

interface Shown {
  items: QueueItem[];
  selectedId?: number | null;
  checked?: ReadonlySet<number>;
  statusColumn?: StatusColumn;
}

function showRows({ items, selectedId = null, checked = new Set(), statusColumn = null }: Shown) {
  const on = { select: vi.fn(), open: vi.fn(), toggle: vi.fn(), openMenu: vi.fn(), needMore: vi.fn() };
  render(
    <QueueTable
      items={items}
      total={items.length}
      selectedId={selectedId}
      hasMore={false}
      statusColumn={statusColumn}
      checked={checked}
      onSelect={on.select}
      onOpen={on.open}
      onToggle={on.toggle}
      onOpenMenu={on.openMenu}
      onNeedMore={on.needMore}
    />,
  );
  return on;
}

/** The rows of the table body (the first row is the column headers). */
const rows = () => screen.getAllByRole('row').slice(1);
const rowOf = (name: string) => {
  const row = rows().find((candidate) => within(candidate).queryByText(name) !== null);
  if (!row) throw new Error(`No row from ${name}`);
  return row;
};

beforeEach(() => {
  // Only the clock: rows say "09:41" or "Yesterday" relative to now. The page has no layout here, so the
  // table's scrolling area is given the height of a laptop's queue, for the virtual list to draw rows into.
  vi.useFakeTimers({ now: new Date('2026-11-24T12:00:00Z'), toFake: ['Date'] });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(540);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a queue row', () => {
  it('shows who sent it, on which channel, the message and when it came', () => {
    showRows({ items: [garyComment, lindaEmail] });
    const gary = rowOf('Gary Pritchard');
    expect(within(gary).getByRole('img', { name: 'Facebook comment' })).toBeInTheDocument();
    expect(gary).toHaveTextContent('When is the bin collection changing over Christmas?');
    expect(within(gary).getByText('09:41')).toHaveAttribute('datetime', '2026-11-24T09:41:00Z');

    const linda = rowOf('Linda Ross');
    expect(within(linda).getByRole('img', { name: 'Email' })).toBeInTheDocument();
    expect(within(linda).getByText('Yesterday')).toBeInTheDocument();
    // The subject, then the text on one line without the quoted earlier message.
    expect(linda).toHaveTextContent('Christmas lights volunteers — Dear Clerk, I would be happy to help on the 28th.');
    expect(linda).not.toHaveTextContent('you wrote');
  });

  it("says the sender's strikes and that they are blocked, and otherwise their handle", () => {
    showRows({
      items: [
        garyComment,
        { ...lindaEmail, strikes: 1 },
        { ...kevMention, strikes: 3, senderBlocked: true },
        queueItem({ id: 44, author: { id: 10, name: 'Dave Winslow', handle: '@davew' }, personId: 6 }),
      ],
    });
    expect(rowOf('Gary Pritchard')).not.toHaveTextContent(/strike|Blocked/);
    expect(within(rowOf('Linda Ross')).getByText('1 strike')).toBeInTheDocument();
    const kev = rowOf('Kev Marsh');
    expect(within(kev).getByText('3 strikes')).toBeInTheDocument();
    expect(within(kev).getByText('Blocked')).toBeInTheDocument();
    expect(kev).not.toHaveTextContent('@kevmarsh_ac');
    expect(within(rowOf('Dave Winslow')).getByText('@davew')).toBeInTheDocument();
  });

  it('puts the suggested reason, a rule’s marks and a request before the message', () => {
    showRows({
      items: [
        kevMention,
        {
          ...garyComment,
          ruleMarks: { labels: ['Bins'], priority: true },
          requestMark: { reference: 'FOI-2026-014', label: 'FOI request', overdue: true },
        },
      ],
    });
    expect(rowOf('Kev Marsh')).toHaveTextContent(
      "Suggested: Personal attack or threat@AshcombePC you'll regret blocking me on Facebook.",
    );
    expect(rowOf('Gary Pritchard')).toHaveTextContent(
      'FOI-2026-014: FOI requestPriorityBinsWhen is the bin collection changing over Christmas?',
    );
    expect(rowOf('Gary Pritchard')).not.toHaveTextContent('Suggested');
  });

  it('marks the selected row, for screen readers as well', () => {
    showRows({ items: [garyComment, lindaEmail, kevMention], selectedId: 42 });
    const selected = screen.getAllByRole('row', { selected: true });
    expect(selected).toHaveLength(1);
    expect(selected[0]).toHaveTextContent('Linda Ross');
    expect(rowOf('Gary Pritchard')).toHaveAttribute('aria-selected', 'false');
  });

  it('is selected by a click and opened by a double-click', async () => {
    const user = userEvent.setup();
    const on = showRows({ items: [garyComment, lindaEmail] });
    await user.click(within(rowOf('Linda Ross')).getByText('Linda Ross'));
    expect(on.select).toHaveBeenCalledWith(42);
    expect(on.open).not.toHaveBeenCalled();
    await user.dblClick(within(rowOf('Gary Pritchard')).getByText(/bin collection/));
    expect(on.open).toHaveBeenCalledWith(41);
  });

  it('is ticked for bulk removal by its box, by mouse or Space, without moving to it; shift ticks a range', async () => {
    const user = userEvent.setup();
    const on = showRows({ items: [garyComment, lindaEmail, kevMention], checked: new Set([41]) });
    expect(screen.getByRole('checkbox', { name: 'Select the comment from Gary Pritchard' })).toBeChecked();
    const lindaBox = screen.getByRole('checkbox', { name: 'Select the email from Linda Ross' });
    expect(lindaBox).not.toBeChecked();

    await user.click(lindaBox);
    expect(on.toggle).toHaveBeenLastCalledWith(1, false);
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select the mention from Kev Marsh' }));
    await user.keyboard('{/Shift}');
    expect(on.toggle).toHaveBeenLastCalledWith(2, true);
    lindaBox.focus();
    await user.keyboard(' ');
    expect(on.toggle).toHaveBeenLastCalledWith(1, false);
    expect(on.toggle).toHaveBeenCalledTimes(3);
    expect(on.select).not.toHaveBeenCalled();
  });

  it('offers removal from its ⋯ button, by mouse or keyboard, without opening the row', async () => {
    const user = userEvent.setup();
    const on = showRows({ items: [garyComment, lindaEmail] });
    const menuButton = screen.getByRole('button', { name: 'Remove the comment from Gary Pritchard…' });
    expect(menuButton).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(menuButton);
    expect(on.openMenu).toHaveBeenCalledTimes(1);
    expect(on.openMenu).toHaveBeenLastCalledWith(41, expect.any(DOMRect));
    screen.getByRole('button', { name: 'Remove the email from Linda Ross…' }).focus();
    await user.keyboard('{Enter}');
    expect(on.openMenu).toHaveBeenLastCalledWith(42, expect.any(DOMRect));
    expect(on.select).not.toHaveBeenCalled();
  });

  it('has no ⋯ button when there is nothing to remove: already removed, or the council’s own', () => {
    const removal = {
      actionId: 9,
      reasonId: 'off-topic' as const,
      reasonLabel: 'Off-topic or links',
      operator: 'Clerk',
      at: '2026-11-24T10:00:00Z',
    };
    showRows({
      items: [{ ...garyComment, status: 'removed', removal }, { ...lindaEmail, fromCouncil: true }, kevMention],
      statusColumn: 'status',
    });
    expect(screen.getAllByRole('button', { name: /^Remove the / })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Remove the mention from Kev Marsh…' })).toBeInTheDocument();
    // Under All, each row says its status, and a removed one why and by whom.
    expect(rowOf('Gary Pritchard')).toHaveTextContent('RemovedOff-topic or links · Clerk');
    expect(within(rowOf('Kev Marsh')).getByText('New')).toBeInTheDocument();
  });
});
