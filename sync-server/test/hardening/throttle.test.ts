// Throttling slows guessing without locking the rightful owner out: while guessers from
// other addresses keep an account blocked, the owner still signs in from an address that
// has not been guessing (a typo included); guessing addresses stay blocked, and a
// distributed guesser gets only a few tries per address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, addChairAndDisabled, createTestApi, loginRequest } from '../api-harness.ts';
import type { TestApi } from '../api-harness.ts';

let t: TestApi;
beforeEach(async () => {
  t = await createTestApi({ auth: { trustProxy: true } });
  await addChairAndDisabled(t);
});
afterEach(() => t.close());

const from = (address: string, password: string) =>
  loginRequest(t, { login: 'chair.one', password }, { 'x-forwarded-for': address });

describe('no lockout of the rightful owner', () => {
  it('a guesser blocks itself, not the owner signing in from another address', async () => {
    for (let i = 0; i < 5; i++) expect((await from('203.0.113.7', `guess-${i}`)).status).toBe(401);
    // the guesser keeps hammering: blocked, even with the right password
    expect((await from('203.0.113.7', 'guess-5')).status).toBe(429);
    expect((await from('203.0.113.7', TEST_PASSWORD)).status).toBe(429);
    // the owner, at school, types it wrong once, then right
    expect((await from('198.51.100.20', 'typo')).status).toBe(401);
    expect((await from('198.51.100.20', TEST_PASSWORD)).status).toBe(200);
  });

  it('a guesser spread over many addresses gets few tries per address; the owner still gets in', async () => {
    let guesses = 0;
    for (let a = 1; a <= 20; a++) {
      for (let i = 0; i < 10; i++) {
        const res = await from(`192.0.2.${a}`, `spread-${a}-${i}`);
        if (res.status === 401) guesses++;
        else expect(res.status).toBe(429);
      }
    }
    // the first addresses use up the account's free failures; then each new address is
    // held back once it is a suspect (3 failures)
    expect(guesses).toBeLessThanOrEqual(5 + 20 * 3);
    expect((await from('198.51.100.20', TEST_PASSWORD)).status).toBe(200);
  });

  it('blocks still expire: after the wait the guessing address may try again', async () => {
    for (let i = 0; i < 5; i++) await from('203.0.113.9', `guess-${i}`);
    expect((await from('203.0.113.9', TEST_PASSWORD)).status).toBe(429);
    t.clock.now += 31_000;
    expect((await from('203.0.113.9', TEST_PASSWORD)).status).toBe(200);
  });
});
