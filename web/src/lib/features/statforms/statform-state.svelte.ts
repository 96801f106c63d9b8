// The state of one form page: the form as the relay computes it, the chair's hand-kept
// lines and explanations as typed (validated by core as they are typed), and the
// actions — save, «Сдать», accept, return. Every call goes through statformsApi.
import { MANUAL_CODES, parseManualLines, unexplained } from '@profgrid/core';
import type { FormCheck, Locale, ManualError, Statform } from '@profgrid/core';
import { apiErrorText } from '../auth/index.ts';
import type { ApiFailure } from '../api/index.ts';
import { statformsApi } from './statforms-api.ts';

export class StatformState {
  readonly orgId: string;
  readonly asOf: string;
  form = $state.raw<Statform | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<ApiFailure | null>(null);
  busy = $state(false);
  notice = $state<'' | 'saved'>('');
  /** Manual lines as typed. */
  manual = $state<Record<string, string>>({});
  explanations = $state<Record<string, string>>({});

  constructor(orgId: string, asOf: string) {
    this.orgId = orgId;
    this.asOf = asOf;
  }

  async load(): Promise<void> {
    const res = await statformsApi.form(this.orgId, this.asOf);
    if (res.ok) this.#take(res.value);
    else {
      this.error = res.error;
      this.status = 'error';
    }
  }

  #take(form: Statform): void {
    this.form = form;
    this.manual = Object.fromEntries(MANUAL_CODES.map((c) => [c, String(form.manual[c] ?? '')]));
    this.explanations = { ...form.explanations };
    this.status = 'ready';
    this.error = null;
  }

  /** The typed manual lines checked by core: values or the reasons they are refused. */
  get parsedManual(): { values: Record<string, number>; errors: readonly ManualError[] } {
    const input: Record<string, unknown> = {};
    for (const [code, typed] of Object.entries(this.manual)) {
      const t = typed.trim().replace(/\s/g, '');
      if (t !== '') input[code] = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    }
    const parsed = parseManualLines(input);
    return parsed.ok
      ? { values: { ...parsed.values }, errors: [] }
      : { values: {}, errors: parsed.errors };
  }

  /** Failing checks still lacking an explanation. */
  get unexplained(): FormCheck[] {
    return this.form ? unexplained(this.form.checks, this.explanations) : [];
  }

  errorText(locale: Locale): string {
    return this.error ? apiErrorText(locale, this.error) : '';
  }

  async #run(call: () => ReturnType<typeof statformsApi.form>, notice: '' | 'saved' = '') {
    this.busy = true;
    this.notice = '';
    const res = await call();
    this.busy = false;
    if (res.ok) {
      this.#take(res.value);
      this.notice = notice;
    } else this.error = res.error;
    return res.ok;
  }

  save(): Promise<boolean> {
    const body = { manual: this.parsedManual.values, explanations: this.explanations };
    return this.#run(() => statformsApi.save(this.orgId, this.asOf, body), 'saved');
  }

  handIn(): Promise<boolean> {
    const body = { manual: this.parsedManual.values, explanations: this.explanations };
    return this.#run(() => statformsApi.handIn(this.orgId, this.asOf, body));
  }
}
