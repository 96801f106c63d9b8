// The signed credential a card's QR code holds (layout byte by byte in core/CARDS.md):
// card number, valid-until date, issuing region and the id of the union key that signed
// it — nothing personal. The server signs `credentialMessage(fields)` with Ed25519;
// anyone holding the public keys verifies offline. Decoders return null, never throw.
import { base45Decode, base45Encode } from './base45.ts';
import { CARD_SERIAL_MAX, formatCardNumber } from './card-number.ts';
import { asciiBytes } from './hex.ts';

export const CARD_QR_PREFIX = 'PG1:';
export const CREDENTIAL_VERSION = 1;
/** Domain tag signed before the fields, so no other signed object passes as a card. */
export const CREDENTIAL_TAG = 'PGCARD1';
export const CREDENTIAL_FIELDS_BYTES = 10;
export const SIGNATURE_BYTES = 64;
export const CREDENTIAL_BYTES = CREDENTIAL_FIELDS_BYTES + SIGNATURE_BYTES;
/** valid-until is stored as whole days since this date. */
export const CARD_EPOCH = '2000-01-01';

export interface CredentialFields {
  readonly region: number;
  readonly serial: number;
  /** ISO date, the last day the card is valid. */
  readonly validUntil: string;
  readonly keyId: number;
}

export interface Credential extends CredentialFields {
  readonly number: string;
  readonly signature: Uint8Array;
  /** The bytes the signature covers (tag + fields). */
  readonly message: Uint8Array;
}

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(2000, 0, 1);
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since CARD_EPOCH of an ISO date in 2000–2179, else null. */
export function cardDay(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = (ms - EPOCH_MS) / DAY_MS;
  if (!Number.isInteger(day) || day < 0 || day > 0xffff) return null;
  return dayToIso(day) === iso ? day : null;
}

export function dayToIso(day: number): string {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

function fieldBytes(f: CredentialFields): Uint8Array | null {
  const day = cardDay(f.validUntil);
  if (day === null || formatCardNumber(f) === null) return null;
  if (!Number.isInteger(f.keyId) || f.keyId < 1 || f.keyId > 0xffff) return null;
  const out = new Uint8Array(CREDENTIAL_FIELDS_BYTES);
  const view = new DataView(out.buffer);
  view.setUint8(0, CREDENTIAL_VERSION);
  view.setUint8(1, f.region);
  view.setUint32(2, f.serial);
  view.setUint16(6, day);
  view.setUint16(8, f.keyId);
  return out;
}

function withTag(fields: Uint8Array): Uint8Array {
  const tag = asciiBytes(CREDENTIAL_TAG);
  const out = new Uint8Array(tag.length + fields.length);
  out.set(tag);
  out.set(fields, tag.length);
  return out;
}

/** The bytes to sign for these fields, or null when a field is out of range. */
export function credentialMessage(fields: CredentialFields): Uint8Array | null {
  const bytes = fieldBytes(fields);
  return bytes ? withTag(bytes) : null;
}

/** The QR text of signed fields, or null when a field or the signature is out of range. */
export function encodeCredential(fields: CredentialFields, signature: Uint8Array): string | null {
  const bytes = fieldBytes(fields);
  if (!bytes || signature.length !== SIGNATURE_BYTES) return null;
  const all = new Uint8Array(CREDENTIAL_BYTES);
  all.set(bytes);
  all.set(signature, CREDENTIAL_FIELDS_BYTES);
  return CARD_QR_PREFIX + base45Encode(all);
}

/** Parses a QR text (not yet verified); null when it is not a well-formed credential. */
export function decodeCredential(qr: string): Credential | null {
  const text = qr.trim();
  if (!text.startsWith(CARD_QR_PREFIX)) return null;
  const bytes = base45Decode(text.slice(CARD_QR_PREFIX.length));
  if (!bytes || bytes.length !== CREDENTIAL_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== CREDENTIAL_VERSION) return null;
  const region = view.getUint8(1);
  const serial = view.getUint32(2);
  const keyId = view.getUint16(8);
  if (serial > CARD_SERIAL_MAX || keyId === 0) return null;
  const number = formatCardNumber({ region, serial });
  if (!number) return null;
  const fields = bytes.slice(0, CREDENTIAL_FIELDS_BYTES);
  return {
    region,
    serial,
    number,
    validUntil: dayToIso(view.getUint16(6)),
    keyId,
    signature: bytes.slice(CREDENTIAL_FIELDS_BYTES),
    message: withTag(fields),
  };
}
