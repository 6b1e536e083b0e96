// Items in the queue: ingest (idempotent on account + external id), queue pages, counts, detail.
import type Database from 'better-sqlite3';
import { statementCache } from './statement-cache';
import { channels, type Channel, type ItemKind, type ItemStatus, type PolicyReasonId } from '../api/domain';
import type { IncomingItem } from '../core/incoming-item';
import type { QueuePosition } from './queue-cursor';

/** An item's top suggested removal reason, as stored with it. */
export interface StoredSuggestion {
  reasonId: PolicyReasonId;
  confidence: 'high' | 'medium';
}

/** What the suggestion rules read of an item. */
export interface SuggestionSubject {
  text: string;
  subject: string | null;
  kind: ItemKind;
  channel: Channel;
}

/** Works out the top suggestion of each item (same order), for many items at once. */
export type Suggester = (items: readonly SuggestionSubject[]) => (StoredSuggestion | null)[];

/** How strongly a suggestion flags its item: what "Flagged first" sorts on. */
export function flagOf(suggestion: StoredSuggestion | null): number {
  return suggestion === null ? 0 : suggestion.confidence === 'high' ? 2 : 1;
}

export type QueueOrder = 'newest' | 'flagged';

export interface QueueFilter {
  /** 'by-rules': items an automation rule acted on, while that still stands. */
  status: ItemStatus | 'all' | 'by-rules';
  channel?: Channel | undefined;
  /** An FTS5 query already made safe by core/search-query. */
  match?: string | null | undefined;
  /** Only this person's items, on every channel. */
  personId?: number | undefined;
}

export interface QueueRow {
  id: number;
  account_id: number;
  account_name: string;
  channel: Channel;
  kind: ItemKind;
  status: ItemStatus;
  author_id: number;
  author_name: string;
  author_handle: string | null;
  person_id: number;
  subject: string | null;
  text: string;
  received_at: string;
  thread_id: string | null;
  from_council: number;
  removal_action_id: number | null;
  removal_reason_id: string | null;
  removal_operator: string | null;
  removal_at: string | null;
  suggested_reason_id: PolicyReasonId | null;
  suggested_confidence: 'high' | 'medium' | null;
  flag: number;
  /** 1 while this sender is blocked. */
  sender_blocked: number;
  /** What rules still mark it with: a JSON array of labels, "|", 1 for priority (null: no rule acted on it). */
  rule_marks: string | null;
}

export interface ItemRow extends QueueRow {
  external_id: string;
  html: string | null;
  url: string | null;
  parent_external_id: string | null;
  author_external_id: string;
  author_email: string | null;
  author_phone: string | null;
}

export const queueColumns = `i.id, i.account_id, acc.name AS account_name, i.channel, i.kind, i.status,
  i.author_id, au.name AS author_name, au.handle AS author_handle, au.person_id, i.subject, i.text, i.received_at,
  i.thread_id, i.from_council, i.removal_action_id, ra.reason_id AS removal_reason_id, ra.operator AS removal_operator,
  ra.created_at AS removal_at, i.suggested_reason_id, i.suggested_confidence, i.flag,
  EXISTS (SELECT 1 FROM blocks b WHERE b.author_id = i.author_id AND b.lifted_action_id IS NULL) AS sender_blocked,
  (SELECT json_group_array(rr.label) FILTER (WHERE rr.label IS NOT NULL) || '|' || max(rr.priority)
    FROM rule_runs rr WHERE rr.item_id = i.id AND rr.undone_action_id IS NULL) AS rule_marks`;
export const queueFrom = `FROM items i JOIN authors au ON au.id = i.author_id JOIN accounts acc ON acc.id = i.account_id
  LEFT JOIN actions ra ON ra.id = i.removal_action_id`;

export class ItemsRepo {
  private readonly statement;
  private readonly upsertAuthor;
  private readonly insertItem;
  private readonly lastId;
  private readonly indexSince;
  private readonly newPerson;
  private readonly joinPerson;
  private readonly activeBlock;
  private readonly known;
  private suggester: Suggester | null = null;
  private ingestedHook: ((afterId: number) => void) | null = null;

