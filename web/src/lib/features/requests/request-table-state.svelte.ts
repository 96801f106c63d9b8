// The committee's live table of one request: read from the relay, then again every few
// seconds while the tab is visible (an unchanged table costs a 304 through the ETag), and
// at once after a reminder. Answers arrive in the rows as the chairs' documents are stored.
import type { RequestTable } from '@profgrid/core/requests';
import type { ApiFailure } from '../api/index.ts';
import { requestsApi } from './requests-api.ts';

const REFRESH_MS = 3000;

export class RequestTableState {
  table = $state.raw<RequestTable | null>(null);
  error = $state.raw<ApiFailure | null>(null);
  readonly #id: string;
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(id: string) {
    this.#id = id;
  }

  async load(): Promise<void> {
    const res = await requestsApi.table(this.#id);
    if (res.ok) {
      this.table = res.value;
      this.error = null;
    } else if (!this.table) this.error = res.error;
  }

  start(): () => void {
    void this.load();
    this.#timer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.load();
    }, REFRESH_MS);
    return () => {
      if (this.#timer) clearInterval(this.#timer);
    };
  }

  async remind(orgIds?: readonly string[]): Promise<number | null> {
    const res = await requestsApi.remind(this.#id, orgIds);
    await this.load();
    return res.ok ? res.value.reminded : null;
  }
}
