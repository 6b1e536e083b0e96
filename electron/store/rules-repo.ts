// The clerk's automation rules and what each did to items (until undone).
import type Database from 'better-sqlite3';
import type { PolicyReasonId } from '../api/domain';
import { statementCache } from './statement-cache';

export interface RuleRow {
  id: number;
  name: string;
  enabled: number;
  /** JSON of the conditions and actions; parsed by the caller. */
  definition: string;
  created_at: string;
  updated_at: string;
  standing: number;
}

export interface NewRuleRun {
  actionId: number;
  ruleId: number;
  itemId: number;
  label: string | null;
  priority: boolean;
  suggestedReasonId: PolicyReasonId | null;
  draftTemplateId: number | null;
  draftText: string | null;
  hidden: boolean;
  replyActionId: number | null;
  createdAt: string;
}

export interface RuleRunRow {
  action_id: number;
  rule_id: number;
  rule_name: string;
  item_id: number;
  label: string | null;
  priority: number;
  suggested_reason_id: PolicyReasonId | null;
  draft_template_id: number | null;
  draft_text: string | null;
  hidden: number;
  reply_action_id: number | null;
  created_at: string;
  undone_action_id: number | null;
}

/** An item a dry run looks at, with what the rules read of it. */
export interface DryRunRow {
  id: number;
  channel: string;
  kind: string;
  text: string;
  subject: string | null;
  received_at: string;
  suggested_reason_id: PolicyReasonId | null;
  suggested_confidence: 'high' | 'medium' | null;
  person_id: number;
  author_name: string;
  sender_blocked: number;
}

const ruleColumns = `r.id, r.name, r.enabled, r.definition, r.created_at, r.updated_at,
  (SELECT count(*) FROM rule_runs rr WHERE rr.rule_id = r.id AND rr.undone_action_id IS NULL) AS standing`;
const runColumns = `rr.action_id, rr.rule_id, r.name AS rule_name, rr.item_id, rr.label, rr.priority,
  rr.suggested_reason_id, rr.draft_template_id, rr.draft_text, rr.hidden, rr.reply_action_id, rr.created_at,
  rr.undone_action_id`;

export class RulesRepo {
  private readonly statement;

  constructor(db: Database.Database) {
    this.statement = statementCache(db);
  }

  list(): RuleRow[] {
    return this.statement(
      `SELECT ${ruleColumns} FROM rules r WHERE r.deleted_at IS NULL ORDER BY r.name`,
    ).all() as RuleRow[];
  }

  /** The rules that are on, for ingest (no counts). */
  enabled(): Omit<RuleRow, 'standing'>[] {
    return this.statement(
      `SELECT id, name, enabled, definition, created_at, updated_at FROM rules WHERE deleted_at IS NULL AND enabled = 1 ORDER BY id`,
    ).all() as Omit<RuleRow, 'standing'>[];
  }

  /** Changes whenever a rule that is on changes, or the office hours do: what compiled rules are kept under. */
  enabledVersion(): string {
    const sql = `SELECT coalesce((SELECT group_concat(id || '@' || name || '@' || definition, char(31)) FROM rules WHERE deleted_at IS NULL AND enabled = 1), '')
      || '|' || coalesce((SELECT value FROM settings WHERE key = 'officeHours'), '')`;
    return String(this.statement(sql).pluck().get());
  }

  get(id: number): RuleRow | null {
    const sql = `SELECT ${ruleColumns} FROM rules r WHERE r.id = ? AND r.deleted_at IS NULL`;
    return (this.statement(sql).get(id) as RuleRow | undefined) ?? null;
  }

  nameTaken(name: string, exceptId: number | null): boolean {
    const sql = `SELECT 1 FROM rules WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?`;
    return this.statement(sql).get(name, exceptId) !== undefined;
  }

  add(rule: { name: string; enabled: boolean; definition: string }, now: string): number {
    const sql = `INSERT INTO rules (name, enabled, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`;
    return Number(this.statement(sql).run(rule.name, rule.enabled ? 1 : 0, rule.definition, now, now).lastInsertRowid);
  }

