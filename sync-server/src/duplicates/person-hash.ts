// Keyed hashes of person keys: HMAC-SHA-256 under a secret kept in the database (made
// once by whichever instance starts first, so every instance hashes alike), cut to 128
// bits and written as hex. Without the secret a stored hash cannot be checked against a
// guessed name and birth date; with it the index answers only "the same key".
import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import type { Sql } from '../store/sql.ts';

export type PersonHasher = (text: string) => string;

export function personHasher(secret: string): PersonHasher {
  const key = createSecretKey(Buffer.from(secret, 'base64'));
  return (text) => createHmac('sha256', key).update(text, 'utf8').digest('hex').slice(0, 32);
}

/** The index's secret: read, or made and stored when there is none yet. */
export async function loadPersonSecret(sql: Sql): Promise<string> {
  await sql.run('INSERT INTO duplicate_secret (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING', [
    randomBytes(32).toString('base64'),
  ]);
  const row = await sql.get<{ secret: string }>('SELECT secret FROM duplicate_secret WHERE id = 1');
  return row!.secret;
}
