// Canned replies and their history of wordings.
import type Database from 'better-sqlite3';

export interface TemplateRow {
  id: number;
  key: string;
  name: string;
  text: string;
  setsConsent: boolean;
  version: number;
  retiredAt: string | null;
  updatedAt: string;
}

export interface TemplateVersionRow {
  version: number;
  name: string;
  text: string;
  operator: string;
  createdAt: string;
}

interface RawTemplate {
  id: number;
  key: string;
  name: string;
  text: string;
  sets_consent: number;
  version: number;
  retired_at: string | null;
  updated_at: string;
}

const columns = 'id, key, name, text, sets_consent, version, retired_at, updated_at';
const toTemplate = (row: RawTemplate): TemplateRow => ({
  id: row.id,
  key: row.key,
  name: row.name,
  text: row.text,
  setsConsent: row.sets_consent === 1,
  version: row.version,
  retiredAt: row.retired_at,
  updatedAt: row.updated_at,
});

export class TemplatesRepo {
  private readonly all;
  private readonly byId;
  private readonly byKey;
  private readonly insert;
  private readonly insertVersion;
  private readonly update;
  private readonly retire;
  private readonly versions;

  constructor(db: Database.Database) {
    this.all = db.prepare<[], RawTemplate>(`SELECT ${columns} FROM templates ORDER BY retired_at IS NOT NULL, id`);
    this.byId = db.prepare<[number], RawTemplate>(`SELECT ${columns} FROM templates WHERE id = ?`);
    this.byKey = db.prepare<[string], RawTemplate>(`SELECT ${columns} FROM templates WHERE key = ?`);
    this.insert = db.prepare(
      `INSERT INTO templates (key, name, text, sets_consent, created_at, updated_at) VALUES (@key, @name, @text, @setsConsent, @now, @now)`,
    );
    this.insertVersion = db.prepare(
      `INSERT INTO template_versions (template_id, version, name, text, operator, created_at) VALUES (@id, @version, @name, @text, @operator, @now)`,
    );
    this.update = db.prepare(
      `UPDATE templates SET name = @name, text = @text, version = version + 1, updated_at = @now WHERE id = @id RETURNING version`,
    );
    this.retire = db.prepare(`UPDATE templates SET retired_at = ?, updated_at = ? WHERE id = ? AND retired_at IS NULL`);
    this.versions = db.prepare<[number], TemplateVersionRow>(
      `SELECT version, name, text, operator, created_at AS createdAt FROM template_versions WHERE template_id = ? ORDER BY version DESC`,
    );
  }

  list(): TemplateRow[] {
    return this.all.all().map(toTemplate);
  }

  get(id: number): TemplateRow | null {
    const row = this.byId.get(id);
    return row ? toTemplate(row) : null;
  }

  getByKey(key: string): TemplateRow | null {
    const row = this.byKey.get(key);
    return row ? toTemplate(row) : null;
  }

  add(
    template: { key: string; name: string; text: string; setsConsent: boolean },
    operator: string,
    now: string,
  ): number {
    const id = Number(this.insert.run({ ...template, setsConsent: template.setsConsent ? 1 : 0, now }).lastInsertRowid);
    this.insertVersion.run({ id, version: 1, name: template.name, text: template.text, operator, now });
    return id;
  }

  /** A new wording: the old one stays in the history. */
  edit(id: number, change: { name: string; text: string }, operator: string, now: string): number {
    const { version } = this.update.get({ id, ...change, now }) as { version: number };
    this.insertVersion.run({ id, version, ...change, operator, now });
    return version;
  }

  markRetired(id: number, now: string): boolean {
    return this.retire.run(now, now, id).changes === 1;
  }

  history(id: number): TemplateVersionRow[] {
    return this.versions.all(id);
  }
}
