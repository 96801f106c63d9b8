// The one error body of the REST API: { error: { code, message } } with a named code
// from core's ApiErrorCode ('internal' for a 500), plus retryAfterSeconds on 429.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode as WireErrorCode } from '@profgrid/core';

export type ApiErrorCode = WireErrorCode | 'internal';

export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly retryAfterSeconds?: number;
    /** A refused body's field at fault (see parsed-body.ts). */
    readonly field?: string;
  };
}

export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  retryAfterSeconds?: number,
) {
  const body: ApiErrorBody = {
    error:
      retryAfterSeconds === undefined ? { code, message } : { code, message, retryAfterSeconds },
  };
  if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
  return c.json(body, status);
}

export const forbidden = (c: Context) => apiError(c, 403, 'forbidden', 'access denied');
export const badRequest = (c: Context, message: string) => apiError(c, 400, 'bad-request', message);
export const notFound = (c: Context, what: string) =>
  apiError(c, 404, 'not-found', `${what} not found`);
