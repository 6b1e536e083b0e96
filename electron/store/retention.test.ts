import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IncomingAuthor, IncomingItem } from '../core/incoming-item';
import { defaultRetentionSettings, purgeCutoffs } from '../core/retention-policy';
import { useTempDirs } from '../../testing/support/temp-dir';
import { ConsoleStore } from './console-store';
import { databaseFileName } from './open-database';
import { purgedText, purgeExpired } from './retention';
import { sqliteHandle } from './sqlite-handle';
import { idempotencyKey } from '../channels/channel-operations';

const tempDir = useTempDirs();
const now = new Date('2026-11-24T10:00:00.000Z');
// Defaults: removals before 2024-11-24T10:00Z, correspondence before 2020-11-24T10:00Z.
const cutoffs = purgeCutoffs(defaultRetentionSettings, now);

const ruth: IncomingAuthor = {
  externalId: 'ruth-old@example.net',
  name: 'Ruth Marlow',
  handle: null,
  email: 'ruth-old@example.net',
  phone: null,
};
const ruthNow: IncomingAuthor = {
  externalId: 'ruth@example.net',
  name: 'Ruth Marlow',
  handle: null,
  email: 'ruth@example.net',
  phone: null,
};
const texter: IncomingAuthor = {
  externalId: '+447700900461',
  name: 'Caller 0461',
  handle: null,
  email: null,
  phone: '+447700900461',
};
const gary: IncomingAuthor = {
  externalId: 'fb_100047',
  name: 'Gary Pritchard',
  handle: null,
  email: 'gary@example.org',
  phone: null,
};

function item(
  externalId: string,
  receivedAt: string,
  text: string,
  author: IncomingAuthor,
  subject: string | null = null,
): IncomingItem {
  return {
    externalId,
    channel: author.email ? 'email' : 'sms',
    kind: author.email ? 'email' : 'sms',
    author,
    subject,
    text,
    html: subject ? `<p>${text}</p>` : null,
    receivedAt,
    threadId: null,
    parentExternalId: null,
    url: `https://example.org/${externalId}`,
    fromCouncil: false,
    expectedReasons: null,
  };
}

interface Parish {
  store: ConsoleStore;
  dir: string;
  id: (externalId: string) => number;
}

/** A parish record spanning eight years, with removals old and recent and one person on two addresses. */
function parish(): Parish {
  const dir = tempDir();
  const store = ConsoleStore.open(dir);
  const account = store.accounts.ensure(
    { key: 'demo:all', connector: 'demo', channel: 'email', name: 'Clerk inbox' },
    now.toISOString(),
  );
  store.items.ingest(
    account.id,
    [
      item('removed-long-ago', '2024-01-10T09:00:00.000Z', 'Abusive quokkamarmalade rant about the precept', gary),
      item('removed-recently', '2024-06-01T09:00:00.000Z', 'Recent removal wombatchutney rant', gary),
      item('removed-at-cutoff', '2024-06-02T09:00:00.000Z', 'Removed exactly two years ago', gary),
      item('ancient-and-removed', '2019-02-01T09:00:00.000Z', 'Ancient removed platypusrelish', texter),
      item(
        'old-letter',
        '2019-05-05T09:00:00.000Z',
        'Old letter about the numbat hedge at 12 Station Road',
        ruth,
        'Numbatgooseberry hedge',
      ),
      item('six-years-exactly', cutoffs.correspondenceBefore, 'Letter received exactly six years ago', ruthNow),
      item('this-year', '2026-10-01T09:00:00.000Z', 'Streetlight out on Mill Lane', ruthNow, 'Streetlight'),
    ],
    now.toISOString(),
  );
  const id = (externalId: string) => {
    const row = store.items.byExternalId(account.id, externalId);
    if (!row) throw new Error(`no item ${externalId}`);
    return row.id;
  };
  const remove = (externalId: string, at: string) => {
    const actionId = store.actions.append({
      itemId: id(externalId),
      kind: 'removed',
      operator: 'Clerk',
      reasonId: 'personal-attack',
      details: {},
      createdAt: at,
    });
    store.items.markRemoved(id(externalId), actionId);
  };
  remove('removed-long-ago', '2024-01-11T09:00:00.000Z');
  remove('removed-recently', '2025-03-01T09:00:00.000Z');
  remove('removed-at-cutoff', cutoffs.removedBefore);
  remove('ancient-and-removed', '2019-02-02T09:00:00.000Z');
  // Ruth wrote from an old address and a new one; the clerk linked them as one person.
  const oldRuth = store.items.get(id('old-letter'));
  const newRuth = store.items.get(id('this-year'));
  if (!oldRuth || !newRuth) throw new Error('items missing');
  store.people.merge(oldRuth.person_id, newRuth.person_id);
  // A forward of the old letter, long delivered, carries its words.
  const forwardId = store.actions.append({
    itemId: id('old-letter'),
    kind: 'forwarded',
    operator: 'Clerk',
    details: { toName: 'Highways', toEmail: 'highways@example.gov.uk', redacted: true, kind: 'highways' },
    createdAt: '2019-05-06T09:00:00.000Z',
  });
  store.outbox.enqueue({
    actionId: forwardId,
    accountId: account.id,
    itemId: id('old-letter'),
    operation: 'forward',
    payload: {
      toName: 'Highways',
      to: 'highways@county.example.gov.uk',
      subject: 'Numbatgooseberry hedge',
      text: 'Old letter about the numbat hedge at 12 Station Road',
    },
    idempotencyKey: idempotencyKey(forwardId, 'forward'),
    now: '2019-05-06T09:00:00.000Z',
  });
  sqliteHandle(store).prepare(`UPDATE outbox SET state = 'delivered'`).run();
  return { store, dir, id };
}

