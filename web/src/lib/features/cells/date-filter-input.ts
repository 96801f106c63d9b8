// The date box of the grid's date filters: a text field read by core's parseDate (ДД.ММ.ГГГГ,
// Д.М.ГГГГ or ISO), placeholder from the grid's locale (ДД.ММ.ГГГГ). AG Grid's default is the
// browser's date picker, which speaks the browser's language (mm/dd/yyyy in an English
// Chromium) whatever the app's language is.
import { formatRuDate, isIsoDate, parseDate } from '@profgrid/core';
import type { IAfterGuiAttachedParams, IDateComp, IDateParams } from 'ag-grid-community';

const pad = (n: number) => String(n).padStart(2, '0');

/** The date boxes on screen, so a switch of language can give them its placeholder. */
const live = new Set<DateFilterInput>();

/** Gives every date box on screen the placeholder of the grid's current language. */
export function relabelDateInputs(): void {
  for (const input of live) input.relabel();
}

export class DateFilterInput implements IDateComp {
  readonly #box = document.createElement('div');
  readonly #input = document.createElement('input');
  #params: IDateParams | null = null;

  init(params: IDateParams): void {
    this.#params = params;
    this.#box.className = 'ag-input-wrapper';
    this.#box.setAttribute('role', 'presentation');
    const input = this.#input;
    input.type = 'text';
    input.inputMode = 'numeric';
    input.autocomplete = 'off';
    input.className = 'ag-input-field-input ag-text-field-input';
    this.relabel();
    input.addEventListener('input', this.#changed);
    this.#box.append(input);
    live.add(this);
  }

  /** The floating filter sets no placeholder: the grid's own date format text (ДД.ММ.ГГГГ). */
  relabel(): void {
    if (!this.#params) return;
    const { api, context } = this.#params;
    this.#input.placeholder =
      api.getGridOption('getLocaleText')?.({
        key: 'dateFormatOoo',
        defaultValue: 'yyyy-mm-dd',
        api,
        context,
      }) ?? 'yyyy-mm-dd';
  }

  getGui(): HTMLElement {
    return this.#box;
  }

  getDate(): Date | null {
    const iso = parseDate(this.#input.value, false);
    if (!isIsoDate(iso)) return null;
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const day = new Date(y, m - 1, d);
    day.setFullYear(y); // years 0..99 would otherwise map to 1900..1999
    return day;
  }

  setDate(date: Date | null): void {
    this.#input.value = date
      ? formatRuDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`)
      : '';
  }

  setInputPlaceholder(placeholder: string): void {
    this.#input.placeholder = placeholder;
  }

  setInputAriaLabel(label: string): void {
    this.#input.setAttribute('aria-label', label);
  }

  setDisabled(disabled: boolean): void {
    this.#input.disabled = disabled;
  }

  afterGuiAttached(params?: IAfterGuiAttachedParams): void {
    // Only the filter's popup takes focus; the floating filter row never steals it.
    if (this.#params?.location === 'filter' && !params?.suppressFocus) this.#input.focus();
  }

  destroy(): void {
    live.delete(this);
    this.#input.removeEventListener('input', this.#changed);
  }

  readonly #changed = (): void => {
    // A partly typed date means no date yet: the filter is cleared until it is whole.
    this.#params?.onDateChanged();
  };
}
