import { afterEach, describe, expect, it } from 'vitest';
import { kindsByChannel, type Channel } from '../api/domain';
import { ConsoleStore } from '../store/console-store';
import { useTempDirs } from '../../testing/support/temp-dir';
import { medianToOneDecimal, monthsBetween, reportFigures } from './report-figures';
import { sqliteHandle } from '../store/sqlite-handle';

const tempDir = useTempDirs();
const opened: ConsoleStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const labels = {
  'obscene-racist': 'Obscene or racist',
  'personal-attack': 'Personal attack',
  'commercial-spam': 'Spam or advertising',
};

/** A real store with one account and one sender, and shorthand to write items and the record by SQL. */
function record() {
  const store = ConsoleStore.open(tempDir());
  opened.push(store);
  const db = sqliteHandle(store);
  db.exec(`
    INSERT INTO accounts (id, key, connector, channel, name, created_at) VALUES (1, 'demo:facebook', 'demo', 'facebook', 'Page', '2025-01-01T00:00:00.000Z');
    INSERT INTO authors (id, channel, external_id, name, first_seen_at) VALUES (1, 'facebook', 'fb_1', 'Gary Pritchard', '2025-01-01T00:00:00.000Z');
  `);
  let serial = 0;
  const item = (
    channel: Channel,
    receivedAt: string,
    options: { fromCouncil?: boolean; status?: string } = {},
  ): number => {
    serial += 1;
    const result = db
      .prepare(
        `INSERT INTO items (account_id, external_id, channel, kind, author_id, text, received_at, from_council, status, ingested_at)
         VALUES (1, ?, ?, ?, 1, 'A message', ?, ?, ?, ?)`,
      )
      .run(
        `m${serial}`,
        channel,
        kindsByChannel[channel][0],
        receivedAt,
        options.fromCouncil ? 1 : 0,
        options.status ?? 'new',
        receivedAt,
      );
    return Number(result.lastInsertRowid);
  };
  const action = (
    itemId: number,
    kind: string,
    createdAt: string,
    options: { reasonId?: string; details?: object } = {},
  ): number => {
    const result = db
      .prepare(
        `INSERT INTO actions (item_id, kind, operator, reason_id, details, created_at) VALUES (?, ?, 'Clerk', ?, ?, ?)`,
      )
      .run(itemId, kind, options.reasonId ?? null, JSON.stringify(options.details ?? {}), createdAt);
    return Number(result.lastInsertRowid);
  };
  const remove = (itemId: number, reasonId: string, createdAt: string): number => {
    const actionId = action(itemId, 'removed', createdAt, { reasonId });
    db.prepare(`UPDATE items SET status = 'removed', removal_action_id = ? WHERE id = ?`).run(actionId, itemId);
    return actionId;
  };
  const undoRemoval = (itemId: number, createdAt: string) => {
    action(itemId, 'removal-undone', createdAt);
    db.prepare(`UPDATE items SET status = 'new', removal_action_id = NULL WHERE id = ?`).run(itemId);
  };
  const figures = (from: string, to: string) =>
    reportFigures(store.reports, { from, to, councilName: 'Ashcombe Parish Council', labels });
  return { item, action, remove, undoRemoval, figures };
}

/** `hours` after `start`, as the store writes times. */
const after = (start: string, hours: number) => new Date(Date.parse(start) + hours * 3_600_000).toISOString();

