// Creating committee tables: the registry row and the document's first state (the
// template's columns, a row per subordinate organization for such a template) written
// as the document's snapshot, so the table opens offline-ready for every editor. Saving
// a table as the committee's own template reads the document as it is now.
import * as Y from 'yjs';
import {
  BUILT_IN_TEMPLATES,
  addTableRows,
  builtInTemplate,
  instantiateTemplate,
  tableDocName,
  templateOfTable,
} from '@profgrid/core/tables';
import type { TableRow, TableTemplate } from '@profgrid/core/tables';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { DocStore } from '../store/doc-store.ts';
import type { TableEntry, TableStore } from './table-store.ts';

export interface TableServiceOptions {
  readonly tables: TableStore;
  readonly registry: SqlOrgRegistry;
  readonly store: DocStore;
  /** The document as it is now (the relay's loaded copy, else the stored one). */
  readonly readDoc: (docName: string) => Promise<Y.Doc>;
  readonly newId: () => string;
}

export class TableService {
  readonly tables: TableStore;
  readonly #o: TableServiceOptions;

  constructor(options: TableServiceOptions) {
    this.tables = options.tables;
    this.#o = options;
  }

  /** Built-in templates, then those saved by the organization and its ancestors. */
  async templatesFor(orgId: string): Promise<TableTemplate[]> {
    const own = await this.tables.templatesOf([orgId, ...this.#o.registry.ancestorsOf(orgId)]);
    return [...BUILT_IN_TEMPLATES, ...own];
  }

  async templateFor(orgId: string, templateId: string): Promise<TableTemplate | null> {
    return (
      builtInTemplate(templateId) ??
      (await this.templatesFor(orgId)).find((t) => t.id === templateId) ??
      null
    );
  }

  /**
   * A new table of `orgId`. `rows` (the demo's seeded tables) replace the template's row
   * per subordinate organization.
   */
  async create(
    orgId: string,
    title: string,
    template: TableTemplate,
    createdBy: string | null,
    options: { readonly id?: string; readonly rows?: readonly TableRow[] } = {},
  ): Promise<TableEntry> {
    const id = options.id ?? this.#o.newId();
    const ydoc = new Y.Doc();
    if (options.rows) {
      instantiateTemplate(ydoc, { ...template, rowPerOrg: undefined });
      addTableRows(ydoc, options.rows);
    } else {
      const children = this.#o.registry
        .childrenOf(orgId)
        .filter((o) => !o.archived)
        .map((o) => ({ id: o.id, name: o.shortName || o.name }));
      instantiateTemplate(ydoc, template, children, (i) => `${id}-${i + 1}`);
    }
    await this.#o.store.compact(tableDocName(id), Y.encodeStateAsUpdate(ydoc), 0);
    ydoc.destroy();
    return this.tables.create({ id, ownerOrgId: orgId, title, templateId: template.id }, createdBy);
  }

  async saveAsTemplate(table: TableEntry, title: string): Promise<TableTemplate> {
    const ydoc = await this.#o.readDoc(tableDocName(table.id));
    const template = templateOfTable(ydoc, `own-${this.#o.newId()}`, title);
    await this.tables.saveTemplate(table.ownerOrgId, template);
    return template;
  }
}
