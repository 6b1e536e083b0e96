// The console's record on disk: one SQLite file and its repositories.
import type Database from 'better-sqlite3';
import { AccountsRepo } from './accounts-repo';
import { ActionsRepo, ReversibleActions } from './actions-repo';
import { ItemsRepo } from './items-repo';
import { LearningRepo } from './learning-repo';
import { openDatabase } from './open-database';
import { OperatorsRepo } from './operators-repo';
import { OutboxRepo } from './outbox-repo';
import { PeopleRepo } from './people-repo';
import { ProblemsRepo } from './problems-repo';
import { RulesRepo } from './rules-repo';
import { RequestsRepo } from './requests-repo';
import { SettingsRepo } from './settings-repo';
import { SuggestionsRepo } from './suggestions-repo';
import { TemplatesRepo } from './templates-repo';
import { UsageRepo } from './usage-repo';

export class ConsoleStore {
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
  readonly rules: RulesRepo;

  constructor(readonly db: Database.Database) {
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
    this.rules = new RulesRepo(db);
  }

  static open(dataDir: string): ConsoleStore {
    return new ConsoleStore(openDatabase(dataDir));
  }

  /** Runs fn in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}
