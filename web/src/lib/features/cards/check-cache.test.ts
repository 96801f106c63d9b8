// The partner's offline cache keeps only verified revocation lists and never goes back to
// an older one (a replayed list must not un-revoke a card); checks run with no network.
import { describe, expect, it } from 'vitest';
import {
  credentialMessage,
  encodeCredential,
  formatCardNumber,
  revocationListMessage,
  toHex,
} from '@profgrid/core';
import type { RevocationList } from '@profgrid/core';
import { CheckCache } from './check-cache.ts';

const ED = { name: 'Ed25519' } as const;

async function setup() {
  const pair = (await crypto.subtle.generateKey(ED, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const sign = async (m: Uint8Array) =>
    new Uint8Array(await crypto.subtle.sign(ED, pair.privateKey, m as Uint8Array<ArrayBuffer>));
  const fields = { region: 31, serial: 7, validUntil: '2027-12-31', keyId: 1 };
  const qr = encodeCredential(fields, await sign(credentialMessage(fields)!))!;
  const number = formatCardNumber(fields)!;
  const list = async (issuedAt: string, numbers: string[]): Promise<RevocationList> => {
    const body = { keyId: 1, issuedAt, numbers };
    return { ...body, signature: toHex(await sign(revocationListMessage(body))) };
  };
  const keys = { keys: [{ keyId: 1, publicKey: toHex(publicKey) }] };
  return { qr, number, list, keys };
}

function server(responses: { keys: unknown; crl: unknown }): typeof fetch {
  return (async (url: string) =>
    new Response(JSON.stringify(url.endsWith('card-keys') ? responses.keys : responses.crl), {
      status: 200,
    })) as unknown as typeof fetch;
}

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
  };
};

describe('CheckCache', () => {
  it('verifies offline from storage; a newer signed list revokes, an older one is ignored', async () => {
    const { qr, number, list, keys } = await setup();
    const storage = memory();
    const newer = await list('2026-12-04T10:00:00.000Z', [number]);
    expect(await new CheckCache(storage, server({ keys, crl: newer })).refresh()).toBe(true);
    const older = await list('2026-12-01T10:00:00.000Z', []);
    expect(await new CheckCache(storage, server({ keys, crl: older })).refresh()).toBe(true);
    const offline = new CheckCache(storage, (() =>
      Promise.reject(new Error('offline'))) as typeof fetch);
    expect(await offline.refresh()).toBe(false);
    expect(await offline.check(qr, '2026-12-04')).toEqual({ ok: false, reason: 'revoked', number });
  });

  it('refuses a list whose signature does not verify, keeping the stored one', async () => {
    const { qr, list, keys } = await setup();
    const storage = memory();
    const good = await list('2026-12-04T10:00:00.000Z', []);
    await new CheckCache(storage, server({ keys, crl: good })).refresh();
    const forged = { ...good, issuedAt: '2026-12-05T10:00:00.000Z' };
    expect(await new CheckCache(storage, server({ keys, crl: forged })).refresh()).toBe(false);
    const cache = new CheckCache(storage);
    expect(cache.list?.issuedAt).toBe(good.issuedAt);
    expect(await cache.check(qr, '2026-12-04')).toMatchObject({ ok: true });
  });
});
