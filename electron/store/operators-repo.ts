// The clerk's and the deputy clerk's profiles.
import type Database from 'better-sqlite3';

export interface OperatorRow {
  id: number;
  name: string;
  role: 'clerk' | 'deputy';
  signature: string;
  email: string;
}

export class OperatorsRepo {
  private readonly all;
  private readonly byId;
  private readonly insert;
  private readonly update;

  constructor(db: Database.Database) {
    this.all = db.prepare<[], OperatorRow>(
      `SELECT id, name, role, signature, email FROM operators WHERE retired_at IS NULL ORDER BY role = 'deputy', id`,
    );
    this.byId = db.prepare<[number], OperatorRow>(
      `SELECT id, name, role, signature, email FROM operators WHERE id = ?`,
    );
    this.insert = db.prepare(
      `INSERT INTO operators (name, role, signature, email, created_at) VALUES (@name, @role, @signature, @email, @now)`,
    );
    this.update = db.prepare(
      `UPDATE operators SET name = @name, role = @role, signature = @signature, email = @email WHERE id = @id`,
    );
  }

  list(): OperatorRow[] {
    return this.all.all();
  }

  get(id: number): OperatorRow | null {
    return this.byId.get(id) ?? null;
  }

  add(operator: Omit<OperatorRow, 'id'>, now: string): number {
    return Number(this.insert.run({ ...operator, now }).lastInsertRowid);
  }

  save(operator: OperatorRow): void {
    this.update.run(operator);
  }
}
