// Named error codes of the relay. Code never throws bare strings: it throws RelayError
// with one of these codes, so callers and logs can tell failures apart without parsing.

export const ERROR_CODES = [
  'config-invalid',
  'store-closed',
  'store-failed',
  'not-found',
  'seed-data-invalid',
  /** The database file failed its integrity check (store/integrity.ts). */
  'store-damaged',
  /** The storage cannot be used: read-only, full, locked, unreachable (store/storage-errors.ts). */
  'store-unavailable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class RelayError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'RelayError';
  }
}

/** A short, non-personal description of an unknown thrown value, for logs. */
export function describeError(err: unknown): string {
  if (err instanceof RelayError) {
    // the cause says why a wrapping error happened (a full disk behind 'store-failed')
    const cause =
      err.cause instanceof Error && !err.message.includes(err.cause.message)
        ? ` (${err.cause.message})`
        : '';
    return `${err.code}: ${err.message}${cause}`;
  }
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return 'unknown error';
}
