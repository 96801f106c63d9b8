// What the partner's check page keeps for offline use: the union's public keys and the
// latest signed revocation list (nothing personal), in localStorage. A list is stored
// only when its signature verifies with the stored keys, and never replaced by an older
// one, so a replayed old list cannot un-revoke a card. `check` runs core's verifier on
// them — no network needed.
import {
  parseCardKeys,
  parseRevocationList,
  verifyCardQr,
  verifyRevocationList,
} from '@profgrid/core';
import type { CardCheck, CardKey, RevocationList } from '@profgrid/core';
import { webVerify } from './web-verify.ts';

const KEYS = 'pg-check-keys';
const CRL = 'pg-check-crl';

export interface CheckStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function read<T>(storage: CheckStorage, key: string, parse: (j: unknown) => T | null): T | null {
  try {
    const raw = storage.getItem(key);
    return raw === null ? null : parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

export class CheckCache {
  readonly #storage: CheckStorage;
  readonly #fetch: typeof fetch;
  keys: CardKey[] = [];
  list: RevocationList | null = null;
  #revoked = new Set<string>();

  constructor(storage: CheckStorage, fetchFn: typeof fetch = (...a) => globalThis.fetch(...a)) {
    this.#storage = storage;
    this.#fetch = fetchFn;
    this.keys = read(storage, KEYS, (j) => parseCardKeys(j)) ?? [];
    this.#setList(read(storage, CRL, parseRevocationList));
  }

  #setList(list: RevocationList | null): void {
    this.list = list;
    this.#revoked = new Set(list?.numbers ?? []);
  }

  /** Fetches keys and the revocation list; false when offline or the answer is bad. */
  async refresh(): Promise<boolean> {
    try {
      const [keysRes, crlRes] = await Promise.all([
        this.#fetch('/api/public/card-keys'),
        this.#fetch('/api/public/card-revocations'),
      ]);
      if (!keysRes.ok || !crlRes.ok) return false;
      const keysJson: unknown = await keysRes.json();
      const keys = parseCardKeys(keysJson);
      const list = parseRevocationList(await crlRes.json());
      if (!keys || !list || !(await verifyRevocationList(list, keys, webVerify))) return false;
      this.keys = keys;
      this.#storage.setItem(KEYS, JSON.stringify(keysJson));
      if (!this.list || list.issuedAt >= this.list.issuedAt) {
        this.#setList(list);
        this.#storage.setItem(CRL, JSON.stringify(list));
      }
      return true;
    } catch {
      return false;
    }
  }

  check(qr: string, today: string): Promise<CardCheck> {
    return verifyCardQr(qr, {
      keys: this.keys,
      isRevoked: (n) => this.#revoked.has(n),
      today,
      verify: webVerify,
    });
  }
}
