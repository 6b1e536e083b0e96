// The store's boundary: what the rest of the backend may ask of the record, whatever keeps it.
// ConsoleStore (SQLite) is the implementation today; a shared PostgreSQL store is a second one
// (docs/architecture.md, "A shared PostgreSQL store").
import type { PurgeCutoffs } from '../core/retention-policy';
import type { AccountsRepo } from './accounts-repo';
import type { ActionsRepo, ReversibleActions } from './actions-repo';
import type { HandoverRepo } from './handover-repo';
import type { IntegrityResult } from './integrity';
import type { ItemsRepo } from './items-repo';
import type { LearningRepo } from './learning-repo';
import type { OperatorsRepo } from './operators-repo';
import type { OutboxRepo } from './outbox-repo';
import type { PeopleRepo } from './people-repo';
import type { ProblemsRepo } from './problems-repo';
import type { RecordRepo } from './record-repo';
import type { ReportRepo } from './report-repo';
import type { RequestsRepo } from './requests-repo';
import type { RulesRepo } from './rules-repo';
import type { PurgeCounts } from './retention';
import type { SettingsRepo } from './settings-repo';
import type { SuggestionsRepo } from './suggestions-repo';
import type { TemplatesRepo } from './templates-repo';
import type { UsageRepo } from './usage-repo';

/**
 * A repository's interface: its public methods, without the SQLite statements it keeps privately.
 * Another implementation provides these methods and nothing of SQLite.
 */
export type Repository<T> = { readonly [K in keyof T]: T[K] };

export interface Store {
  readonly accounts: Repository<AccountsRepo>;
  readonly items: Repository<ItemsRepo>;
  readonly actions: Repository<ActionsRepo>;
  readonly outbox: Repository<OutboxRepo>;
  readonly settings: Repository<SettingsRepo>;
  readonly people: Repository<PeopleRepo>;
  readonly templates: Repository<TemplatesRepo>;
  readonly problems: Repository<ProblemsRepo>;
  readonly operators: Repository<OperatorsRepo>;
  readonly usage: Repository<UsageRepo>;
  readonly suggestions: Repository<SuggestionsRepo>;
  readonly reversible: Repository<ReversibleActions>;
  readonly record: Repository<RecordRepo>;
  readonly reports: Repository<ReportRepo>;
  readonly handover: Repository<HandoverRepo>;
  readonly learning: Repository<LearningRepo>;
  readonly rules: Repository<RulesRepo>;
  readonly requests: Repository<RequestsRepo>;
  /** Runs fn in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: () => T): T;
  /** Whether the record is sound, before anything is written to it. */
  checkIntegrity(): IntegrityResult;
  /** A copy of the record in the folder, made while the console keeps working. */
  backup(folder: string, now: Date): Promise<{ file: string; bytes: number }>;
  /** Blanks expired content in one transaction and records the counts. */
  purgeExpired(cutoffs: PurgeCutoffs, operator: string, now: Date): PurgeCounts;
  close(): void;
}
