// Membership card numbers (R2): `RR-SSSSSSSS-CC` — a two-digit region code (01–99), an
// eight-digit serial issued by the registry, and two check digits of ISO 7064 MOD 97-10
// over the ten digits before them (as in IBAN: any single wrong digit and any swap of two
// adjacent digits is caught). Numbers are issued by the server, never typed; a typed one
// is adopted only when it parses here. Parsing never throws.

export const CARD_REGION_MIN = 1;
export const CARD_REGION_MAX = 99;
export const CARD_SERIAL_MAX = 99_999_999;

export interface CardNumber {
  readonly region: number;
  readonly serial: number;
}

/** Remainder mod 97 of a string of decimal digits (chunked: exact for any length). */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) {
    rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  }
  return rest;
}

/** The two ISO 7064 MOD 97-10 check digits of `digits`. */
export function mod97CheckDigits(digits: string): string {
  return String(98 - mod97(digits + '00')).padStart(2, '0');
}

const isRegion = (n: number) => Number.isInteger(n) && n >= CARD_REGION_MIN && n <= CARD_REGION_MAX;
const isSerial = (n: number) => Number.isInteger(n) && n >= 1 && n <= CARD_SERIAL_MAX;

/** `RR-SSSSSSSS-CC`; null when region or serial is out of range. */
export function formatCardNumber(card: CardNumber): string | null {
  if (!isRegion(card.region) || !isSerial(card.serial)) return null;
  const body = String(card.region).padStart(2, '0') + String(card.serial).padStart(8, '0');
  return `${body.slice(0, 2)}-${body.slice(2)}-${mod97CheckDigits(body)}`;
}

const SHAPE = /^(\d{2})-?(\d{8})-?(\d{2})$/;

/**
 * A card number as typed or scanned (hyphens and spaces optional), or null when it is not
 * twelve digits, the region or serial is out of range, or the check digits are wrong.
 */
export function parseCardNumber(text: string): CardNumber | null {
  const m = SHAPE.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const [region, serial] = [Number(m[1]), Number(m[2])];
  if (!isRegion(region) || !isSerial(serial)) return null;
  return mod97(m[1]! + m[2]! + m[3]!) === 1 ? { region, serial } : null;
}

/** The canonical `RR-SSSSSSSS-CC` form of a typed number, or null when it is not one. */
export function normalizeCardNumber(text: string): string | null {
  const card = parseCardNumber(text);
  return card ? formatCardNumber(card) : null;
}
