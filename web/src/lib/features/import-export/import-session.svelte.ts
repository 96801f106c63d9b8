// One import, from the picked file to the report. The file is read and analyzed in chunks
// (progress bar, cancel between chunks); the plan is built only on «Импортировать» and
// applied in ONE OrgDoc transaction, so cancelling at any stage changes nothing.
// Columns map to built-in fields or to the organization's custom columns (`c:<id>`).
import {
  ImportAnalysis,
  applyImportPlan,
  customKey,
  guessMapping,
  isCustomKey,
  planImport,
} from '@profgrid/core';
import type {
  AnalyzedRow,
  CellKey,
  CustomColumn,
  DuplicateDecision,
  OrgDoc,
  ReportRow,
} from '@profgrid/core';
import { readImportFile } from './read-file.ts';

export type ImportStage = 'closed' | 'reading' | 'analyzing' | 'preview' | 'report';
export type ImportErrorCode = 'unreadable' | 'empty' | 'no-name-columns';

const CHUNK = 500;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ImportSession {
  stage = $state<ImportStage>('closed');
  fileName = $state('');
  error = $state<ImportErrorCode | null>(null);
  progress = $state(0);
  headers = $state.raw<string[]>([]);
  samples = $state.raw<string[][]>([]);
  mapping = $state<(CellKey | null)[]>([]);
  /** The organization's custom columns when the file was opened (offered in the mapping). */
  columns = $state.raw<CustomColumn[]>([]);
  rows = $state.raw<AnalyzedRow[]>([]);
  decisions = $state<Record<number, DuplicateDecision>>({});
  report = $state.raw<ReportRow[]>([]);
  #table: string[][] = [];
  #run = 0;
  readonly #doc: () => OrgDoc;
  readonly #today: () => string;
  readonly #newId: () => string;

  constructor(doc: () => OrgDoc, today: () => string, newId: () => string) {
    this.#doc = doc;
    this.#today = today;
    this.#newId = newId;
  }

  get duplicates(): AnalyzedRow[] {
    return this.rows.filter((r) => r.duplicateOf !== null && !r.empty && r.issues.length === 0);
  }

  get invalidRows(): AnalyzedRow[] {
    return this.rows.filter((r) => r.issues.length > 0);
  }

  /** Invalid custom values that will be imported as typed and flagged. */
  get flaggedCount(): number {
    return this.rows.reduce((n, r) => n + (r.empty ? 0 : r.flags.length), 0);
  }

  get dataRowCount(): number {
    return Math.max(0, this.#table.length - 1);
  }

  async open(file: File): Promise<void> {
    const run = ++this.#run;
    this.fileName = file.name;
    this.error = null;
    this.report = [];
    this.decisions = {};
    this.progress = 0;
    this.stage = 'reading';
    const result = await readImportFile(file);
    if (run !== this.#run) return;
    if (!result.ok) {
      this.error = result.code;
      this.stage = 'preview';
      this.rows = [];
      this.headers = [];
      return;
    }
    this.#table = result.table;
    this.headers = result.table[0] ?? [];
    this.samples = result.table.slice(1, 4);
    this.columns = this.#doc().columns.list();
    this.mapping = [...guessMapping(this.headers, this.columns)];
    await this.analyze();
  }

  setMapping(column: number, field: CellKey | null): void {
    this.mapping = this.mapping.map((f, i) => (i === column ? field : f === field ? null : f));
    void this.analyze();
  }

  /** Re-reads every data row against the register with the current mapping. */
  async analyze(): Promise<void> {
    const run = ++this.#run;
    this.stage = 'analyzing';
    this.progress = 0;
    const analysis = new ImportAnalysis(
      this.headers,
      [...this.mapping],
      this.#doc().members(),
      this.#today(),
      this.columns,
    );
    const table = this.#table;
    for (let i = 1; i < table.length; i++) {
      analysis.add(table[i]!, i + 1);
      if (i % CHUNK === 0) {
        this.progress = i / table.length;
        await tick();
        if (run !== this.#run) return;
      }
    }
    const named = this.mapping.includes('surname') && this.mapping.includes('name');
    this.error = named ? null : 'no-name-columns';
    this.rows = analysis.rows;
    this.progress = 1;
    this.stage = 'preview';
  }

  decide(row: number, decision: DuplicateDecision): void {
    this.decisions = { ...this.decisions, [row]: decision };
  }

  decideAll(decision: DuplicateDecision): void {
    this.decisions = Object.fromEntries(this.duplicates.map((r) => [r.row, decision]));
  }

  /** Builds the whole plan, then applies it in one transaction. */
  confirm(): void {
    if (this.stage !== 'preview' || this.error) return;
    if (this.#columnsGone()) return;
    const plan = planImport(this.rows, { decisions: this.decisions, newId: this.#newId });
    applyImportPlan(this.#doc(), plan);
    this.report = [...plan.report];
    this.stage = 'report';
  }

  /**
   * A mapped custom column deleted (here or by a co-editor) since the preview: its
   * mapping is cleared and the rows re-read, so the chair sees the new preview before
   * anything is written (values are never written to a column that no longer exists).
   */
  #columnsGone(): boolean {
    const now = this.#doc().columns.list();
    const dead = (k: CellKey | null) =>
      k !== null && isCustomKey(k) && !now.some((c) => customKey(c.id) === k);
    this.columns = now;
    if (!this.mapping.some(dead)) return false;
    this.mapping = this.mapping.map((k) => (dead(k) ? null : k));
    void this.analyze();
    return true;
  }

  /** Stops reading or analysis and forgets the file; nothing has been written. */
  cancel(): void {
    this.#run++;
    this.#table = [];
    this.rows = [];
    this.stage = 'closed';
  }

  close(): void {
    this.cancel();
    this.report = [];
  }
}
