// The partner account on /check: who is checking (GET /api/partner/me; anyone else checks
// anonymously), each check counted — only whether it was valid and when, kept in
// localStorage while offline and sent in batches (POST /api/partner/checks; the event ids
// make a re-sent batch count once) — and, online, the holder's initials of a valid card
// of the partner's own region (POST /api/partner/card-holder, the number in the body).
import type { CheckEvent } from '@profgrid/core';
import { parseCardHolder, parsePartnerMe, parsePartnerNumberCheck } from '@profgrid/core/cards';
import type { PartnerNumberCheck } from '@profgrid/core/cards';
import type { CheckStorage } from './check-cache.ts';

const QUEUE = 'pg-check-events';

export class PartnerSession {
  readonly #storage: CheckStorage;
  readonly #fetch: typeof fetch;
  name = $state<string | null>(null);
  unsent = $state(0);
  #sending = false;

  constructor(storage: CheckStorage, fetchFn: typeof fetch = (...a) => globalThis.fetch(...a)) {
    this.#storage = storage;
    this.#fetch = fetchFn;
    this.unsent = this.#queue().length;
  }

  #queue(): CheckEvent[] {
    try {
      return JSON.parse(this.#storage.getItem(QUEUE) ?? '[]') as CheckEvent[];
    } catch {
      return [];
    }
  }

  #save(events: readonly CheckEvent[]): void {
    this.#storage.setItem(QUEUE, JSON.stringify(events));
    this.unsent = events.length;
  }

  /** Asks who is signed in; a partner's unsent checks go out. */
  async refresh(): Promise<void> {
    try {
      const res = await this.#fetch('/api/partner/me');
      this.name = res.ok ? (parsePartnerMe(await res.json())?.partner.name ?? null) : null;
    } catch {
      // offline: the last answer stands
    }
    if (this.name !== null) await this.flush();
  }

  /** Counts one check (a partner's only). */
  record(valid: boolean, at = Date.now()): void {
    if (this.name === null) return;
    const id = crypto.randomUUID().replace(/-/g, '');
    this.#save([...this.#queue(), { id, at, valid }]);
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.#sending) return;
    const events = this.#queue().slice(0, 500);
    if (events.length === 0) return;
    this.#sending = true;
    try {
      const res = await this.#fetch('/api/partner/checks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      if (res.ok) {
        const sent = events.map((e) => e.id);
        this.#save(this.#queue().filter((e) => !sent.includes(e.id)));
      }
    } catch {
      // offline: sent later
    } finally {
      this.#sending = false;
    }
  }

  /**
   * A typed number checked by the server for this partner (counted and audited there, with
   * the initials for a card of its region); null when not a partner or no answer came.
   */
  async checkNumber(number: string): Promise<PartnerNumberCheck | null> {
    if (this.name === null) return null;
    try {
      const res = await this.#fetch('/api/partner/check-number', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number }),
      });
      return res.ok ? parsePartnerNumberCheck(await res.json()) : null;
    } catch {
      return null;
    }
  }

  /** The holder's initials, or null (not a partner of that region, offline, unknown). */
  async initials(number: string): Promise<string | null> {
    if (this.name === null) return null;
    try {
      const res = await this.#fetch('/api/partner/card-holder', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ number }),
      });
      return res.ok ? (parseCardHolder(await res.json())?.initials ?? null) : null;
    } catch {
      return null;
    }
  }
}
