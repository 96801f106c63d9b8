// Loading a file into a committee table, as page state: the file picked → core's plan
// (table-file-import.ts) shown in the preview → applied in one transaction of the doc's
// own origin, so one undo step takes the whole file back; the bad cells stay downloadable
// after it (import-report.ts). Outcomes come back as the notice line's text.
import { applyTableImport } from '@profgrid/core/tables';
import type { ImportIssue, TableColumn, TableImportPlan } from '@profgrid/core/tables';
import type { Locale, OrgDoc } from '@profgrid/core';
import { t } from '../../i18n/index.ts';
import { saveBlob } from '../../export/index.ts';
import { importReportBlob, importReportName } from './import-report.ts';
import { planFileImport } from './table-file-import.ts';

const ERRORS = {
  unreadable: 'tables.importUnreadable',
  empty: 'tables.importEmpty',
  'no-header': 'tables.importNoHeader',
} as const;

export class TableImport {
  /** The plan being previewed (null: no preview open). */
  plan = $state.raw<TableImportPlan | null>(null);
  fileName = $state('');
  /** The bad cells of the last import applied. */
  issues = $state.raw<readonly ImportIssue[]>([]);

  /** Reads and plans `file`; a refusal's text, or '' with the preview open. */
  async pick(
    file: File,
    doc: OrgDoc,
    columns: readonly TableColumn[],
    ownerOrgId: string,
  ): Promise<string> {
    this.issues = [];
    const r = await planFileImport(file, doc.ydoc, columns, ownerOrgId);
    if (!r.ok) return t(ERRORS[r.code]);
    this.fileName = file.name;
    this.plan = r.plan;
    return '';
  }

  /** Applies the previewed plan; the outcome's text ('' if there was none). */
  apply(doc: OrgDoc): string {
    const plan = this.plan;
    this.plan = null;
    if (!plan) return '';
    applyTableImport(doc.ydoc, plan, doc.origin);
    this.issues = plan.issues;
    return t('tables.importDone', {
      add: plan.add.length,
      update: plan.update.length,
      bad: plan.issues.length,
    });
  }

  close(): void {
    this.plan = null;
  }

  /** Downloads bad cells (the preview's or the last import's) as a CSV. */
  download(issues: readonly ImportIssue[], locale: Locale): void {
    saveBlob(importReportBlob(issues, locale), importReportName(this.fileName, locale));
  }
}
