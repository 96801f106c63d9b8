// The partner's check (/check): a scanned QR is verified locally (CheckCache: cached keys
// and revocation list — works offline after the first visit); a typed number is asked
// online — by a partner account through `numberCheck` (the server counts and audits that
// check and answers the initials), by anyone else at GET /api/public/card-status/:number
// (valid / revoked / unknown, nothing more). Typed text that is neither a QR nor a card
// number (a typo: wrong length or check digits) is `bad-number`, asked of no one.
import { CARD_QR_PREFIX, normalizeCardNumber, parseCardStatusResponse } from '@profgrid/core';
import type { CardInvalidReason } from '@profgrid/core';
import type { PartnerNumberCheck } from '@profgrid/core/cards';
import type { CheckCache } from './check-cache.ts';
import { moscowToday } from './web-verify.ts';

export type CheckReason = CardInvalidReason | 'unknown' | 'needs-network' | 'bad-number';

/** `counted`: the server already counted this check (a partner's typed number). */
export type CheckOutcome = (
  | { readonly valid: true; readonly number: string; readonly validUntil: string | null }
  | { readonly valid: false; readonly reason: CheckReason; readonly number?: string }
) & { readonly counted?: boolean; readonly initials?: string | null };

/** A partner's server-side check of a typed number; null: not a partner, or no answer. */
export type NumberCheck = (number: string) => Promise<PartnerNumberCheck | null>;

export class CheckState {
  readonly cache: CheckCache;
  readonly #fetch: typeof fetch;
  outcome = $state.raw<CheckOutcome | null>(null);
  keysReady = $state(false);
  listDate = $state<string | null>(null);

  readonly #numberCheck: NumberCheck;

  constructor(
    cache: CheckCache,
    fetchFn: typeof fetch = (...a) => globalThis.fetch(...a),
    numberCheck: NumberCheck = () => Promise.resolve(null),
  ) {
    this.cache = cache;
    this.#fetch = fetchFn;
    this.#numberCheck = numberCheck;
    this.#sync();
  }

  #sync(): void {
    this.keysReady = this.cache.keys.length > 0;
    this.listDate = this.cache.list?.issuedAt ?? null;
  }

  async refresh(): Promise<void> {
    await this.cache.refresh();
    this.#sync();
  }

  async check(input: string): Promise<void> {
    const text = input.trim();
    if (text.toUpperCase().startsWith(CARD_QR_PREFIX)) {
      const r = await this.cache.check(text, moscowToday());
      this.outcome = r.ok
        ? { valid: true, number: r.number, validUntil: r.validUntil }
        : { valid: false, reason: r.reason, ...(r.number ? { number: r.number } : {}) };
      return;
    }
    const number = normalizeCardNumber(text);
    if (!number) {
      this.outcome = { valid: false, reason: 'bad-number' };
      return;
    }
    const partner = await this.#numberCheck(number);
    if (partner) {
      const { status, initials, validUntil } = partner;
      this.outcome =
        status === 'valid'
          ? { valid: true, number, validUntil, counted: true, initials }
          : { valid: false, reason: status, number, counted: true };
      return;
    }
    try {
      const res = await this.#fetch(`/api/public/card-status/${encodeURIComponent(number)}`);
      if (!res.ok) throw new Error(String(res.status));
      const answer = parseCardStatusResponse(await res.json());
      if (!answer) throw new Error('malformed answer');
      const { status } = answer;
      this.outcome =
        status === 'valid'
          ? { valid: true, number, validUntil: null }
          : { valid: false, reason: status, number };
    } catch {
      this.outcome = { valid: false, reason: 'needs-network', number };
    }
  }

  reset(): void {
    this.outcome = null;
  }
}
