// The state of one form page: the form as the relay computes it, the chair's hand-kept
// lines and explanations as typed (validated by core as they are typed), and the
// actions — save, «Сдать», accept, return. Every call goes through statformsApi.
// Offline (the relay unreachable) the page shows the form the relay last answered here,
// with the organization's own lines recounted from the document stored in this browser
// (core's offlineStatform; on a committee's form, its own part of each line); a draft saved offline is kept here and sent when the page is
// online again; «Сдать» is refused until then (the relay freezes what it counts itself).
import { MANUAL_CODES, isConsolidated, parseManualLines, unexplained } from '@profgrid/core';
import type { FormCheck, Locale, ManualError, SaveStatformRequest, Statform } from '@profgrid/core';
import { offlineStatform } from '@profgrid/core/forms';
import { apiErrorText } from '../auth/index.ts';
import type { ApiFailure, ApiResult } from '../api/index.ts';
import { localSnapshot } from './local-register.ts';
import {
  clearPendingDraft,
  loadCachedForm,
  loadPendingDraft,
  nowIso,
  saveCachedForm,
  savePendingDraft,
} from './statform-cache.ts';
import { statformsApi } from './statforms-api.ts';
import { takePrefetched } from './prefetch.ts';

export type FormNotice = '' | 'saved' | 'saved-local' | 'hand-in-offline';

/** Where an offline form's figures come from. */
export interface OfflineSource {
  /** ISO time of the relay's answer the form starts from. */
  readonly savedAt: string;
  /** Whether the own lines were recounted from the document stored here. */
  readonly recounted: boolean;
}

export class StatformState {
  readonly orgId: string;
  readonly asOf: string;
  /** Whether the viewer is the organization's own chair (member ids behind gaps). */
  readonly ownChair: boolean;
  form = $state.raw<Statform | null>(null);
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<ApiFailure | null>(null);
  busy = $state(false);
  notice = $state<FormNotice>('');
  /** Set while the page works without the relay. */
  offline = $state.raw<OfflineSource | null>(null);
  /** Manual lines as typed. */
  manual = $state<Record<string, string>>({});
  explanations = $state<Record<string, string>>({});
  /** The relay's last answer, which an offline form is recomputed from. */
  #answer: { form: Statform; savedAt: string } | null = null;

  constructor(orgId: string, asOf: string, ownChair = false) {
    this.orgId = orgId;
    this.asOf = asOf;
    this.ownChair = ownChair;
  }

  /** Sends a draft saved offline (if any), then reads the form; offline, the local form. */
  async load(): Promise<void> {
    const prefetched = takePrefetched(this.orgId, this.asOf);
    if (!prefetched) performance.mark('pg:form-load');
    const draft = await this.#sendPendingDraft();
    // A draft just sent (or refused) makes an answer asked before it stale.
    const res = await (draft.had || !prefetched
      ? statformsApi.form(this.orgId, this.asOf)
      : prefetched);
    if (res.ok) {
      this.#answered(res.value);
      if (draft.refused) this.#restore(draft.refused);
      return;
    }
    if (res.error.kind === 'network' && (await this.#loadOffline())) return;
    this.error = res.error;
    this.status = 'error';
  }

  /**
   * Sends a draft saved offline, if any: `had` whether there was one, `refused` the draft
   * itself when the relay refused it (its values are shown again with the reason).
   */
  async #sendPendingDraft(): Promise<{ had: boolean; refused: SaveStatformRequest | null }> {
    const pending = await loadPendingDraft(this.orgId, this.asOf);
    if (!pending) return { had: false, refused: null };
    const res = await statformsApi.save(this.orgId, this.asOf, pending.value);
    if (!res.ok && res.error.kind === 'network') return { had: true, refused: null };
    await clearPendingDraft(this.orgId, this.asOf);
    if (res.ok) return { had: true, refused: null };
    this.error = res.error;
    return { had: true, refused: pending.value };
  }

  #answered(form: Statform): void {
    this.#answer = { form, savedAt: nowIso() };
    this.offline = null;
    this.#take(form);
    void saveCachedForm(form);
  }

  async #loadOffline(): Promise<boolean> {
    if (!this.#answer) {
      const cached = await loadCachedForm(this.orgId, this.asOf);
      if (!cached) return false;
      this.#answer = { form: cached.value, savedAt: cached.savedAt };
    }
    const { form: base, savedAt } = this.#answer;
    const draft = await loadPendingDraft(this.orgId, this.asOf);
    // A consolidated form's own part is recounted only when the relay said what it was.
    const recountable = !base.frozen && (!isConsolidated(base.kind) || base.own !== undefined);
    const snapshot = recountable ? await localSnapshot(this.orgId) : null;
    this.#take(
      offlineStatform({
        cached: base,
        snapshot,
        manual: draft?.value.manual ?? base.manual,
        ownChair: this.ownChair,
      }),
    );
    if (draft) this.explanations = { ...base.explanations, ...draft.value.explanations };
    this.offline = { savedAt, recounted: snapshot !== null };
    return true;
  }

  #take(form: Statform): void {
    this.form = form;
    this.manual = Object.fromEntries(MANUAL_CODES.map((c) => [c, String(form.manual[c] ?? '')]));
    this.explanations = { ...form.explanations };
    this.status = 'ready';
    this.error = null;
  }

  /** Puts typed values back into the inputs (a draft the relay refused). */
  #restore(draft: SaveStatformRequest): void {
    const error = this.error;
    for (const [code, v] of Object.entries(draft.manual)) this.manual[code] = String(v);
    this.explanations = { ...this.explanations, ...draft.explanations };
    this.error = error;
  }

  /** The typed manual lines checked by core: values or the reasons they are refused. */
  get parsedManual(): { values: Record<string, number>; errors: readonly ManualError[] } {
    const input: Record<string, unknown> = {};
    for (const [code, typed] of Object.entries(this.manual)) {
      const t = typed.trim().replace(/\s/g, '');
      if (t !== '') input[code] = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    }
    const counted = Object.fromEntries((this.form?.lines ?? []).map((l) => [l.code, l.value]));
    const parsed = parseManualLines(input, counted);
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

  #body(): SaveStatformRequest {
    return { manual: this.parsedManual.values, explanations: { ...this.explanations } };
  }

  /** Keeps the draft here until the relay can take it, and recounts the form locally. */
  async #saveHere(body: SaveStatformRequest): Promise<void> {
    await savePendingDraft(this.orgId, this.asOf, body);
    await this.#loadOffline();
    this.explanations = { ...this.explanations, ...body.explanations };
  }

  async #run(
    call: () => Promise<ApiResult<Statform>>,
    body: SaveStatformRequest,
    offlineNotice: FormNotice,
    notice: FormNotice = '',
  ): Promise<boolean> {
    this.busy = true;
    this.notice = '';
    const res = this.offline ? null : await call();
    if (res?.ok) {
      await clearPendingDraft(this.orgId, this.asOf);
      this.#answered(res.value);
      this.notice = notice;
    } else if (res === null || res.error.kind === 'network') {
      await this.#saveHere(body);
      this.notice = offlineNotice;
    } else this.error = res.error;
    this.busy = false;
    return res?.ok ?? false;
  }

  save(): Promise<boolean> {
    const body = this.#body();
    return this.#run(
      () => statformsApi.save(this.orgId, this.asOf, body),
      body,
      'saved-local',
      'saved',
    );
  }

  handIn(): Promise<boolean> {
    const body = this.#body();
    return this.#run(
      () => statformsApi.handIn(this.orgId, this.asOf, body),
      body,
      'hand-in-offline',
    );
  }
}