const search = (store: ConsoleStore, word: string) =>
  sqliteHandle(store).prepare(`SELECT rowid FROM items_fts WHERE items_fts MATCH ?`).pluck().all(word);

describe('purgeExpired on a real SQLite file', () => {
  it('purges removals older than two years and correspondence older than six, each item counted once', () => {
    const { store } = parish();
    expect(purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now)).toEqual({
      removedItems: 2,
      oldItems: 1,
      sendersCleared: 1,
    });
    store.close();
  });

  it('blanks the content but keeps every item and its record of actions', () => {
    const { store, id } = parish();
    const actionsBefore = sqliteHandle(store).prepare(`SELECT count(*) FROM actions`).pluck().get() as number;
    // A suggestion worked out from the words would hint at them after the purge.
    store.suggestions.save(id('old-letter'), { reasonId: 'private-info', confidence: 'high' });
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    expect(store.items.count({ status: 'all' })).toBe(7);
    const purged = store.items.get(id('old-letter'));
    expect(purged).toMatchObject({
      text: purgedText,
      subject: null,
      html: null,
      url: null,
      status: 'new',
      suggested_reason_id: null,
      flag: 0,
    });
    expect(store.items.get(id('removed-long-ago'))).toMatchObject({ text: purgedText, status: 'removed' });
    expect(store.actions.listForItem(id('removed-long-ago')).map((action) => action.kind)).toEqual(['removed']);
    expect(sqliteHandle(store).prepare(`SELECT count(*) FROM actions`).pluck().get()).toBe(actionsBefore + 1);
    store.close();
  });

  it("forgets the reply a rule drafted for an expired item (it greets the sender by name), and keeps a young one's", () => {
    const { store, id } = parish();
    const ruleId = store.rules.add({ name: 'Out of hours', enabled: true, definition: '{}' }, now.toISOString());
    const drafted = (externalId: string) => {
      const actionId = store.actions.append({
        itemId: id(externalId),
        kind: 'rule-applied',
        operator: 'Rule',
        details: {
          ruleId,
          ruleName: 'Out of hours',
          channel: 'email',
          effects: [{ kind: 'draft-reply' }],
          skipped: [],
          label: null,
          templateName: 'Thank you',
          replyActionId: null,
        },
        createdAt: now.toISOString(),
      });
      store.rules.addRun({
        actionId,
        ruleId,
        itemId: id(externalId),
        label: null,
        priority: false,
        suggestedReasonId: null,
        draftTemplateId: null,
        draftText: 'Dear Ruth Marlow, thank you for your message',
        hidden: false,
        replyActionId: null,
        createdAt: now.toISOString(),
      });
      return actionId;
    };
    const old = drafted('old-letter');
    const young = drafted('this-year');
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    expect(store.rules.run(old)?.draft_text).toBeNull();
    expect(store.rules.run(young)?.draft_text).toBe('Dear Ruth Marlow, thank you for your message');
    store.close();
  });

  it('keeps what is exactly at a cutoff, and what is younger', () => {
    const { store, id } = parish();
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    expect(store.items.get(id('removed-at-cutoff'))?.text).toBe('Removed exactly two years ago');
    expect(store.items.get(id('six-years-exactly'))?.text).toBe('Letter received exactly six years ago');
    expect(store.items.get(id('removed-recently'))?.text).toBe('Recent removal wombatchutney rant');
    expect(store.items.get(id('this-year'))).toMatchObject({
      text: 'Streetlight out on Mill Lane',
      subject: 'Streetlight',
    });
    store.close();
  });

  it('takes purged items out of search and leaves the rest findable', () => {
    const { store, id } = parish();
    expect(search(store, 'quokkamarmalade')).toHaveLength(1);
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    for (const word of ['quokkamarmalade', 'platypusrelish', 'numbat', 'numbatgooseberry', '"ruth old"'])
      expect(search(store, word)).toEqual([]);
    expect(search(store, 'wombatchutney')).toEqual([id('removed-recently')]);
    expect(search(store, 'streetlight')).toEqual([id('this-year')]);
    store.close();
  });

  it('clears contact details only of people with nothing left unpurged', () => {
    const { store, id } = parish();
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    const contact = (externalId: string) =>
      sqliteHandle(store).prepare(`SELECT email, phone FROM authors WHERE external_id = ?`).get(externalId);
    expect(contact('+447700900461')).toEqual({ email: null, phone: null });
    // Ruth's old address stays: her person still has this year's letter.
    expect(contact('ruth-old@example.net')).toEqual({ email: 'ruth-old@example.net', phone: null });
    // Gary still has items within the periods.
    expect(contact('fb_100047')).toEqual({ email: 'gary@example.org', phone: null });
    expect(store.items.get(id('this-year'))?.author_email).toBe('ruth@example.net');
    store.close();
  });

  it('removes the words of sent forwards and replies of purged items from the outbox', () => {
    const { store, id } = parish();
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    const [entry] = store.outbox.forItem(id('old-letter'));
    expect(entry?.payload).toEqual({});
    store.close();
  });

  it('records one action with the counts and cutoffs and nothing of the content', () => {
    const { store } = parish();
    purgeExpired(sqliteHandle(store), cutoffs, 'Deputy Clerk', now);
    const [action, ...others] = sqliteHandle(store)
      .prepare(`SELECT kind, operator, item_id, details, created_at FROM actions WHERE kind = 'retention-purge'`)
      .all();
    expect(others).toEqual([]);
    expect(action).toEqual({
      kind: 'retention-purge',
      operator: 'Deputy Clerk',
      item_id: null,
      created_at: now.toISOString(),
      details: expect.any(String),
    });
    expect(JSON.parse((action as { details: string }).details)).toEqual({
      removedItems: 2,
      oldItems: 1,
      sendersCleared: 1,
      removedBefore: '2024-11-24T10:00:00.000Z',
      correspondenceBefore: '2020-11-24T10:00:00.000Z',
    });
    store.close();
  });

  it('leaves no purged words anywhere in the database file', () => {
    const { store, dir } = parish();
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    store.close();
    const file = readFileSync(join(dir, databaseFileName)).toString('latin1').toLowerCase();
    for (const word of ['quokkamarmalade', 'platypusrelish', 'numbatgooseberry', 'numbat hedge', 'station road']) {
      expect(file.includes(word), word).toBe(false);
    }
    expect(file.includes('wombatchutney')).toBe(true);
  });

  it('purges nothing the second time, and leaves no empty entry in the record (it runs at every start)', () => {
    const { store } = parish();
    purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now);
    expect(purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now)).toEqual({
      removedItems: 0,
      oldItems: 0,
      sendersCleared: 0,
    });
    const details = sqliteHandle(store)
      .prepare(`SELECT details FROM actions WHERE kind = 'retention-purge' ORDER BY id`)
      .pluck()
      .all() as string[];
    expect(details.map((text) => (JSON.parse(text) as { oldItems: number }).oldItems)).toEqual([1]);
    store.close();
  });

  it('purges nothing when the record of the purge cannot be written', () => {
    const { store, id } = parish();
    sqliteHandle(store).exec(
      `CREATE TEMP TRIGGER no_purge_record BEFORE INSERT ON main.actions WHEN NEW.kind = 'retention-purge' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    expect(() => purgeExpired(sqliteHandle(store), cutoffs, 'Clerk', now)).toThrow('disk trouble');
    expect(store.items.get(id('old-letter'))?.text).toBe('Old letter about the numbat hedge at 12 Station Road');
    expect(search(store, 'quokkamarmalade')).toHaveLength(1);
    expect(
      sqliteHandle(store).prepare(`SELECT phone FROM authors WHERE external_id = '+447700900461'`).pluck().get(),
    ).toBe('+447700900461');
    store.close();
  });
});
