// Rows written before actions were typed, or by a newer console, still read: typed when they fit, shown when not.
import { afterEach, describe, expect, it } from 'vitest';
import removalReasons from '../../assets/policy/removal-reasons.json';
import { parsePolicyData } from '../core/policy';
import { toActionRecord } from '../handlers/action-summary';
import { ConsoleStore } from '../store/console-store';
import { sqliteHandle } from '../store/sqlite-handle';
import { useTempDirs } from '../../testing/support/temp-dir';
import { recordActions } from './record-query';

const tempDir = useTempDirs();
const opened: ConsoleStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});
const policy = parsePolicyData(removalReasons);

/** A store with actions written straight into the table, as older versions (or a newer one) left them. */
function storeWithOldRows() {
  const store = ConsoleStore.open(tempDir());
  opened.push(store);
  const insert = sqliteHandle(store).prepare(
    `INSERT INTO actions (item_id, kind, operator, reason_id, details, created_at) VALUES (NULL, ?, 'Clerk', ?, ?, ?)`,
  );
  const rows: [string, string | null, string][] = [
    // A removal from before the notice and the bulk id were recorded.
    ['removed', 'personal-attack', '{"channelOperation":"hide"}'],
    // A reply from before template versions, consent and the policy check.
    ['replied', null, '{"form":"email","text":"Thank you for\\n your letter.","templateName":"Acknowledgement"}'],
    // A block from before strikes were recorded.
    ['blocked', null, '{"senders":[{"authorId":3,"channel":"Facebook","name":"Gary","method":"page-block"}]}'],
    // A kind this console has no schema for, written by a newer one.
    ['rule-saved', null, '{"rule":"Swearing"}'],
    // A known kind whose details do not fit its schema.
    ['forwarded', null, '{"toName":42}'],
    // Details that are not JSON at all.
    ['note', null, 'not json'],
  ];
  rows.forEach(([kind, reasonId, details], index) =>
    insert.run(kind, reasonId, details, `2026-11-0${index + 1}T09:00:00.000Z`),
  );
  return store;
}

describe('recorded actions written before they were typed', () => {
  it('read with their details, and kinds without a schema are shown by name, not dropped', () => {
    const store = storeWithOldRows();
    const ids = [1, 2, 3, 4, 5, 6];
    const summaries = ids.map((id) => {
      const action = store.actions.get(id);
      if (!action) throw new Error(`action ${id} did not read`);
      return [toActionRecord(action, policy).kind, toActionRecord(action, policy).summary];
    });
    expect(summaries).toEqual([
      [
        'removed',
        `Removed: ${policy.reasons.find((reason) => reason.id === 'personal-attack')?.label}; hide on the channel`,
      ],
      ['replied', 'Replied (Email) with "Acknowledgement": "Thank you for your letter."'],
      ['blocked', 'Blocked (strikes unknown): Facebook (Page block)'],
      ['rule-saved', 'Rule saved'],
      ['forwarded', 'Forwarded'],
      ['note', 'Note on a sender'],
    ]);
    expect(store.actions.get(4)).toMatchObject({ kind: 'unrecognised', storedKind: 'rule-saved' });
  });

  it('are all in the Records view', () => {
    const store = storeWithOldRows();
    const { rows, total } = recordActions(store, { from: '2026-11-01', to: '2026-11-30' }, policy, 100);
    expect(total).toBe(6);
    expect(rows.map((row) => row.kind)).toEqual(['removed', 'replied', 'blocked', 'rule-saved', 'forwarded', 'note']);
  });

  it('are checked against their kind when written: details that do not fit are refused', () => {
    const store = storeWithOldRows();
    const append = () =>
      store.actions.append({
        itemId: null,
        kind: 'note',
        operator: 'Clerk',
        // @ts-expect-error -- the compiler refuses it too; this is what a caller without types would do.
        details: { text: 7 },
        createdAt: '2026-11-20T09:00:00.000Z',
      });
    expect(append).toThrow(/do not fit/);
  });
});
