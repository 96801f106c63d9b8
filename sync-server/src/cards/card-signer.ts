// The union's card signing key (Ed25519). From the environment (CARD_SIGNING_KEY: PKCS#8
// PEM, CARD_KEY_ID) — what several instances share — or else from DATA_DIR/card-keys/,
// where `key-<id>.pem` files live (mode 0600; the first start makes key-1): the highest
// id signs, every file's public key is served, so a rotation adds key-<id+1> and old cards
// keep verifying. The private key never leaves this module and is never logged.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  webcrypto,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardKey, Ed25519Verify } from '@profgrid/core';
import { RelayError } from '../errors.ts';

export interface CardKeyConfig {
  /** PKCS#8 PEM of the signing key (CARD_SIGNING_KEY). */
  readonly signingKeyPem?: string;
  /** Its key id, 1–65535 (CARD_KEY_ID). */
  readonly keyId?: number;
}

export interface CardSigner {
  readonly keyId: number;
  /** Public keys verifiers accept, the signing one included. */
  readonly keys: readonly CardKey[];
  sign(message: Uint8Array): Uint8Array;
}

function rawPublic(key: KeyObject): Uint8Array {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'));
}

function signer(keyId: number, privateKey: KeyObject, extra: readonly CardKey[]): CardSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new RelayError('config-invalid', 'the card signing key must be an Ed25519 key');
  }
  const own = { keyId, publicKey: rawPublic(privateKey) };
  return {
    keyId,
    keys: [own, ...extra.filter((k) => k.keyId !== keyId)],
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

const KEY_FILE = /^key-(\d{1,5})\.pem$/;

export function loadCardSigner(dataDir: string, config: CardKeyConfig = {}): CardSigner {
  if (config.signingKeyPem) {
    const keyId = config.keyId ?? 1;
    if (!Number.isInteger(keyId) || keyId < 1 || keyId > 0xffff) {
      throw new RelayError('config-invalid', 'CARD_KEY_ID must be an integer from 1 to 65535');
    }
    let key: KeyObject;
    try {
      key = createPrivateKey(config.signingKeyPem.replace(/\\n/g, '\n'));
    } catch {
      throw new RelayError('config-invalid', 'CARD_SIGNING_KEY is not a PKCS#8 PEM private key');
    }
    return signer(keyId, key, []);
  }
  const dir = join(dataDir, 'card-keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = readdirSync(dir)
    .map((f) => ({ f, m: KEY_FILE.exec(f) }))
    .filter((x) => x.m && Number(x.m[1]) >= 1 && Number(x.m[1]) <= 0xffff)
    .map((x) => ({ id: Number(x.m![1]), key: createPrivateKey(readFileSync(join(dir, x.f))) }))
    .sort((a, b) => a.id - b.id);
  if (files.length === 0) {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
    writeFileSync(join(dir, 'key-1.pem'), pem, { mode: 0o600, flag: 'wx' });
    files.push({ id: 1, key: privateKey });
  }
  const newest = files[files.length - 1]!;
  const older = files.slice(0, -1).map((x) => ({ keyId: x.id, publicKey: rawPublic(x.key) }));
  return signer(newest.id, newest.key, older);
}

/** Ed25519 verification through WebCrypto (the same API the browser uses). */
export const nodeVerify: Ed25519Verify = async (publicKey, message, signature) => {
  try {
    const key = await webcrypto.subtle.importKey('raw', publicKey, 'Ed25519', false, ['verify']);
    return await webcrypto.subtle.verify('Ed25519', key, signature, message);
  } catch {
    return false;
  }
};
