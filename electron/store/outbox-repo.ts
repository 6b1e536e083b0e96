// Everything that must reach a channel, queued in the same transaction as its action.
import type { ChannelRequest } from '../channels/channel-operations';
import type Database from 'better-sqlite3';

export type OutboxState = 'queued' | 'delivering' | 'delivered' | 'failed' | 'cancelled';

/** A channel action to queue: a typed request (built with `channelRequest`) and its idempotency key. */
export type NewOutboxEntry = ChannelRequest & {
  actionId: number;
  accountId: number;
  itemId: number | null;
  idempotencyKey: string;
  now: string;
};

export interface OutboxEntry {
  id: number;
  actionId: number;
  accountId: number;
  itemId: number | null;
  operation: string;
  payload: Record<string, unknown>;
  idempotencyKey: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  reference: string | null;
  /** When its state last changed: for a delivered action, when it reached the channel. */
  updatedAt: string;
}

interface RawEntry {
  id: number;
  action_id: number;
  account_id: number;
  item_id: number | null;
  operation: string;
  payload: string;
  idempotency_key: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  reference: string | null;
  updated_at: string;
}

const columns =
  'id, action_id, account_id, item_id, operation, payload, idempotency_key, state, attempts, next_attempt_at, last_error, reference, updated_at';

export class OutboxRepo {
  private readonly insert;
  private readonly byAction;
  private readonly byItem;
  private readonly due;
  private readonly setState;
  private readonly cancelQueued;
  private readonly byId;
  private readonly retryFailed;
  private readonly requeue;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO outbox (action_id, account_id, item_id, operation, payload, idempotency_key, state, next_attempt_at, created_at, updated_at)
       VALUES (@actionId, @accountId, @itemId, @operation, @payload, @idempotencyKey, 'queued', @now, @now, @now)`,
    );
    this.byAction = db.prepare<[number], RawEntry>(`SELECT ${columns} FROM outbox WHERE action_id = ? ORDER BY id`);
    this.byItem = db.prepare<[number], RawEntry>(`SELECT ${columns} FROM outbox WHERE item_id = ? ORDER BY id`);
    this.due = db.prepare<[string, number], RawEntry>(
      // A paused account, or one whose credentials were refused, keeps its actions queued until it is reconnected.
      `SELECT ${columns.replace(/(^|, )/g, '$1o.')} FROM outbox o JOIN accounts a ON a.id = o.account_id
       WHERE o.state = 'queued' AND o.next_attempt_at <= ? AND a.paused = 0 AND a.health <> 'auth'
       ORDER BY o.next_attempt_at, o.id LIMIT ?`,
    );
    // A delivered file (the subject access export) is dropped from its entry: the copy in Sent and the record
    // say what went, and the database need not hold a second copy of someone's personal data.
    this.setState = db.prepare(
      `UPDATE outbox SET state = @state, attempts = attempts + @attempted, next_attempt_at = @nextAttemptAt,
         last_error = @lastError, reference = coalesce(@reference, reference), updated_at = @now,
         payload = CASE WHEN @state = 'delivered' AND json_type(payload, '$.file.base64') = 'text'
                        THEN json_set(payload, '$.file.base64', '') ELSE payload END
       WHERE id = @id`,
    );
    this.byId = db.prepare<[number], RawEntry>(`SELECT ${columns} FROM outbox WHERE id = ?`);
    this.retryFailed = db.prepare(
      `UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'failed'`,
    );
    this.requeue = db.prepare(`UPDATE outbox SET state = 'queued', updated_at = ? WHERE state = 'delivering'`);
    this.cancelQueued = db.prepare(
      `UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE id = ? AND state = 'queued'`,
    );
  }

  enqueue(entry: NewOutboxEntry): number {
    return Number(this.insert.run({ ...entry, payload: JSON.stringify(entry.payload) }).lastInsertRowid);
  }

  get(id: number): OutboxEntry | null {
    const row = this.byId.get(id);
    return row ? toEntry(row) : null;
  }

  /** After a crash, what was being delivered is tried again (its idempotency key prevents doubles). */
  requeueInterrupted(now: string): number {
    return this.requeue.run(now).changes;
  }

  forAction(actionId: number): OutboxEntry[] {
    return this.byAction.all(actionId).map(toEntry);
  }

  forItem(itemId: number): OutboxEntry[] {
    return this.byItem.all(itemId).map(toEntry);
  }

  dueAt(now: string, limit: number): OutboxEntry[] {
    return this.due.all(now, limit).map(toEntry);
  }

  /** Channel actions that failed for good, newest first, with where they were going and what they were about. */
  failed(limit: number): (OutboxEntry & { accountName: string; itemText: string | null; updatedAt: string })[] {
    const sql = `SELECT ${columns.replace(/(^|, )/g, '$1o.')}, o.updated_at AS updatedAt, a.name AS accountName, i.text AS itemText
      FROM outbox o JOIN accounts a ON a.id = o.account_id LEFT JOIN items i ON i.id = o.item_id
      WHERE o.state = 'failed' ORDER BY o.updated_at DESC, o.id DESC LIMIT ?`;
    return (
      this.db.prepare(sql).all(limit) as (RawEntry & {
        accountName: string;
        itemText: string | null;
        updatedAt: string;
      })[]
    ).map((row) => ({
      ...toEntry(row),
      accountName: row.accountName,
      itemText: row.itemText,
      updatedAt: row.updatedAt,
    }));
  }

  /** A failed entry goes back in the queue, due now, with its attempts counted afresh (same idempotency key). */
  retry(id: number, now: string): boolean {
    return this.retryFailed.run(now, now, id).changes === 1;
  }

  /** True when the entry was still queued, so it will never reach the channel. */
  cancel(id: number, now: string): boolean {
    return this.cancelQueued.run(now, id).changes === 1;
  }

  mark(
    id: number,
    state: OutboxState,
    now: string,
    options: { attempted?: boolean; nextAttemptAt?: string; lastError?: string | null; reference?: string | null } = {},
  ): void {
    this.setState.run({
      id,
      state,
      now,
      attempted: options.attempted ? 1 : 0,
      nextAttemptAt: options.nextAttemptAt ?? now,
      lastError: options.lastError ?? null,
      reference: options.reference ?? null,
    });
  }
}

function toEntry(row: RawEntry): OutboxEntry {
  return {
    id: row.id,
    actionId: row.action_id,
    accountId: row.account_id,
    itemId: row.item_id,
    operation: row.operation,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    idempotencyKey: row.idempotency_key,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    reference: row.reference,
    updatedAt: row.updated_at,
  };
}
