// The member's card page (/card): the personal link's token comes in the URL fragment
// (never sent to a server, so never in a log), is kept in localStorage so the installed
// page opens without it, and is exchanged by POST /api/public/card-link for the card.
// The last card shown is kept too, so the page shows it offline; online it refreshes
// the card's validity. A revoked link forgets both.
import { parseCardLinkView } from '@profgrid/core';
import type { CardLinkView } from '@profgrid/core';
import type { CheckStorage } from './check-cache.ts';

export const CARD_TOKEN_KEY = 'pg-card-token';
const TOKEN = CARD_TOKEN_KEY;
const CARD = 'pg-card';

export type CardPageState = 'loading' | 'shown' | 'offline' | 'not-found';

export class MemberCardState {
  readonly #storage: CheckStorage & { removeItem(key: string): void };
  readonly #fetch: typeof fetch;
  card = $state.raw<CardLinkView | null>(null);
  state = $state<CardPageState>('loading');
  checkedAt = $state<number | null>(null);

  constructor(
    storage: CheckStorage & { removeItem(key: string): void },
    fetchFn: typeof fetch = (...a) => globalThis.fetch(...a),
  ) {
    this.#storage = storage;
    this.#fetch = fetchFn;
    try {
      const saved = storage.getItem(CARD);
      if (saved) {
        const parsed: unknown = JSON.parse(saved);
        if (typeof parsed === 'object' && parsed !== null && 'card' in parsed) {
          this.card = parseCardLinkView(parsed.card);
          const at = 'checkedAt' in parsed ? parsed.checkedAt : null;
          this.checkedAt = this.card && typeof at === 'number' ? at : null;
        }
      }
    } catch {
      this.card = null;
    }
  }

  /** `fragment`: location.hash without '#', '' when absent. */
  async open(fragment: string, now = Date.now()): Promise<void> {
    if (/^[A-Za-z0-9_-]{43}$/.test(fragment)) {
      if (this.#storage.getItem(TOKEN) !== fragment) this.#storage.removeItem(CARD);
      this.#storage.setItem(TOKEN, fragment);
    }
    const token = this.#storage.getItem(TOKEN);
    if (!token) {
      this.state = 'not-found';
      return;
    }
    let res: Response;
    try {
      res = await this.#fetch('/api/public/card-link', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
    } catch {
      this.state = this.card ? 'offline' : 'not-found';
      return;
    }
    if (res.status === 404) {
      this.#storage.removeItem(TOKEN);
      this.#storage.removeItem(CARD);
      this.card = null;
      this.state = 'not-found';
      return;
    }
    if (!res.ok) {
      this.state = this.card ? 'offline' : 'not-found';
      return;
    }
    const card = parseCardLinkView(await res.json().catch(() => null));
    if (!card) {
      this.state = this.card ? 'offline' : 'not-found';
      return;
    }
    this.card = card;
    this.checkedAt = now;
    this.#storage.setItem(CARD, JSON.stringify({ card: this.card, checkedAt: now }));
    this.state = 'shown';
  }
}
