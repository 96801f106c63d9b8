// The SQL registry of committee tables and of the committees' own templates. A table's
// owner never changes, so the relay's owner look-ups are cached for the process's life
// (a table made on another instance is a cache miss and one query).
import { parseTemplate } from '@profgrid/core/tables';
import type { TableTemplate } from '@profgrid/core/tables';
import type { Sql } from '../store/sql.ts';

export interface TableEntry {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly title: string;
  readonly templateId: string;
  readonly createdAt: number;
}

interface TableRowSql {
  id: string;
  owner_org_id: string;
  title: string;
  template_id: string;
  created_at: number;
}

const toEntry = (r: TableRowSql): TableEntry => ({
  id: r.id,
  ownerOrgId: r.owner_org_id,
  title: r.title,
  templateId: r.template_id,
  createdAt: Number(r.created_at),
});

export class TableStore {
  readonly #sql: Sql;
  readonly #now: () => number;
  readonly #owners = new Map<string, string>();

  constructor(sql: Sql, now: () => number) {
    this.#sql = sql;
    this.#now = now;
  }

  async create(
    entry: Omit<TableEntry, 'createdAt'>,
    createdBy: string | null,
  ): Promise<TableEntry> {
    const createdAt = this.#now();
    await this.#sql.run(
      `INSERT INTO committee_tables (id, owner_org_id, title, template_id, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [entry.id, entry.ownerOrgId, entry.title, entry.templateId, createdBy, createdAt],
    );
    this.#owners.set(entry.id, entry.ownerOrgId);
    return { ...entry, createdAt };
  }

  async get(id: string): Promise<TableEntry | null> {
    const row = await this.#sql.get<TableRowSql>(
      'SELECT id, owner_org_id, title, template_id, created_at FROM committee_tables WHERE id = ?',
      [id],
    );
    return row ? toEntry(row) : null;
  }

  /** The owning organization of a table, or null when there is no such table. */
  async ownerOf(id: string): Promise<string | null> {
    const cached = this.#owners.get(id);
    if (cached !== undefined) return cached;
    const entry = await this.get(id);
    if (entry) this.#owners.set(id, entry.ownerOrgId);
    return entry?.ownerOrgId ?? null;
  }

  /** The tables of one organization, oldest first. */
  async ofOrg(orgId: string): Promise<TableEntry[]> {
    const rows = await this.#sql.all<TableRowSql>(
      `SELECT id, owner_org_id, title, template_id, created_at FROM committee_tables
       WHERE owner_org_id = ? ORDER BY created_at, id`,
      [orgId],
    );
    return rows.map(toEntry);
  }

  async saveTemplate(ownerOrgId: string, template: TableTemplate): Promise<void> {
    await this.#sql.run(
      `INSERT INTO table_templates (id, owner_org_id, title, template, created_at) VALUES (?, ?, ?, ?, ?)`,
      [template.id, ownerOrgId, template.title.ru, JSON.stringify(template), this.#now()],
    );
  }

  /** Templates saved by these organizations (a committee's and its ancestors'). */
  async templatesOf(orgIds: readonly string[]): Promise<TableTemplate[]> {
    if (orgIds.length === 0) return [];
    const rows = await this.#sql.all<{ template: string }>(
      `SELECT template FROM table_templates WHERE ${this.#sql.inJsonList('owner_org_id')} ORDER BY created_at, id`,
      [JSON.stringify(orgIds)],
    );
    return rows.flatMap((r) => {
      try {
        const t = parseTemplate(JSON.parse(r.template));
        return t ? [t] : [];
      } catch {
        return [];
      }
    });
  }
}
