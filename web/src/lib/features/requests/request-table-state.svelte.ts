// The committee's live table of one request: read once, then again whenever the relay's
// stream (GET /api/requests/:rid/stream, server-sent events) says a row was written — an
// answer stored or a reminder sent — and at once after our own reminder. No polling: an
// idle table costs one open stream. A dropped stream reconnects by itself (EventSource)
// and the table is read again then, so nothing written meanwhile is missed.
import type { RequestTable } from '@profgrid/core/requests';
import type { ApiFailure } from '../api/index.ts';
import { requestsApi } from './requests-api.ts';

export class RequestTableState {
  table = $state.raw<RequestTable | null>(null);
  error = $state.raw<ApiFailure | null>(null);
  /** True while the stream is open (the table follows the answers as they come). */
  live = $state(false);
  readonly #id: string;
  #loading: Promise<void> | null = null;
  #again = false;

  constructor(id: string) {
    this.#id = id;
  }

  /** Reads the table; a call during a read reads once more after it (the newest wins). */
  load(): Promise<void> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = (async () => {
      do {
        this.#again = false;
        const res = await requestsApi.table(this.#id);
        if (res.ok) {
          this.table = res.value;
          this.error = null;
        } else if (!this.table) this.error = res.error;
      } while (this.#again);
      this.#loading = null;
    })();
    return this.#loading;
  }

  start(): () => void {
    // Read at once (offline the stream cannot open; the failure is shown), and again on
    // the stream's first event: a 304 unless something was written in between.
    void this.load();
    const source = new EventSource(`/api/requests/${encodeURIComponent(this.#id)}/stream`);
    source.addEventListener('table', () => void this.load());
    source.addEventListener('open', () => (this.live = true));
    source.addEventListener('error', () => {
      this.live = false;
      // Refused (404 after a lost session or role): the read says why.
      if (source.readyState === EventSource.CLOSED) void this.load();
    });
    return () => {
      source.close();
      this.live = false;
    };
  }

  async remind(orgIds?: readonly string[]): Promise<number | null> {
    const res = await requestsApi.remind(this.#id, orgIds);
    await this.load();
    return res.ok ? res.value.reminded : null;
  }
}
