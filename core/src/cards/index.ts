// Electronic membership cards: numbers, the signed QR credential, keys, revocation list.
export * from './card-number.ts';
export * from './base45.ts';
export * from './hex.ts';
export * from './credential.ts';
export * from './card-keys.ts';
export * from './revocation-list.ts';
export * from './verify-card.ts';
export * from './wire.ts';
export * from './partner.ts';