  constructor(private readonly db: Database.Database) {
    this.statement = statementCache(db);
    this.upsertAuthor = db.prepare<Record<string, string | null>, { id: number }>(
      `INSERT INTO authors (channel, external_id, name, handle, email, phone, first_seen_at)
       VALUES (@channel, @externalId, @name, @handle, @email, @phone, @now)
       ON CONFLICT (channel, external_id) DO UPDATE SET
         name = excluded.name,
         handle = coalesce(excluded.handle, authors.handle),
         email = coalesce(excluded.email, authors.email),
         phone = coalesce(excluded.phone, authors.phone)
       RETURNING id, person_id`,
    );
    // A new sender is a person of their own until the clerk links them to others.
    this.newPerson = db.prepare(`INSERT INTO people (display_name, created_at, first_author_id) VALUES (?, ?, ?)`);
    this.joinPerson = db.prepare(`UPDATE authors SET person_id = ? WHERE id = ?`);
    this.activeBlock = db.prepare<[number], { id: number }>(
      `SELECT id FROM blocks WHERE author_id = ? AND lifted_action_id IS NULL`,
    );
    this.known = db
      .prepare<[number, string], number>(`SELECT 1 FROM items WHERE account_id = ? AND external_id = ?`)
      .pluck();
    this.lastId = db.prepare<[], { id: number }>(`SELECT coalesce(max(id), 0) AS id FROM items`);
    this.indexSince = db.prepare(
      `INSERT INTO items_fts (rowid, subject, body, author)
       SELECT i.id, coalesce(i.subject, ''), i.text, a.name || ' ' || coalesce(a.handle, '') || ' ' || coalesce(a.email, '')
       FROM items i JOIN authors a ON a.id = i.author_id WHERE i.id > ?`,
    );
    this.insertItem = db.prepare(
      `INSERT OR IGNORE INTO items (account_id, external_id, channel, kind, author_id, subject, text, html, received_at,
         thread_id, parent_external_id, url, from_council, status, expected_reasons, ingested_at,
         suggested_reason_id, suggested_confidence, flag)
       VALUES (@accountId, @externalId, @channel, @kind, @authorId, @subject, @text, @html, @receivedAt,
         @threadId, @parentExternalId, @url, @fromCouncil, @status, @expectedReasons, @now,
         @suggestedReasonId, @suggestedConfidence, @flag)`,
    );
  }

  /** From now on, every item ingested is stored with its top suggestion (the backend's rules). */
  suggestWith(suggester: Suggester): void {
    this.suggester = suggester;
  }

  /** Runs in the same transaction after each ingest that added items, given the last id before them. */
  onIngested(hook: (afterId: number) => void): void {
    this.ingestedHook = hook;
  }

  /**
   * Adds what is new; an item already in the record (same account and external id) is left alone.
   * Items and their search index are written together (one savepoint), the index in one statement.
   */
  ingest(accountId: number, items: readonly IncomingItem[], now: string): number {
    return this.db.transaction(() => {
      const before = (this.lastId.get() as { id: number }).id;
      let added = 0;
      // One upsert per sender per batch: a busy sender's later items reuse it.
      const senders = new Map<string, { authorId: number; blocked: boolean }>();
      const suggestions = this.suggestionsOfNew(accountId, items);
      for (const item of items) {
        const key = JSON.stringify([
          item.channel,
          item.author.externalId,
          item.author.name,
          item.author.handle,
          item.author.email,
          item.author.phone,
        ]);
        let sender = senders.get(key);
        if (sender === undefined) {
          sender = this.sender(item, now);
          senders.set(key, sender);
        }
        const { authorId, blocked } = sender;
        const suggestion = suggestions.get(item) ?? null;
        added += this.insertItem.run({
          accountId,
          externalId: item.externalId,
          channel: item.channel,
          kind: item.kind,
          authorId,
          subject: item.subject,
          text: item.text,
          html: item.html,
          receivedAt: item.receivedAt,
          threadId: item.threadId,
          parentExternalId: item.parentExternalId,
          url: item.url,
          fromCouncil: item.fromCouncil ? 1 : 0,
          // The council's own posts are context, not work for the queue; a blocked sender's are filed apart.
          status: item.fromCouncil ? 'handled' : blocked ? 'blocked' : 'new',
          expectedReasons: item.expectedReasons ? JSON.stringify(item.expectedReasons) : null,
          now,
          suggestedReasonId: suggestion?.reasonId ?? null,
          suggestedConfidence: suggestion?.confidence ?? null,
          flag: flagOf(suggestion),
        }).changes;
      }
      if (added > 0) {
        this.indexSince.run(before);
        this.ingestedHook?.(before);
      }
      return added;
    })();
  }

