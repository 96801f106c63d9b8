// One import, from the picked file to the report. The file is read and analyzed in chunks
// (progress bar, cancel between chunks); the plan is built only on «Импортировать» and
// applied in ONE OrgDoc transaction, so cancelling at any stage changes nothing.
// Columns map to built-in fields or to the organization's custom columns (`c:<id>`).
import {
  ImportAnalysis,
  MEMBER_CODECS,
  MEMBER_FIELDS,
  applyImportPlan,
  customKey,
  findHeaderRow,
  guessMapping,
  isCustomKey,
  mapsName,
  planImport,
  sheetRows,
} from '@profgrid/core';
import type {
  AnalyzedRow,
  CellKey,
  CustomColumn,
  DuplicateDecision,
  ImportPlan,
  ImportTarget,
  MemberField,
  OrgDoc,
  ReportRow,
  SheetRow,
} from '@profgrid/core';
import { readImportFile } from './read-file.ts';

export type ImportStage = 'closed' | 'reading' | 'analyzing' | 'preview' | 'report';
export type ImportErrorCode = 'unreadable' | 'empty' | 'no-name-columns';

const CHUNK = 500;
/** Rows offered as the header row (the chair can pick another than the one found). */
const HEADER_CHOICES = 12;

/** Required choice fields a file may lack: the chair gives one value for all rows. */
const DEFAULTABLE: readonly MemberField[] = MEMBER_FIELDS.filter(
  (f) => MEMBER_CODECS[f].required && MEMBER_CODECS[f].choices.length > 0 && f !== 'status',
);
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ImportSession {
  stage = $state<ImportStage>('closed');
  fileName = $state('');
  error = $state<ImportErrorCode | null>(null);
  progress = $state(0);
  headers = $state.raw<readonly string[]>([]);
  samples = $state.raw<(readonly string[])[]>([]);
  mapping = $state<(ImportTarget | null)[]>([]);
  /** Index (into the file's non-blank rows) of the header row. */
  headerIndex = $state(0);
  /** Candidate header rows: the first non-blank rows of the file. */
  headerChoices = $state.raw<SheetRow[]>([]);
  /** One value for all rows of a required field the file lacks ('' = leave empty, flagged). */
  defaults = $state<Partial<Record<MemberField, string>>>({});
  /** The organization's custom columns when the file was opened (offered in the mapping). */
  columns = $state.raw<CustomColumn[]>([]);
  rows = $state.raw<AnalyzedRow[]>([]);
  decisions = $state<Record<number, DuplicateDecision>>({});
  report = $state.raw<ReportRow[]>([]);
  #sheet: SheetRow[] = [];
  /** The plan as it would be applied now (preview counts; ids are placeholders). */
  preview = $state.raw<ImportPlan | null>(null);
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
    return this.#dataRows().length;
  }

  /** Required choice fields no column fills: offered a value for all rows. */
  get missingRequired(): MemberField[] {
    return DEFAULTABLE.filter((f) => !this.mapping.includes(f));
  }

  #dataRows(): SheetRow[] {
    return this.#sheet.slice(this.headerIndex + 1);
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
    await this.#start(result.table);
  }

  /**
   * A whole sheet pasted into the grid with its header row: the same mapping, preview
   * and duplicate rules as a file (`name` is shown as the file name).
   */
  async openTable(table: readonly (readonly string[])[], name: string): Promise<void> {
    ++this.#run;
    this.fileName = name;
    this.error = null;
    this.report = [];
    this.decisions = {};
    this.progress = 0;
    await this.#start(table);
  }

  async #start(table: readonly (readonly string[])[]): Promise<void> {
    this.#sheet = sheetRows(table);
    this.columns = this.#doc().columns.list();
    this.headerChoices = this.#sheet.slice(0, HEADER_CHOICES);
    this.defaults = {};
    await this.setHeaderRow(findHeaderRow(this.#sheet, this.columns));
  }

  /** Takes the given non-blank row as the header: mapping guessed again, rows re-read. */
  async setHeaderRow(index: number): Promise<void> {
    this.headerIndex = Math.max(0, Math.min(index, this.#sheet.length - 1));
    this.headers = this.#sheet[this.headerIndex]?.cells ?? [];
    this.samples = this.#dataRows()
      .slice(0, 3)
      .map((r) => r.cells);
    this.mapping = [...guessMapping(this.headers, this.columns)];
    await this.analyze();
  }

  setDefault(field: MemberField, value: string): void {
    this.defaults = { ...this.defaults, [field]: value };
    void this.analyze();
  }

  setMapping(column: number, field: ImportTarget | null): void {
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
      this.defaults,
    );
    const rows = this.#dataRows();
    for (let i = 0; i < rows.length; i++) {
      analysis.add(rows[i]!.cells, rows[i]!.row);
      if ((i + 1) % CHUNK === 0) {
        this.progress = i / rows.length;
        await tick();
        if (run !== this.#run) return;
      }
    }
    this.error = rows.length === 0 ? 'empty' : mapsName(this.mapping) ? null : 'no-name-columns';
    this.rows = analysis.rows;
    this.#plan();
    this.progress = 1;
    this.stage = 'preview';
  }

  decide(row: number, decision: DuplicateDecision): void {
    this.decisions = { ...this.decisions, [row]: decision };
    this.#plan();
  }

  decideAll(decision: DuplicateDecision): void {
    this.decisions = Object.fromEntries(this.duplicates.map((r) => [r.row, decision]));
    this.#plan();
  }

  /** Today's status of an existing member: the plan does not retype it (records only). */
  readonly #statusOf = (id: string): string | undefined => this.#doc().member(id)?.status;

  /** What «Импортировать» would do now: how many rows go in, and why the others not. */
  #plan(): void {
    let n = 0;
    this.preview = planImport(this.rows, {
      decisions: this.decisions,
      newId: () => `p${++n}`,
      statusOf: this.#statusOf,
    });
  }

  /** Builds the whole plan, then applies it in one transaction. */
  confirm(): void {
    if (this.stage !== 'preview' || this.error) return;
    if (this.#columnsGone()) return;
    const plan = planImport(this.rows, {
      decisions: this.decisions,
      newId: this.#newId,
      statusOf: this.#statusOf,
    });
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
    const dead = (k: ImportTarget | null): k is CellKey =>
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
    this.#sheet = [];
    this.rows = [];
    this.preview = null;
    this.stage = 'closed';
  }

  close(): void {
    this.cancel();
    this.report = [];
  }
}
