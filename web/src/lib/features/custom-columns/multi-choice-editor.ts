// AG Grid cell editor of a multiple choice column: a popup with one checkbox per choice.
// The value is the checked choices in the column's order, joined by '; '; values the
// cell held that are not (or no longer) choices are kept at the end — never dropped.
import { joinMulti, splitMulti } from '@profgrid/core';
import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';

export interface MultiChoiceEditorParams {
  readonly choices: readonly string[];
}

export class MultiChoiceEditor implements ICellEditorComp {
  #gui = document.createElement('div');
  #boxes: HTMLInputElement[] = [];
  #choices: readonly string[] = [];
  #unknown: string[] = [];

  init(params: ICellEditorParams & MultiChoiceEditorParams): void {
    this.#choices = params.choices;
    const current = splitMulti(typeof params.value === 'string' ? params.value : '');
    this.#unknown = current.filter((v) => !this.#choices.includes(v));
    this.#gui.className = 'pg-multi-editor';
    // Styled inline: the popup is mounted by AG Grid outside any component's scope.
    this.#gui.style.cssText =
      'display:grid;gap:6px;padding:8px 12px;min-width:180px;background:#fff;font-size:13px';
    this.#gui.setAttribute('data-testid', 'multi-choice-editor');
    for (const choice of this.#choices) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = current.includes(choice);
      box.value = choice;
      label.style.cssText = 'display:flex;gap:6px;align-items:center;cursor:pointer';
      label.append(box, choice);
      this.#gui.append(label);
      this.#boxes.push(box);
    }
    for (const value of this.#unknown) {
      const note = document.createElement('div');
      note.className = 'pg-multi-unknown';
      note.style.cssText = 'color:#b42318';
      note.textContent = value;
      this.#gui.append(note);
    }
  }

  getGui(): HTMLElement {
    return this.#gui;
  }

  afterGuiAttached(): void {
    this.#boxes[0]?.focus();
  }

  getValue(): string {
    const checked = this.#boxes.filter((b) => b.checked).map((b) => b.value);
    return joinMulti([...checked, ...this.#unknown]);
  }

  isPopup(): boolean {
    return true;
  }
}
