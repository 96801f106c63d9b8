// State of the «Свои столбцы» dialog: the org's custom columns (followed live, so a
// co-editor's change shows at once) and one form that adds a column or edits the name and
// choices of an existing one. Drafts are checked by core's checkColumnDraft; the reason
// of a refusal is shown and nothing is written. Writes go through OrgDoc.columns.
import { checkColumnDraft } from '@profgrid/core';
import type { CustomColumn, CustomColumnType, OrgDoc, Text } from '@profgrid/core';

export class ColumnsEditor {
  columns = $state.raw<readonly CustomColumn[]>([]);
  /** The column being edited, or null when the form adds a new one. */
  editing = $state<string | null>(null);
  name = $state('');
  type = $state<CustomColumnType>('text');
  /** Choices as typed: one per line. */
  choicesText = $state('');
  error = $state<Text | null>(null);
  /** The column whose deletion waits for a confirmation. */
  confirmDelete = $state<string | null>(null);
  readonly #doc: () => OrgDoc;
  readonly #newId: () => string;
  #unobserve: () => void = () => {};

  constructor(doc: () => OrgDoc, newId: () => string) {
    this.#doc = doc;
    this.#newId = newId;
  }

  /** Starts following the document's columns; returns the stop function. */
  follow(): () => void {
    this.#unobserve();
    const doc = this.#doc();
    this.columns = doc.columns.list();
    this.#unobserve = doc.columns.observe(() => (this.columns = doc.columns.list()));
    return () => this.#unobserve();
  }

  get hasChoices(): boolean {
    return this.type === 'choice' || this.type === 'multichoice';
  }

  startEdit(id: string): void {
    const column = this.columns.find((c) => c.id === id);
    if (!column) return;
    this.editing = id;
    this.name = column.name;
    this.type = column.type;
    this.choicesText = column.choices.join('\n');
    this.error = null;
  }

  resetForm(): void {
    this.editing = null;
    this.name = '';
    this.type = 'text';
    this.choicesText = '';
    this.error = null;
  }

  /** Adds or saves; false (with `error` set) when the draft is refused. */
  submit(): boolean {
    const doc = this.#doc();
    const choices = this.choicesText.split(/\r?\n/);
    const check = checkColumnDraft(
      { name: this.name, type: this.type, choices },
      doc.columns.list(),
      this.editing ?? undefined,
    );
    if (!check.ok) {
      this.error = check.reason;
      return false;
    }
    if (this.editing) doc.columns.update(this.editing, check.draft);
    else doc.columns.add(this.#newId(), check.draft);
    this.resetForm();
    return true;
  }

  delete(id: string): void {
    this.#doc().columns.delete(id);
    this.confirmDelete = null;
    if (this.editing === id) this.resetForm();
  }
}