  /** The rules run only for what is new (a poll often repeats items), never for the council's own posts. */
  private suggestionsOfNew(
    accountId: number,
    items: readonly IncomingItem[],
  ): Map<IncomingItem, StoredSuggestion | null> {
    if (!this.suggester) return new Map();
    const fresh = items.filter((item) => !item.fromCouncil && this.known.get(accountId, item.externalId) === undefined);
    const tops = fresh.length > 0 ? this.suggester(fresh) : [];
    return new Map(fresh.map((item, index) => [item, tops[index] ?? null]));
  }

  private sender(item: IncomingItem, now: string): { authorId: number; blocked: boolean } {
    const author = this.upsertAuthor.get({ channel: item.channel, ...item.author, now }) as {
      id: number;
      person_id: number | null;
    };
    if (author.person_id === null) {
      const personId = Number(this.newPerson.run(item.author.name, now, author.id).lastInsertRowid);
      this.joinPerson.run(personId, author.id);
    }
    return { authorId: author.id, blocked: this.activeBlock.get(author.id) !== undefined };
  }

  /**
   * A page of the queue, newest first. With a search, `matches` (the count) picks the plan: many matches
   * are found fastest by walking the time index until the page is full; few by looking each one up and
   * sorting them.
   */
  page(
    filter: QueueFilter,
    after: QueuePosition | null,
    limit: number,
    matches = Number.POSITIVE_INFINITY,
    order: QueueOrder = 'newest',
  ): QueueRow[] {
    const { where, params } = whereClause(filter, matches > denseSearch ? 'walk-time-index' : 'look-up-matches');
    // "Flagged first": the strongest suggestions, newest first within each, on the items_flagged* indexes.
    const flagged = order === 'flagged';
    const keyset = !after
      ? ''
      : flagged
        ? ' AND (i.flag, i.received_at, i.id) < (@afterFlag, @afterTime, @afterId)'
        : ' AND (i.received_at < @afterTime OR (i.received_at = @afterTime AND i.id < @afterId))';
    const orderBy = flagged ? 'i.flag DESC, i.received_at DESC, i.id DESC' : 'i.received_at DESC, i.id DESC';
    const sql = `SELECT ${queueColumns} ${queueFrom} WHERE ${where}${keyset} ORDER BY ${orderBy} LIMIT @limit`;
    const keysetParams = after
      ? { afterTime: after.receivedAt, afterId: after.id, ...(flagged ? { afterFlag: after.flag ?? 0 } : {}) }
      : {};
    return this.statement(sql).all({ ...params, ...keysetParams, limit }) as QueueRow[];
  }

  count(filter: QueueFilter): number {
    const { where, params } = whereClause({ ...filter, match: null });
    // Joining from the full-text matches costs what the matches cost, not what the table costs.
    const sql = filter.match
      ? `SELECT count(*) AS n FROM items_fts f JOIN items i ON i.id = f.rowid WHERE items_fts MATCH @match AND ${where}`
      : `SELECT count(*) AS n FROM items i WHERE ${where}`;
    return (this.statement(sql).get(filter.match ? { ...params, match: filter.match } : params) as { n: number }).n;
  }

  /** Items per channel under the same filters (a channel with none is left out). */
  countByChannel(filter: Omit<QueueFilter, 'channel'>): { channel: Channel; n: number }[] {
    if (filter.match) {
      const { where, params } = whereClause({ ...filter, match: null });
      const sql = `SELECT i.channel, count(*) AS n FROM items_fts f JOIN items i ON i.id = f.rowid
        WHERE items_fts MATCH @match AND ${where} GROUP BY i.channel`;
      return this.statement(sql).all({ ...params, match: filter.match }) as { channel: Channel; n: number }[];
    }
    // One count per channel walks the (channel, status) index; a GROUP BY would sort the whole table.
    return channels.map((channel) => ({ channel, n: this.count({ ...filter, channel }) })).filter(({ n }) => n > 0);
  }

