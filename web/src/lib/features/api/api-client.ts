// The REST client of /api (contract: core/src/api/wire.ts). Every call resolves to a
// discriminated result, never throws: `ok` with the body read by the caller's parser (a
// core `parseX`), or a failure that is an API error code from the server, `network`
// (offline, server down) or `malformed` (a 2xx body the parser refused). Calls without a
// parser expect no body. A 401 `unauthenticated` also tells the registered listener, so the
// app can go to /login.
import { API_ERROR_CODES } from '@profgrid/core';
import type { ApiErrorCode } from '@profgrid/core';

export type ApiFailure =
  | {
      readonly kind: 'api';
      readonly status: number;
      readonly code: ApiErrorCode;
      readonly message: string;
      readonly retryAfterSeconds?: number;
      /** A refused body's field at fault (400 bad-request from a core body parser). */
      readonly field?: string;
    }
  | { readonly kind: 'network' }
  | { readonly kind: 'malformed'; readonly status: number };

/** Reads a response body from untrusted JSON; null when it is not the expected shape. */
export type Parse<T> = (raw: unknown) => T | null;

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiFailure };

const STATUS_CODES: Record<number, ApiErrorCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'throttled',
};

/**
 * Parses a non-2xx body `{ error: { code, message, retryAfterSeconds?, field? } }`,
 * tolerating junk.
 */
export function parseApiError(
  status: number,
  body: unknown,
  retryAfterHeader?: string | null,
): ApiFailure {
  const err =
    typeof body === 'object' && body !== null && 'error' in body
      ? (body as { error: unknown }).error
      : null;
  const e = typeof err === 'object' && err !== null ? (err as Record<string, unknown>) : {};
  const code = (API_ERROR_CODES as readonly unknown[]).includes(e.code)
    ? (e.code as ApiErrorCode)
    : (STATUS_CODES[status] ?? 'bad-request');
  const message = typeof e.message === 'string' ? e.message : '';
  let retry = typeof e.retryAfterSeconds === 'number' ? e.retryAfterSeconds : undefined;
  if (retry === undefined && retryAfterHeader && /^\d+$/.test(retryAfterHeader)) {
    retry = Number(retryAfterHeader);
  }
  const field = typeof e.field === 'string' && e.field !== '' ? { field: e.field } : {};
  return retry === undefined
    ? { kind: 'api', status, code, message, ...field }
    : {
        kind: 'api',
        status,
        code,
        message,
        retryAfterSeconds: Math.max(1, Math.ceil(retry)),
        ...field,
      };
}

/** The body field a 400 bad-request refused, or null (any other failure, or no field). */
export function refusedField(error: ApiFailure | null | undefined): string | null {
  return error?.kind === 'api' && error.code === 'bad-request' ? (error.field ?? null) : null;
}

export interface ApiClientOptions {
  readonly fetch?: typeof fetch;
  /** Called when the server says the session is gone (401 unauthenticated). */
  readonly onUnauthenticated?: () => void;
}

export class ApiClient {
  readonly #fetch: typeof fetch;
  #onUnauthenticated: (() => void) | undefined;

  constructor(options: ApiClientOptions = {}) {
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#onUnauthenticated = options.onUnauthenticated;
  }

  set onUnauthenticated(fn: (() => void) | undefined) {
    this.#onUnauthenticated = fn;
  }

  get<T>(path: string, parse: Parse<T>): Promise<ApiResult<T>> {
    return this.request('GET', path, undefined, parse);
  }

  post(path: string, body?: unknown): Promise<ApiResult<void>>;
  post<T>(path: string, body: unknown, parse: Parse<T>): Promise<ApiResult<T>>;
  post<T>(path: string, body?: unknown, parse?: Parse<T>): Promise<ApiResult<T | void>> {
    return this.request<T | void>('POST', path, body, parse ?? noBody);
  }

  patch(path: string, body: unknown): Promise<ApiResult<void>>;
  patch<T>(path: string, body: unknown, parse: Parse<T>): Promise<ApiResult<T>>;
  patch<T>(path: string, body: unknown, parse?: Parse<T>): Promise<ApiResult<T | void>> {
    return this.request<T | void>('PATCH', path, body, parse ?? noBody);
  }

  put(path: string, body: unknown): Promise<ApiResult<void>>;
  put<T>(path: string, body: unknown, parse: Parse<T>): Promise<ApiResult<T>>;
  put<T>(path: string, body: unknown, parse?: Parse<T>): Promise<ApiResult<T | void>> {
    return this.request<T | void>('PUT', path, body, parse ?? noBody);
  }

  delete(path: string): Promise<ApiResult<void>> {
    return this.request('DELETE', path, undefined, noBody);
  }

  async request<T>(
    method: string,
    path: string,
    body: unknown,
    parse: Parse<T>,
  ): Promise<ApiResult<T>> {
    let res: Response;
    try {
      res = await this.#fetch(path, {
        method,
        credentials: 'same-origin',
        headers:
          body === undefined
            ? { accept: 'application/json' }
            : { accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      return { ok: false, error: { kind: 'network' } };
    }
    const text = await res.text().catch(() => '');
    let parsed: unknown = undefined;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (res.ok) {
      const value = parse(parsed);
      return value === null
        ? { ok: false, error: { kind: 'malformed', status: res.status } }
        : { ok: true, value };
    }
    const error = parseApiError(res.status, parsed, res.headers.get('retry-after'));
    if (error.kind === 'api' && error.status === 401 && error.code === 'unauthenticated') {
      this.#onUnauthenticated?.();
    }
    return { ok: false, error };
  }
}

/** The parser of calls that expect no body: whatever came is ignored. */
const noBody: Parse<void> = () => undefined;

/** The tab's client. */
export const api = new ApiClient();

/** Builds `path?k=v&…` from the defined, non-empty params. */
export function withQuery(
  path: string,
  params: Record<string, string | number | undefined>,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
