// The union's public card keys as served at GET /api/public/card-keys and cached by
// verifiers, and the signature check they are used with. Ed25519 itself is injected
// (`Ed25519Verify`): WebCrypto in the browser and in Node, so core stays platform-free.
import { fromHex, toHex } from './hex.ts';

/** Verifies an Ed25519 signature; must resolve false (not reject) on a bad key. */
export type Ed25519Verify = (
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
) => Promise<boolean>;

export interface CardKey {
  readonly keyId: number;
  /** Raw 32-byte Ed25519 public key. */
  readonly publicKey: Uint8Array;
}

/** Wire form: `{ keys: [{ keyId, publicKey: hex }] }`. */
export interface CardKeysWire {
  readonly keys: readonly { readonly keyId: number; readonly publicKey: string }[];
}

export function cardKeysToWire(keys: readonly CardKey[]): CardKeysWire {
  return { keys: keys.map((k) => ({ keyId: k.keyId, publicKey: toHex(k.publicKey) })) };
}

/** The keys of a GET /api/public/card-keys body, or null when it is malformed. */
export function parseCardKeys(json: unknown): CardKey[] | null {
  const list = (json as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list)) return null;
  const out: CardKey[] = [];
  for (const item of list as unknown[]) {
    const k = item as { keyId?: unknown; publicKey?: unknown } | null;
    if (typeof k?.keyId !== 'number' || !Number.isInteger(k.keyId)) return null;
    if (k.keyId < 1 || k.keyId > 0xffff || typeof k.publicKey !== 'string') return null;
    const publicKey = fromHex(k.publicKey);
    if (!publicKey || publicKey.length !== 32) return null;
    out.push({ keyId: k.keyId, publicKey });
  }
  return out;
}