describe('messages per channel per month', () => {
  it('counts what the public sent, by the UK calendar month it arrived in, within the UK days asked for', () => {
    const { item, figures } = record();
    item('facebook', '2025-12-31T23:59:59.999Z'); // the day before the range
    item('facebook', '2026-01-01T00:00:00.000Z');
    item('facebook', '2026-01-31T23:59:59.999Z');
    item('facebook', '2026-02-01T00:00:00.000Z');
    item('email', '2026-03-31T22:59:59.999Z'); // the last moment of the last day (23:59:59 BST)
    item('email', '2026-03-31T23:00:00.000Z'); // the day after: midnight BST on 1 April
    item('facebook', '2026-02-10T09:00:00.000Z', { fromCouncil: true }); // the council's own post
    item('sms', '2026-02-11T09:00:00.000Z', { status: 'blocked' }); // still a message received

    const report = figures('2026-01-01', '2026-03-31');
    // 23:30 UTC on 31 May is 00:30 on 1 June in London: June's.
    item('website', '2026-05-31T23:30:00.000Z');
    expect(figures('2026-05-01', '2026-06-30').messagesPerChannel).toEqual([{ channel: 'website', counts: [0, 1] }]);

    expect(report.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(report.messagesPerChannel).toEqual([
      { channel: 'facebook', counts: [2, 1, 0] },
      { channel: 'email', counts: [0, 0, 1] },
      { channel: 'sms', counts: [0, 1, 0] },
    ]);
    expect(report.councilName).toBe('Ashcombe Parish Council');
  });

  it('covers every month the range touches, even part-months and a change of year', () => {
    expect(monthsBetween('2025-11-15', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-05-01', '2026-05-01')).toEqual(['2026-05']);
  });

  it('leaves out the days of a month before the range starts', () => {
    const { item, figures } = record();
    item('x', '2026-01-14T23:00:00.000Z');
    item('x', '2026-01-15T08:00:00.000Z');
    expect(figures('2026-01-15', '2026-02-10').messagesPerChannel).toEqual([{ channel: 'x', counts: [1, 0] }]);
  });
});

describe('removals per reason', () => {
  it('counts removals made in the range that still stand, labelled in the policy’s words, most frequent first', () => {
    const { item, remove, undoRemoval, figures } = record();
    const at = '2026-01-10T10:00:00.000Z';
    remove(item('facebook', at), 'personal-attack', after(at, 1));
    remove(item('facebook', at), 'commercial-spam', after(at, 1));
    remove(item('facebook', at), 'commercial-spam', after(at, 2));
    const undone = item('facebook', at);
    remove(undone, 'obscene-racist', after(at, 1));
    undoRemoval(undone, after(at, 2));
    const removedAgain = item('x', at);
    remove(removedAgain, 'obscene-racist', after(at, 1));
    undoRemoval(removedAgain, after(at, 2));
    remove(removedAgain, 'personal-attack', after(at, 3)); // only the removal in force counts
    remove(item('facebook', '2025-12-30T10:00:00.000Z'), 'obscene-racist', '2025-12-31T23:59:59.999Z'); // removed before the range

    expect(figures('2026-01-01', '2026-01-31').removalsPerReason).toEqual([
      { reasonId: 'personal-attack', label: 'Personal attack', count: 2 },
      { reasonId: 'commercial-spam', label: 'Spam or advertising', count: 2 },
    ]);
  });

  it('counts a removal by the day it was made, not the day the item arrived', () => {
    const { item, remove, figures } = record();
    remove(item('email', '2025-12-31T20:00:00.000Z'), 'obscene-racist', '2026-01-01T08:00:00.000Z');
    expect(figures('2026-01-01', '2026-01-01').removalsPerReason).toEqual([
      { reasonId: 'obscene-racist', label: 'Obscene or racist', count: 1 },
    ]);
  });
});

describe('time to first response', () => {
  it('measures to the first time the council dealt with the item, and takes the middle of an odd count', () => {
    const { item, action, remove, figures } = record();
    const at = '2026-03-02T09:00:00.000Z';
    const replied = item('facebook', at);
    action(replied, 'replied', after(at, 30));
    const removedFirst = item('facebook', at);
    remove(removedFirst, 'commercial-spam', after(at, 1));
    action(removedFirst, 'replied', after(at, 4)); // later: the removal was the first response
    const complaint = item('email', at);
    action(complaint, 'complaint-reply', after(at, 2), { details: { decision: 'skip' } }); // not a response
    action(complaint, 'complaint-reply', after(at, 5), { details: { decision: 'send' } });
    const outOfOffice = item('email', at);
    action(outOfOffice, 'replied', after(at, 0.1), { details: { automatic: 'out-of-office' } }); // not the council dealing with it
    item('sms', at, { status: 'blocked' }); // filed away: not waiting for an answer
    item('facebook', at, { fromCouncil: true });

    expect(figures('2026-03-01', '2026-03-31').firstResponse).toEqual({
      medianHours: 5,
      answered: 3,
      unanswered: 1,
      perChannel: [
        { channel: 'facebook', medianHours: 15.5, answered: 2 },
        { channel: 'email', medianHours: 5, answered: 1 },
      ],
    });
  });

  it('takes the mean of the two middle times for an even count, to one decimal', () => {
    const { item, action, figures } = record();
    const at = '2026-03-02T09:00:00.000Z';
    for (const hours of [1, 2, 48, 0.25]) action(item('x', at), 'no-action-needed', after(at, hours));
    item('x', after(at, 1)); // still waiting
    const report = figures('2026-03-01', '2026-03-31').firstResponse;
    expect(report.medianHours).toBe(1.5);
    expect(report).toMatchObject({
      answered: 4,
      unanswered: 1,
      perChannel: [{ channel: 'x', medianHours: 1.5, answered: 4 }],
    });
  });

  it('counts only items received in the range, even when their response came after it', () => {
    const { item, action, figures } = record();
    action(item('website', '2026-02-28T23:00:00.000Z'), 'replied', '2026-03-01T01:00:00.000Z');
    action(item('website', '2026-03-31T22:00:00.000Z'), 'replied', '2026-04-01T02:20:00.000Z');
    expect(figures('2026-03-01', '2026-03-31').firstResponse).toEqual({
      medianHours: 4.3,
      answered: 1,
      unanswered: 0,
      perChannel: [{ channel: 'website', medianHours: 4.3, answered: 1 }],
    });
  });

  it('has no median when nothing was answered', () => {
    const { item, figures } = record();
    item('sms', '2026-03-02T09:00:00.000Z');
    expect(figures('2026-03-01', '2026-03-31').firstResponse).toEqual({
      medianHours: null,
      answered: 0,
      unanswered: 1,
      perChannel: [{ channel: 'sms', medianHours: null, answered: 0 }],
    });
    expect(medianToOneDecimal([])).toBeNull();
  });
});
