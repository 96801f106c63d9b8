// Ed25519 verification in the browser (WebCrypto), injected into core's verifiers.
import type { Ed25519Verify } from '@profgrid/core';

export const webVerify: Ed25519Verify = async (publicKey, message, signature) => {
  try {
    const key = await crypto.subtle.importKey(
      'raw',
      publicKey as Uint8Array<ArrayBuffer>,
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>,
    );
  } catch {
    return false;
  }
};

/** Today in the union's calendar (Europe/Moscow), ISO. */
export function moscowToday(now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(now);
}
