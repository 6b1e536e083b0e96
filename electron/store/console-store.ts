// The console's record on disk: one SQLite file and its repositories.
import type Database from 'better-sqlite3';
import { AccountsRepo } from './accounts-repo';
import { backupDatabase } from './backup';
import { HandoverRepo } from './handover-repo';
import { checkIntegrity, type IntegrityResult } from './integrity';
import { ActionsRepo, ReversibleActions } from './actions-repo';
import { ItemsRepo } from './items-repo';
import { LearningRepo } from './learning-repo';
import { openDatabase } from './open-database';
import { OperatorsRepo } from './operators-repo';
import { OutboxRepo } from './outbox-repo';
import { PeopleRepo } from './people-repo';
import { ProblemsRepo } from './problems-repo';
import { RecordRepo } from './record-repo';
import { ReportRepo } from './report-repo';
import { purgeExpired, type PurgeCounts } from './retention';
import { RulesRepo } from './rules-repo';
import { RequestsRepo } from './requests-repo';
import { SettingsRepo } from './settings-repo';
import { registerSqliteHandle } from './sqlite-handle';
import type { Store } from './store';
import { SuggestionsRepo } from './suggestions-repo';
import { TemplatesRepo } from './templates-repo';
import { UsageRepo } from './usage-repo';
import type { PurgeCutoffs } from '../core/retention-policy';

export class ConsoleStore implements Store {
  readonly accounts: AccountsRepo;
  readonly items: ItemsRepo;
  readonly actions: ActionsRepo;
  readonly outbox: OutboxRepo;
  readonly settings: SettingsRepo;
  readonly people: PeopleRepo;
  readonly templates: TemplatesRepo;
  readonly problems: ProblemsRepo;
  readonly operators: OperatorsRepo;
  readonly usage: UsageRepo;
  readonly suggestions: SuggestionsRepo;
  readonly learning: LearningRepo;
  readonly requests: RequestsRepo;
  readonly reversible: ReversibleActions;
  readonly record: RecordRepo;
  readonly reports: ReportRepo;
  readonly handover: HandoverRepo;
  /** Private to the store: everything else reads and writes through the repositories (docs/architecture.md). */
  readonly #db: Database.Database;
  readonly rules: RulesRepo;

  constructor(db: Database.Database) {
    this.#db = db;
    registerSqliteHandle(this, db);
    this.accounts = new AccountsRepo(db);
    this.items = new ItemsRepo(db);
    this.actions = new ActionsRepo(db);
    this.outbox = new OutboxRepo(db);
    this.settings = new SettingsRepo(db);
    this.people = new PeopleRepo(db);
    this.templates = new TemplatesRepo(db);
    this.problems = new ProblemsRepo(db);
    this.operators = new OperatorsRepo(db);
    this.usage = new UsageRepo(db);
    this.suggestions = new SuggestionsRepo(db);
    this.learning = new LearningRepo(db);
    this.requests = new RequestsRepo(db);
    this.reversible = new ReversibleActions(db);
    this.record = new RecordRepo(db);
    this.reports = new ReportRepo(db);
    this.handover = new HandoverRepo(db);
    this.rules = new RulesRepo(db);
  }

  static open(dataDir: string): ConsoleStore {
    return new ConsoleStore(openDatabase(dataDir));
  }

  /** Runs fn in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: () => T): T {
    return this.#db.transaction(fn)();
  }

  /** Whether the file is sound (store/integrity), before anything is written to it. */
  checkIntegrity(): IntegrityResult {
    return checkIntegrity(this.#db);
  }

  /** A copy of the database in the folder, made while the console keeps working (store/backup). */
  backup(folder: string, now: Date): Promise<{ file: string; bytes: number }> {
    return backupDatabase(this.#db, folder, now);
  }

  /** Blanks expired content in one transaction and records the counts (store/retention). */
  purgeExpired(cutoffs: PurgeCutoffs, operator: string, now: Date): PurgeCounts {
    return purgeExpired(this.#db, cutoffs, operator, now);
  }

  close(): void {
    this.#db.close();
  }
}
