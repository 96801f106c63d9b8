// The signed list of revoked card numbers that offline verifiers cache
// (GET /api/public/card-revocations). The signature covers a canonical text (CARDS.md):
//   "PGCRL1\n" + keyId + "\n" + issuedAt + "\n" + numbers joined by "\n"
// with numbers in ascending order. A verifier keeps the list with the latest issuedAt,
// so an older list replayed to it does not un-revoke a card.
import type { CardKey, Ed25519Verify } from './card-keys.ts';
import { normalizeCardNumber } from './card-number.ts';
import { asciiBytes, fromHex } from './hex.ts';

export const REVOCATION_TAG = 'PGCRL1';

export interface RevocationList {
  readonly keyId: number;
  /** ISO date-time (UTC) the list was made. */
  readonly issuedAt: string;
  /** Revoked card numbers `RR-SSSSSSSS-CC`, ascending. */
  readonly numbers: readonly string[];
  /** Ed25519 signature of revocationListMessage, hex. */
  readonly signature: string;
}

export function revocationListMessage(list: Omit<RevocationList, 'signature'>): Uint8Array {
  const text = [REVOCATION_TAG, String(list.keyId), list.issuedAt, ...list.numbers].join('\n');
  return asciiBytes(text);
}

/** A revocation list from JSON (signature not checked), or null when malformed. */
export function parseRevocationList(json: unknown): RevocationList | null {
  const r = json as Partial<Record<keyof RevocationList, unknown>> | null;
  if (typeof r?.keyId !== 'number' || !Number.isInteger(r.keyId)) return null;
  if (typeof r.issuedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(r.issuedAt)) {
    return null;
  }
  if (typeof r.signature !== 'string' || !Array.isArray(r.numbers)) return null;
  const numbers: string[] = [];
  for (const n of r.numbers as unknown[]) {
    if (typeof n !== 'string' || normalizeCardNumber(n) !== n) return null;
    if (numbers.length > 0 && numbers[numbers.length - 1]! >= n) return null;
    numbers.push(n);
  }
  return { keyId: r.keyId, issuedAt: r.issuedAt, numbers, signature: r.signature };
}

/** True when the list is signed by one of `keys`. */
export async function verifyRevocationList(
  list: RevocationList,
  keys: readonly CardKey[],
  verify: Ed25519Verify,
): Promise<boolean> {
  const key = keys.find((k) => k.keyId === list.keyId);
  const signature = fromHex(list.signature);
  if (!key || !signature || signature.length !== 64) return false;
  return verify(key.publicKey, revocationListMessage(list), signature);
}