  /** The newest item's id (0 when there is none): what a sync compares against to find what it added. */
  maxId(): number {
    return Number(this.statement(`SELECT coalesce(max(id), 0) FROM items`).pluck().get());
  }

  /** The account's items added after the id, oldest first. */
  idsAfter(id: number, accountId: number): number[] {
    return this.statement(`SELECT id FROM items WHERE id > ? AND account_id = ? ORDER BY id`)
      .pluck()
      .all(id, accountId) as number[];
  }

  get(id: number): ItemRow | null {
    const sql = `SELECT ${queueColumns}, i.external_id, i.html, i.url, i.parent_external_id,
        au.external_id AS author_external_id, au.email AS author_email, au.phone AS author_phone
      ${queueFrom} WHERE i.id = ?`;
    return (this.statement(sql).get(id) as ItemRow | undefined) ?? null;
  }

  byExternalId(accountId: number, externalId: string): QueueRow | null {
    const sql = `SELECT ${queueColumns} ${queueFrom} WHERE i.account_id = ? AND i.external_id = ?`;
    return (this.statement(sql).get(accountId, externalId) as QueueRow | undefined) ?? null;
  }

  thread(accountId: number, threadId: string, limit: number): QueueRow[] {
    const sql = `SELECT ${queueColumns} ${queueFrom} WHERE i.account_id = ? AND (i.thread_id = ? OR i.external_id = ?)
      ORDER BY i.received_at, i.id LIMIT ?`;
    return this.statement(sql).all(accountId, threadId, threadId, limit) as QueueRow[];
  }

  /** When the last message from outside the council came in this thread (a Messenger conversation, say). */
  lastIncomingAt(accountId: number, threadId: string): string | null {
    const sql = `SELECT max(received_at) FROM items WHERE account_id = ? AND thread_id = ? AND from_council = 0`;
    return (this.statement(sql).pluck().get(accountId, threadId) as string | null) ?? null;
  }

  /** Moves an item from one status to another; false when it was not in the expected status. */
  changeStatus(id: number, from: ItemStatus, to: ItemStatus): boolean {
    return this.statement(`UPDATE items SET status = ? WHERE id = ? AND status = ?`).run(to, id, from).changes === 1;
  }

  /** Files an item under a removal; false when it was already removed. */
  markRemoved(id: number, removalActionId: number): boolean {
    const sql = `UPDATE items SET status = 'removed', removal_action_id = ? WHERE id = ? AND status <> 'removed'`;
    return this.statement(sql).run(removalActionId, id).changes === 1;
  }

  /** Takes an item out from under its removal, back to the status it had. */
  unmarkRemoved(id: number, status: Exclude<ItemStatus, 'removed'>): boolean {
    const sql = `UPDATE items SET status = ?, removal_action_id = NULL WHERE id = ? AND status = 'removed'`;
    return this.statement(sql).run(status, id).changes === 1;
  }
}

/** Above this many matches a search page walks the time index instead of sorting every match. */
const denseSearch = 500;

function whereClause(
  filter: QueueFilter,
  searchPlan: 'walk-time-index' | 'look-up-matches' = 'look-up-matches',
): { where: string; params: Record<string, string | number> } {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  // The unary + keeps SQLite off an index: when looking up a few matches, off the status and channel
  // indexes; when walking the time index, off the matched ids.
  const lookUp = filter.match && searchPlan === 'look-up-matches' ? '+' : '';
  if (filter.status === 'by-rules') {
    conditions.push(`i.id IN (SELECT item_id FROM rule_runs WHERE undone_action_id IS NULL)`);
  } else if (filter.status !== 'all') {
    conditions.push(`${lookUp}i.status = @status`);
    params.status = filter.status;
  }
  if (filter.channel) {
    conditions.push(`${lookUp}i.channel = @channel`);
    params.channel = filter.channel;
  }
  if (filter.personId !== undefined) {
    conditions.push(`i.author_id IN (SELECT id FROM authors WHERE person_id = @personId)`);
    params.personId = filter.personId;
  }
  if (filter.match) {
    const id = searchPlan === 'walk-time-index' ? '+i.id' : 'i.id';
    conditions.push(`${id} IN (SELECT rowid FROM items_fts WHERE items_fts MATCH @match)`);
    params.match = filter.match;
  }
  return { where: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}
