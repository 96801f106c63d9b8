// Real Ed25519 for core's tests, from the runtime's WebCrypto (core has no DOM or Node
// types, so the few calls used are typed here). Production code injects its own.
import type { Ed25519Verify } from '../src/cards/card-keys.ts';

type Key = object;
interface Subtle {
  generateKey(
    alg: { name: 'Ed25519' },
    extractable: boolean,
    usages: string[],
  ): Promise<{ privateKey: Key; publicKey: Key }>;
  exportKey(format: 'raw', key: Key): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    data: Uint8Array,
    alg: { name: 'Ed25519' },
    extractable: boolean,
    usages: string[],
  ): Promise<Key>;
  sign(alg: { name: 'Ed25519' }, key: Key, data: Uint8Array): Promise<ArrayBuffer>;
  verify(
    alg: { name: 'Ed25519' },
    key: Key,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}
const subtle = (globalThis as unknown as { crypto: { subtle: Subtle } }).crypto.subtle;
const ED = { name: 'Ed25519' } as const;

export interface TestKeyPair {
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}

export async function testKeyPair(): Promise<TestKeyPair> {
  const pair = await subtle.generateKey(ED, true, ['sign', 'verify']);
  const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey,
    sign: async (message) => new Uint8Array(await subtle.sign(ED, pair.privateKey, message)),
  };
}

export const webCryptoVerify: Ed25519Verify = async (publicKey, message, signature) => {
  try {
    const key = await subtle.importKey('raw', publicKey, ED, false, ['verify']);
    return await subtle.verify(ED, key, signature, message);
  } catch {
    return false;
  }
};
