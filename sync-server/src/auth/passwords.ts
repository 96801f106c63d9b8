// Password hashing: Argon2id through Node's crypto (OWASP parameters: m=19 MiB, t=2,
// p=1), stored as a PHC string `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`; scrypt
// (N=2^17, r=8, p=1) only where crypto.argon2 is missing. Verification is constant-time
// and reads the parameters from the stored string, so they can be raised later.
import * as crypto from 'node:crypto';
import { promisify } from 'node:util';

const ARGON = { parallelism: 1, tagLength: 32, memory: 19456, passes: 2 } as const;
const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const;

type Argon2 = (
  algorithm: 'argon2id',
  params: {
    message: string;
    nonce: Buffer;
    parallelism: number;
    tagLength: number;
    memory: number;
    passes: number;
  },
  callback: (err: Error | null, derived: Buffer) => void,
) => void;

const argon2 = (crypto as unknown as { argon2?: Argon2 }).argon2;
const argon2Async = argon2 ? promisify(argon2) : null;
const scryptAsync = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const b64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '');
const unb64 = (s: string) => Buffer.from(s, 'base64');

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  if (argon2Async) {
    const hash = await argon2Async('argon2id', { message: password, nonce: salt, ...ARGON });
    return `$argon2id$v=19$m=${ARGON.memory},t=${ARGON.passes},p=${ARGON.parallelism}$${b64(salt)}$${b64(hash)}`;
  }
  const hash = await scryptAsync(password, salt, 32, SCRYPT);
  return `$scrypt$ln=17,r=${SCRYPT.r},p=${SCRYPT.p}$${b64(salt)}$${b64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  const [, algo, , params, saltText, hashText] =
    parts.length === 6 ? parts : ['', parts[1], '', parts[2], parts[3], parts[4]];
  if (!params || !saltText || !hashText) return false;
  const p = Object.fromEntries(params.split(',').map((kv) => kv.split('=') as [string, string]));
  const salt = unb64(saltText);
  const expected = unb64(hashText);
  let actual: Buffer;
  if (algo === 'argon2id' && argon2Async) {
    actual = await argon2Async('argon2id', {
      message: password,
      nonce: salt,
      parallelism: Number(p['p']),
      tagLength: expected.length,
      memory: Number(p['m']),
      passes: Number(p['t']),
    });
  } else if (algo === 'scrypt') {
    actual = await scryptAsync(password, salt, expected.length, {
      ...SCRYPT,
      N: 2 ** Number(p['ln']),
      r: Number(p['r']),
      p: Number(p['p']),
    });
  } else {
    return false;
  }
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | null = null;

/** A hash of a random password, verified for unknown logins so timing reveals nothing. */
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(crypto.randomBytes(24).toString('base64')));
}