  update(id: number, rule: { name: string; enabled: boolean; definition: string }, now: string): boolean {
    const sql = `UPDATE rules SET name = ?, enabled = ?, definition = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`;
    return this.statement(sql).run(rule.name, rule.enabled ? 1 : 0, rule.definition, now, id).changes === 1;
  }

  /** Kept (the record names it), but gone from the list and from ingest. */
  markDeleted(id: number, now: string): boolean {
    const sql = `UPDATE rules SET deleted_at = ?, enabled = 0 WHERE id = ? AND deleted_at IS NULL`;
    return this.statement(sql).run(now, id).changes === 1;
  }

  addRun(run: NewRuleRun): void {
    this.statement(
      `INSERT INTO rule_runs (action_id, rule_id, item_id, label, priority, suggested_reason_id, draft_template_id,
         draft_text, hidden, reply_action_id, created_at)
       VALUES (@actionId, @ruleId, @itemId, @label, @priority, @suggestedReasonId, @draftTemplateId, @draftText,
         @hidden, @replyActionId, @createdAt)`,
    ).run({ ...run, priority: run.priority ? 1 : 0, hidden: run.hidden ? 1 : 0 });
  }

  run(actionId: number): RuleRunRow | null {
    const sql = `SELECT ${runColumns} FROM rule_runs rr JOIN rules r ON r.id = rr.rule_id WHERE rr.action_id = ?`;
    return (this.statement(sql).get(actionId) as RuleRunRow | undefined) ?? null;
  }

  /** What rules did to this item that still stands, oldest first. */
  standingFor(itemId: number): RuleRunRow[] {
    const sql = `SELECT ${runColumns} FROM rule_runs rr JOIN rules r ON r.id = rr.rule_id
      WHERE rr.item_id = ? AND rr.undone_action_id IS NULL ORDER BY rr.action_id`;
    return this.statement(sql).all(itemId) as RuleRunRow[];
  }

  markUndone(actionId: number, undoneActionId: number): boolean {
    const sql = `UPDATE rule_runs SET undone_action_id = ? WHERE action_id = ? AND undone_action_id IS NULL`;
    return this.statement(sql).run(undoneActionId, actionId).changes === 1;
  }

  /** The hide a rule made stands no longer (the clerk reviewed the item), without undoing the rest. */
  clearHidden(actionId: number): void {
    this.statement(`UPDATE rule_runs SET hidden = 0 WHERE action_id = ?`).run(actionId);
  }

  /** Items actions by rules still stand on since `since` (the handover), and the runs themselves. */
  countSince(since: string | null): number {
    const sql = `SELECT count(*) FROM rule_runs WHERE undone_action_id IS NULL AND created_at > ?`;
    return Number(
      this.statement(sql)
        .pluck()
        .get(since ?? ''),
    );
  }

  /** The council's items received since `from`, newest first, with what the rules read of them. */
  itemsSince(from: string, limit: number): DryRunRow[] {
    const sql = `SELECT i.id, i.channel, i.kind, i.text, i.subject, i.received_at, i.suggested_reason_id,
        i.suggested_confidence, au.person_id, au.name AS author_name,
        EXISTS (SELECT 1 FROM blocks b WHERE b.author_id = i.author_id AND b.lifted_action_id IS NULL) AS sender_blocked
      FROM items i JOIN authors au ON au.id = i.author_id
      WHERE i.received_at >= ? AND i.from_council = 0 ORDER BY i.received_at DESC, i.id DESC LIMIT ?`;
    return this.statement(sql).all(from, limit) as DryRunRow[];
  }

  /** Whether a rule already acknowledged this sender since `since` (one acknowledgement per sender per night). */
  acknowledgedSince(authorId: number, since: string): boolean {
    const sql = `SELECT 1 FROM rule_runs rr JOIN items i ON i.id = rr.item_id
      WHERE i.author_id = ? AND rr.reply_action_id IS NOT NULL AND rr.created_at >= ? LIMIT 1`;
    return this.statement(sql).get(authorId, since) !== undefined;
  }
}
